import { api, prefetch } from '../../core/api/client.js';
import type MembershipTimeline from '../../core/components/MembershipTimeline.js';

type Timeline = typeof MembershipTimeline;

/**
 * What memberships are in: the few frameworks and international organizations, listed whole (their
 * names in the UI language, short forms and renamings are on the timeline) beside the memberships,
 * rather than one by one after them.
 */
export const FRAMEWORK_LISTS = [
  { kind: 'framework', limit: 500 },
  { kind: 'international_organization', limit: 500 },
] as const;

let loaded: Timeline | undefined;
let loading: Promise<Timeline> | undefined;

/**
 * Starts loading the timeline's code (ECharts, a lazy chunk) once; called as soon as a partner route
 * matches, so that the chunk downloads and compiles while the page's data is on its way.
 */
export function loadTimeline(): Promise<Timeline> {
  loading ??= import('../../core/components/MembershipTimeline.js').then(
    (module) => {
      loaded = module.default;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined; // a failed chunk load may be retried by the next render
      throw error;
    },
  );
  return loading;
}

/** The timeline component once its chunk has loaded (drawn without a Suspense round), else undefined. */
export const loadedTimeline = (): Timeline | undefined => loaded;

/** The organization whose page (App.tsx: /partners/:id, /organizations/:id) `path` opens, if any. */
export function organizationIdOf(path: string): string | undefined {
  const segment = /^\/(?:partners|organizations)\/([^/]+)\/?$/.exec(path)?.[1];
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * An organization's page opened by its address: its first paint (the memberships table and the
 * timeline) needs the organization, its memberships, the frameworks and the chart's code; all start
 * before the app has rendered, rather than one after the other.
 */
export function preloadOrganizationPage(id: string): void {
  void loadTimeline().catch(() => undefined); // a failed load is retried, and shown, by the page
  prefetch(() => [
    api.organization(id),
    api.memberships(id),
    ...FRAMEWORK_LISTS.map((filter) => api.organizations(filter)),
  ]);
}
