import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../src/domain/trust/actor.js';
import { REPO } from './support/cli.js';

/**
 * The web app asks the policy, never a role: what a reader may do comes with each record (`can`)
 * and, for navigation, with the session (`capabilities`). Only the session module knows roles. A
 * screen that decides by naming a role keeps a second copy of the policy that drifts from the
 * first; this check names the file and line instead.
 */
const WEB = join(REPO, 'src', 'web');
const SESSION = join(WEB, 'core', 'session');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === SESSION ? [] : sourcesUnder(path);
    return /\.(ts|tsx)$/.test(e.name) ? [path] : [];
  });
}

// Role names no other word of the app shares: any such string is a role.
const ONLY_ROLES = ROLES.filter((r) => !['partner', 'provider', 'public'].includes(r));
// 'partner', 'provider' and 'public' are also a query parameter, a filter and a marking; as a role
// they stand beside the word role (`role === 'partner'`, `Role[] = [...]`, `user.role`).
const ROLE_LITERAL = new RegExp(`['"\`](${ROLES.join('|')})['"\`]`);
const ONLY_ROLE_LITERAL = new RegExp(`['"\`](${ONLY_ROLES.join('|')})['"\`]`);
const ROLE_WORD = /\brole\b|\bRole\b|\bROLES\b/;
const ACTOR_IMPORT = /from\s+['"][./]*domain\/trust\/actor\.js['"]/;

/** Each line of the web app outside the session module that decides by role, as "file:line: text". */
function roleChecks(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    text.split('\n').forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
      const hit =
        ACTOR_IMPORT.test(code) ||
        ONLY_ROLE_LITERAL.test(code) ||
        (ROLE_LITERAL.test(code) && ROLE_WORD.test(code));
      if (hit) found.push(`${path}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

describe('the web app asks can, never a role', () => {
  it('no role string, role comparison or role type in src/web outside core/session', () => {
    const files = sourcesUnder(WEB).map((path) => ({
      path: relative(REPO, path),
      text: readFileSync(path, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(roleChecks(files)).toEqual([]);
  });

  it('would catch the checks this replaced', () => {
    const samples = [
      "export const STAFF: Role[] = ['admin', 'staff'];",
      "const mine = user.role === 'partner';",
      "{(role === 'staff' || role === 'admin') && (",
      "import type { Role } from '../../domain/trust/actor.js';",
      "const deciders = ['provider', 'staff'];",
    ];
    const caught = roleChecks(samples.map((text, i) => ({ path: `sample${i}.tsx`, text })));
    expect(caught).toHaveLength(samples.length);
    // …and leaves the other meanings of the same words alone.
    const innocent = [
      "marking: 'public',",
      "onChange={(v) => set('provider', v)}",
      "side === 'partner'",
      "const mayRead = can('audit.read');",
    ];
    expect(roleChecks(innocent.map((text, i) => ({ path: `ok${i}.tsx`, text })))).toEqual([]);
  });
});
