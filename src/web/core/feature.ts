import type { ReactElement } from 'react';
import type { Capability } from '../../domain/trust/policy.js';

/**
 * A part of the web app that a feature brings: its navigation entries, its routes (lazy pages, so
 * the first screen stays small) and its messages in every language, merged under its own key. This is
 * the one way to add a screen: write the page in its feature folder, list its route here, and add the
 * feature to web/features.ts.
 */
export interface WebFeature {
  /** the key its messages live under: t('<key>.…') */
  key: string;
  /** entries in the navigation, in `order`; shown when the session has the capability `needs` */
  nav: { to: string; label: string; paths: string[]; order: number; needs?: Capability }[];
  /** <Route> elements placed inside the app layout */
  routes: ReactElement | null;
  /** its own messages, when it has any beyond the shared ones in core/i18n */
  messages?: { en: object; fr: object; ru: object };
}
