import countries from 'i18n-iso-countries';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { nameOn } from '../../domain/registry/names.js';
import { nameIssues, rejectIssues } from '../../domain/registry/registry-rules.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOnSoftDeletable, mayWriteOn } from '../../domain/trust/can.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type { PersonCreate, PersonOut, PersonPatch } from '../../schemas/registry/person.schema.js';
import { audit, insertVersioned, requireVersion, updateVersioned } from '../../store/core/records.js';
import type { PersonTable } from '../../store/core/schema.js';
import { insertNames, namesOf, replaceNames } from '../../store/registry/names.repo.js';
import { findPerson, listPeople, personIsReferenced } from '../../store/registry/person.repo.js';
import { personScope } from '../../store/registry/person-scope.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { today } from '../core/today.js';
import { restore, softDelete } from '../trust/soft-delete.service.js';

type Names = PersonCreate['names'];

function present(actor: Actor, row: PersonTable, names: Names): PersonOut {
  return {
    can: { ...canOnSoftDeletable(actor, 'person'), merge: mayWriteOn(actor, 'person') },
    id: row.id,
    name: nameOn(names, today()) ?? row.id,
    names: names.map((n) => ({
      name: n.name,
      lang: n.lang,
      kind: n.kind,
      start_date: n.start_date ?? null,
      end_date: n.end_date ?? null,
    })),
    gender: row.gender,
    birth_date: row.birth_date,
    nationality: row.nationality,
    summary: row.summary,
    version: row.version,
    updated_at: row.updated_at,
  };
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonOut> {
  assertCanRead(ctx.actor, 'person');
  const row = await findPerson(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no person ${id}`);
  assertCanRead(ctx.actor, 'person', await personScope(ctx.db, id));
  const names = (await namesOf(ctx.db, 'person_name', [id])).get(id) ?? [];
  return present(ctx.actor, row, names as Names);
}

export async function listPersonPage(
  ctx: Ctx,
  filter: { q?: string },
  page: ListQuery,
): Promise<Page<PersonOut>> {
  assertCanRead(ctx.actor, 'person');
  const { rows, total } = await listPeople(ctx.db, ctx.actor, filter, page.limit, page.offset);
  const names = await namesOf(
    ctx.db,
    'person_name',
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => present(ctx.actor, r, (names.get(r.id) ?? []) as Names)), total, ...page };
}

function check(p: { names: Names; nationality?: string | null }) {
  const issues = nameIssues(p.names);
  if (p.nationality && !countries.isValid(p.nationality)) {
    issues.push({ field: 'nationality', reason: `${p.nationality} is not an ISO 3166-1 alpha-2 code` });
  }
  rejectIssues('request.invalid', issues);
}

function columns(p: Omit<PersonCreate, 'id'>) {
  return {
    gender: p.gender ?? null,
    birth_date: p.birth_date ?? null,
    nationality: p.nationality ?? null,
    summary: p.summary ?? null,
    search: foldForSearch(p.names.map((n) => n.name).join(' | ')),
  };
}

export async function createPerson(ctx: Ctx, input: PersonCreate): Promise<PersonOut> {
  assertCanWrite(ctx.actor, 'person');
  check(input);
  const id = input.id ?? newId(input.names.find((n) => n.lang === 'en')?.name);
  return inTransaction(ctx, async (tx) => {
    const at = now();
    const row = { id, ...columns(input) };
    await insertVersioned(tx.db, 'person', row, at);
    await insertNames(tx.db, 'person_name', id, input.names);
    const created = present(ctx.actor, { ...row, version: 1, created_at: at, updated_at: at }, input.names);
    await audit(tx, 'create', 'person', id, undefined, created, at);
    return created;
  });
}

export async function updatePerson(ctx: Ctx, id: string, patch: PersonPatch): Promise<PersonOut> {
  assertCanWrite(ctx.actor, 'person');
  return inTransaction(ctx, async (tx) => {
    const before = await getPerson(tx, id);
    const merged = {
      names: (patch.names ?? before.names) as Names,
      gender: patch.gender === undefined ? (before.gender as PersonCreate['gender']) : patch.gender,
      birth_date: patch.birth_date === undefined ? before.birth_date : patch.birth_date,
      nationality: patch.nationality === undefined ? before.nationality : patch.nationality,
      summary: patch.summary === undefined ? before.summary : patch.summary,
    };
    check(merged);
    const at = now();
    await updateVersioned(tx.db, 'person', id, requireVersion(patch.version), columns(merged), at);
    if (patch.names) await replaceNames(tx.db, 'person_name', id, merged.names);
    const after = await getPerson(tx, id);
    await audit(tx, 'update', 'person', id, before, after, at);
    return after;
  });
}

export async function deletePerson(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  assertCanWrite(ctx.actor, 'person');
  await inTransaction(ctx, async (tx) => {
    const before = await getPerson(tx, id);
    const expected = requireVersion(version);
    if (await personIsReferenced(tx.db, id))
      throw DomainError.field('record.referenced', 'id', `${id} still holds or held posts`);
    await softDelete(tx, 'person', id, expected, before);
  });
}

/** Brings back a deleted person (POST …/restore). */
export async function restorePerson(ctx: Ctx, id: string, version: number | undefined): Promise<PersonOut> {
  return restore(ctx, 'person', id, version, (tx, key) => getPerson(tx, key));
}
