import { DomainError } from '../../domain/core/errors.js';
import { findOrganization } from '../../store/registry/organization.repo.js';
import type { Ctx } from '../core/context.js';

/**
 * The organization id a caller's key names: an id (`tj`) or an ISO 3166-1 alpha-2 code in either
 * case (`TJ`, `Tj`). Organizations are public registry records, so an unknown key may be said to
 * be unknown. `null` when nothing is named.
 */
export async function organizationIdOf(ctx: Ctx, key: string): Promise<string | null> {
  const byId = await findOrganization(ctx.db, key);
  if (byId) return byId.id;
  if (/^[a-z]{2}$/i.test(key)) return (await findOrganization(ctx.db, key.toUpperCase()))?.id ?? null;
  return null;
}

/** As organizationIdOf, refusing an unknown key: 404 in a path, 400 naming the field in a query. */
export async function requireOrganizationId(ctx: Ctx, key: string, field: string, where: 'path' | 'query') {
  const id = await organizationIdOf(ctx, key);
  if (id) return id;
  if (where === 'path') throw DomainError.field('record.not_found', field, `no organization ${key}`);
  throw DomainError.field('request.invalid', field, `names no organization: ${key}`);
}
