import countries from 'i18n-iso-countries';
import { DomainError, type FieldIssue } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { nameOn } from '../../domain/registry/names.js';
import { nameIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOnSoftDeletable } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type {
  OrganizationCreate,
  OrganizationOut,
  OrganizationPatch,
} from '../../schemas/registry/organization.schema.js';
import { readerFor } from '../../store/core/db.js';
import { audit, insertVersioned, requireVersion, updateVersioned } from '../../store/core/records.js';
import { insertNames, namesOf, replaceNames } from '../../store/registry/names.repo.js';
import {
  findByIso2,
  findOrganization,
  isReferenced,
  listOrganizations,
  type OrganizationFilter,
  type OrganizationRow,
  parentChain,
} from '../../store/registry/organization.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { restore, softDelete } from '../trust/soft-delete.service.js';

type Names = OrganizationCreate['names'];

function searchText(names: Names, iso2: string | null | undefined): string {
  return foldForSearch([iso2 ?? '', ...names.map((n) => n.name)].join(' | '));
}

function present(actor: Actor, row: OrganizationRow, names: Names, on: string): OrganizationOut {
  return {
    can: canOnSoftDeletable(actor, 'organization'),
    id: row.id,
    kind: row.kind as OrganizationOut['kind'],
    iso2: row.iso2,
    parent_id: row.parent_id,
    founding_date: row.founding_date,
    dissolution_date: row.dissolution_date,
    name: nameOn(names, on) ?? row.id,
    names: names.map((n) => ({
      name: n.name,
      lang: n.lang,
      kind: n.kind,
      start_date: n.start_date ?? null,
      end_date: n.end_date ?? null,
    })),
    version: row.version,
    updated_at: row.updated_at,
  };
}

async function requireRow(ctx: Ctx, key: string): Promise<OrganizationRow> {
  const row = await findOrganization(readerFor(ctx), key);
  if (!row) throw DomainError.field('record.not_found', 'id', `no organization ${key}`);
  return row;
}

export async function getOrganization(ctx: Ctx, key: string, on = today()): Promise<OrganizationOut> {
  assertCanRead(ctx.actor, 'organization');
  const row = await requireRow(ctx, key);
  const names = (await namesOf(readerFor(ctx), 'organization_name', [row.id])).get(row.id) ?? [];
  return present(ctx.actor, row, names as Names, on);
}

export async function listOrganizationPage(
  ctx: Ctx,
  filter: OrganizationFilter,
  page: ListQuery,
): Promise<Page<OrganizationOut>> {
  assertCanRead(ctx.actor, 'organization');
  const { rows, total } = await listOrganizations(readerFor(ctx), filter, page.limit, page.offset);
  const names = await namesOf(
    readerFor(ctx),
    'organization_name',
    rows.map((r) => r.id),
  );
  const day = today();
  return {
    items: rows.map((r) => present(ctx.actor, r, (names.get(r.id) ?? []) as Names, day)),
    total,
    limit: page.limit,
    offset: page.offset,
  };
}

async function checkOrganization(
  ctx: Ctx,
  id: string,
  o: { kind: string; iso2?: string | null; parent_id?: string | null; names: Names },
): Promise<void> {
  const issues: FieldIssue[] = nameIssues(o.names);
  if (o.iso2 && o.kind !== 'state')
    issues.push({ field: 'iso2', reason: 'only a state carries an ISO 3166-1 code' });
  if (o.iso2 && !countries.isValid(o.iso2))
    issues.push({ field: 'iso2', reason: `${o.iso2} is not an ISO 3166-1 alpha-2 code` });
  rejectIssues('request.invalid', issues);
  if (o.iso2) {
    const holder = await findByIso2(ctx.db, o.iso2);
    if (holder && holder.id !== id)
      throw DomainError.field('record.exists', 'iso2', `${o.iso2} belongs to ${holder.id}`);
  }
  if (o.parent_id) {
    if (o.parent_id === id)
      throw DomainError.field('organization.parent_cycle', 'parent_id', 'cannot be the organization itself');
    const chain = await parentChain(ctx.db, o.parent_id);
    if (chain.length === 0)
      throw DomainError.field('record.reference_missing', 'parent_id', `no organization ${o.parent_id}`);
    if (chain.includes(id))
      throw DomainError.field('organization.parent_cycle', 'parent_id', `${o.parent_id} is below ${id}`);
  }
}

export async function createOrganization(ctx: Ctx, input: OrganizationCreate): Promise<OrganizationOut> {
  assertCanWrite(ctx.actor, 'organization');
  const id = input.id ?? input.iso2?.toLowerCase() ?? newId(input.names.find((n) => n.lang === 'en')?.name);
  return inTransaction(ctx, async (tx) => {
    await checkOrganization(tx, id, input);
    const at = now();
    const row: OrganizationRow = {
      id,
      kind: input.kind,
      iso2: input.iso2 ?? null,
      parent_id: input.parent_id ?? null,
      founding_date: input.founding_date ?? null,
      dissolution_date: input.dissolution_date ?? null,
      search: searchText(input.names, input.iso2),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    const { version: _v, created_at: _c, updated_at: _u, ...columns } = row;
    await insertVersioned(tx.db, 'organization', columns, at);
    await insertNames(tx.db, 'organization_name', id, input.names);
    const created = present(ctx.actor, row, input.names, today());
    await audit(tx, 'create', 'organization', id, undefined, created, at);
    return created;
  });
}

export async function updateOrganization(
  ctx: Ctx,
  key: string,
  patch: OrganizationPatch,
): Promise<OrganizationOut> {
  assertCanWrite(ctx.actor, 'organization');
  return inTransaction(ctx, async (tx) => {
    const before = await getOrganization(tx, key);
    const merged = {
      kind: patch.kind ?? before.kind,
      iso2: patch.iso2 === undefined ? before.iso2 : patch.iso2,
      parent_id: patch.parent_id === undefined ? before.parent_id : patch.parent_id,
      founding_date: patch.founding_date === undefined ? before.founding_date : patch.founding_date,
      dissolution_date:
        patch.dissolution_date === undefined ? before.dissolution_date : patch.dissolution_date,
      names: (patch.names ?? before.names) as Names,
    };
    await checkOrganization(tx, before.id, merged);
    const at = now();
    const { names, ...columns } = merged;
    await updateVersioned(
      tx.db,
      'organization',
      before.id,
      requireVersion(patch.version),
      { ...columns, iso2: columns.iso2 ?? null, search: searchText(names, columns.iso2) },
      at,
    );
    if (patch.names) await replaceNames(tx.db, 'organization_name', before.id, names);
    const after = await getOrganization(tx, before.id);
    await audit(tx, 'update', 'organization', before.id, before, after, at);
    return after;
  });
}

export async function deleteOrganization(ctx: Ctx, key: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'organization');
  await inTransaction(ctx, async (tx) => {
    const before = await getOrganization(tx, key);
    const expected = requireVersion(version);
    const ref = await isReferenced(tx.db, before.id);
    if (ref) throw DomainError.field('record.referenced', 'id', `${before.id} still has ${ref}`);
    await softDelete(tx, 'organization', before.id, expected, before);
  });
}

/** Brings back a deleted organization (POST …/restore). */
export async function restoreOrganization(
  ctx: Ctx,
  id: string,
  version: number | undefined,
): Promise<OrganizationOut> {
  return restore(ctx, 'organization', id, version, (tx, key) => getOrganization(tx, key));
}
