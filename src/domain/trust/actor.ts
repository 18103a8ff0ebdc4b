/**
 * Who is acting. Every read and write in Concord receives one, so that the policy (domain/policy.ts,
 * applied by store/access.ts) is decided in one place. The CLI acts as the system; a request acts as
 * its signed-in user, or as the public.
 */
export const ROLES = ['admin', 'staff', 'observer', 'partner', 'provider', 'public'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** stable identifier written to the audit log */
  id: string;
  role: Role;
  /** the country a partner official speaks for, the organization a provider belongs to */
  organizationId?: string;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'admin' };
export const PUBLIC_ACTOR: Actor = { id: 'public', role: 'public' };
