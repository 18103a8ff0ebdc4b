/**
 * Who is acting. Every read and write in Concord receives one, so that the access rules (see
 * store/access.ts) live in one place. Accounts and roles arrive with the trust issue; until then
 * the server acts as the local operator and the CLI as the system.
 */
export type Role = 'admin' | 'staff' | 'partner' | 'provider' | 'public';

export interface Actor {
  /** stable identifier written to the audit log */
  id: string;
  roles: Role[];
  /** organization the actor speaks for (a partner state, a provider), if any */
  organizationId?: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['admin'] };
export const LOCAL_OPERATOR: Actor = { id: 'local-operator', roles: ['staff'] };
