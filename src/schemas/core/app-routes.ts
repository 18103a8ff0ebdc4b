/**
 * The addresses the web app answers, as its features declare them (test/app-routes.test.ts keeps the
 * two in step): the server sends the app with 200 for these and with 404 for any other, so that a
 * mistyped or stale link is a real "not found" to browsers, crawlers and monitoring alike.
 */
export const APP_ROUTES = [
  '/',
  '/partners',
  '/partners/:id',
  '/organizations/new',
  '/organizations/:id',
  '/people',
  '/people/new',
  '/people/:id',
  '/posts',
  '/posts/:id',
  '/conflicts',
  '/search',
  '/dashboards',
  '/sign-in',
  '/deleted-records',
  '/menu',
  '/menu/import',
  '/menu/activities/:id',
  '/menu/iterations/:id',
  '/nominations',
  '/programmes',
  '/programmes/:id',
  '/dialogue',
  '/dialogue/new',
  '/dialogue/press-desk',
  '/dialogue/ingest',
  '/dialogue/follow-ups',
  '/dialogue/drafts',
  '/dialogue/meetings/:id',
] as const;

const PATTERNS = APP_ROUTES.map(
  (route) => new RegExp(`^${route.replace(/:[a-z_]+/g, '[^/]+').replace(/\/$/, '')}/?$`),
);

/** Is this path (without its query) one the web app shows a page for? */
export function isAppRoute(path: string): boolean {
  return PATTERNS.some((p) => p.test(path));
}
