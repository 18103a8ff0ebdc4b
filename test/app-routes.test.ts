import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { APP_ROUTES, isAppRoute } from '../src/schemas/core/app-routes.js';
import { FEATURES } from '../src/web/features.js';

/** The paths the web features place, read from their <Route> elements. */
function routePaths(node: ReactNode): string[] {
  if (Array.isArray(node)) return node.flatMap(routePaths);
  if (!isValidElement(node)) return [];
  const props = (node as ReactElement<{ path?: string; index?: boolean; children?: ReactNode }>).props;
  const own = props.index ? ['/'] : props.path ? [`/${props.path}`] : [];
  return [...own, ...routePaths(props.children)];
}

describe('the addresses of the web app', () => {
  it('are the ones the server answers with 200, no more and no fewer', () => {
    const declared = FEATURES.flatMap((f) => routePaths(f.routes));
    expect([...declared].sort()).toEqual([...APP_ROUTES].sort());
  });

  it('match with their ids, and nothing else', () => {
    expect(isAppRoute('/partners/tj')).toBe(true);
    expect(isAppRoute('/partners/tj/')).toBe(true);
    expect(isAppRoute('/dialogue/meetings/tj-2011-06-22-visit')).toBe(true);
    expect(isAppRoute('/')).toBe(true);
    expect(isAppRoute('/partnrs/tj')).toBe(false);
    expect(isAppRoute('/partners/tj/extra')).toBe(false);
    expect(isAppRoute('/menu/activities')).toBe(false);
  });
});
