import { DomainError } from '../domain/core/errors.js';
import type { Actor, Role } from '../domain/trust/actor.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import type { Store } from '../store/core/db.js';

/**
 * Who a CLI command acts as: the account named by `--as` (its role and organization decide what it
 * may do, as on the web), or the system when none is named (the operator at the machine).
 */
export async function actorOf(store: Store, username: string | undefined): Promise<Actor> {
  if (!username) return SYSTEM_ACTOR;
  const user = await store.db
    .selectFrom('app_user')
    .select(['id', 'role', 'organization_id', 'disabled'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!user || user.disabled === 1)
    throw DomainError.field('request.invalid', 'as', `no active account ${username}`);
  return {
    id: user.id,
    role: user.role as Role,
    ...(user.organization_id ? { organizationId: user.organization_id } : {}),
  };
}
