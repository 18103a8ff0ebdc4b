import type { Actor, Role } from './actor.js';

/**
 * The one policy table: which roles may take which action on which kind of record. Releasability
 * markings and record states (programmes, dialogue) add their conditions here as those records land.
 */
export type Resource = 'registry' | 'audit' | 'users';
export type Action = 'read' | 'write';

const EVERYONE: readonly Role[] = ['admin', 'staff', 'observer', 'partner', 'provider', 'public'];

export const POLICY: Record<Resource, Record<Action, readonly Role[]>> = {
  // The registry (partners, frameworks, people, posts, sources) is public reference data.
  registry: { read: EVERYONE, write: ['admin', 'staff'] },
  audit: { read: ['admin', 'staff'], write: [] },
  users: { read: ['admin'], write: ['admin'] },
};

export function allowed(actor: Actor, action: Action, resource: Resource): boolean {
  return POLICY[resource][action].includes(actor.role);
}
