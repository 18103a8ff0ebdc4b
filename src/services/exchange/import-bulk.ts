import countries from 'i18n-iso-countries';
import { DomainError, type FieldIssue } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { toInterval } from '../../domain/core/partial-date.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import { nameOn } from '../../domain/registry/names.js';
import { nameIssues } from '../../domain/registry/registry-rules.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type { ChainedEntry } from '../../domain/trust/audit-chain.js';
import type { OrganizationCreate } from '../../schemas/registry/organization.schema.js';
import type { PersonCreate } from '../../schemas/registry/person.schema.js';
import { findByValues, insertRows } from '../../store/core/bulk.js';
import { auditMany } from '../../store/core/bulk-audit.js';
import type { Ctx } from '../core/context.js';
import { today } from '../core/today.js';

/**
 * The bulk path of `concord import` for the kinds imported by the thousand (organizations, people):
 * the same rules as the create services, but checked for a whole batch at once — in memory, then
 * with one query per batch for what the database knows — and written with multi-row inserts and one
 * chained audit append. A row the rules refuse is reported by number, field and reason, as the
 * row-by-row path does; a database error the checks did not foresee sends the batch back to that path.
 */
export interface Refusal {
  row: number;
  code: string;
  issues: FieldIssue[];
}

interface Row<T> {
  row: number;
  value: T;
}

export interface BulkKind<T> {
  entity: 'organization' | 'person';
  /** the rows that pass, in file order, and the refused ones */
  plan(ctx: Ctx, rows: Row<T>[]): Promise<{ accepted: Row<T & { id: string }>[]; refused: Refusal[] }>;
  write(ctx: Ctx, rows: Row<T & { id: string }>[]): Promise<void>;
}

async function existing(ctx: Ctx, table: 'organization' | 'person', ids: string[]): Promise<Set<string>> {
  return new Set((await findByValues(ctx, table, 'id', ids)).map(([id]) => id));
}

type Names = OrganizationCreate['names'];

function nameRows(ownerId: string, names: Names) {
  return names.map((n, position) => ({
    owner_id: ownerId,
    position,
    name: n.name,
    lang: n.lang,
    kind: n.kind,
    start_date: n.start_date ?? null,
    start_lo: n.start_date ? toInterval(n.start_date).lo : null,
    end_date: n.end_date ?? null,
    end_hi: n.end_date ? toInterval(n.end_date).hi : null,
  }));
}

function presentNames(names: Names) {
  return names.map((n) => ({
    name: n.name,
    lang: n.lang,
    kind: n.kind,
    start_date: n.start_date ?? null,
    end_date: n.end_date ?? null,
  }));
}

function createEntry(ctx: Ctx, entity: string, id: string, at: string, after: unknown): ChainedEntry {
  return {
    at,
    actor_id: ctx.actor.id,
    action: 'create',
    entity,
    entity_id: id,
    before: null,
    after: JSON.stringify(after),
  };
}

const refuse = (row: number, code: string, issues: FieldIssue[]): Refusal => ({ row, code, issues });

export const organizationsBulk: BulkKind<OrganizationCreate> = {
  entity: 'organization',
  async plan(ctx, rows) {
    const refused: Refusal[] = [];
    const candidates: Row<OrganizationCreate & { id: string }>[] = [];
    for (const { row, value } of rows) {
      const id =
        value.id ?? value.iso2?.toLowerCase() ?? newId(value.names.find((n) => n.lang === 'en')?.name);
      const issues = nameIssues(value.names);
      if (value.iso2 && value.kind !== 'state')
        issues.push({ field: 'iso2', reason: 'only a state carries an ISO 3166-1 code' });
      if (value.iso2 && !countries.isValid(value.iso2))
        issues.push({ field: 'iso2', reason: `${value.iso2} is not an ISO 3166-1 alpha-2 code` });
      if (issues.length) refused.push(refuse(row, 'request.invalid', issues));
      else candidates.push({ row, value: { ...value, id } });
    }
    const ids = candidates.map((c) => c.value.id);
    const parents = candidates.flatMap((c) => (c.value.parent_id ? [c.value.parent_id] : []));
    const isos = candidates.flatMap((c) => (c.value.iso2 ? [c.value.iso2] : []));
    const known = await existing(ctx, 'organization', [...new Set([...ids, ...parents])]);
    const isoHolders = new Map<string, string>();
    for (const [holder, iso2] of await findByValues(ctx, 'organization', 'iso2', isos))
      isoHolders.set(iso2, holder);
    // In file order, as the row-by-row path would meet them: an accepted row is known to later rows.
    const accepted: typeof candidates = [];
    for (const c of candidates) {
      const { id, iso2, parent_id } = c.value;
      const holder = iso2 ? isoHolders.get(iso2) : undefined;
      if (iso2 && holder && holder !== id) {
        refused.push(
          refuse(c.row, 'record.exists', [{ field: 'iso2', reason: `${iso2} belongs to ${holder}` }]),
        );
      } else if (parent_id && parent_id === id) {
        refused.push(
          refuse(c.row, 'organization.parent_cycle', [
            { field: 'parent_id', reason: 'cannot be the organization itself' },
          ]),
        );
      } else if (parent_id && !known.has(parent_id)) {
        refused.push(
          refuse(c.row, 'record.reference_missing', [
            { field: 'parent_id', reason: `no organization ${parent_id}` },
          ]),
        );
      } else if (known.has(id)) {
        refused.push(
          refuse(c.row, 'record.exists', [
            { field: 'id', reason: `a organization with id ${id} exists already` },
          ]),
        );
      } else {
        accepted.push(c);
        known.add(id);
        if (iso2) isoHolders.set(iso2, id);
      }
    }
    return { accepted, refused };
  },
  async write(ctx, rows) {
    const at = new Date().toISOString();
    const day = today();
    const orgs = rows.map(({ value: o }) => ({
      id: o.id,
      kind: o.kind,
      iso2: o.iso2 ?? null,
      parent_id: o.parent_id ?? null,
      founding_date: o.founding_date ?? null,
      dissolution_date: o.dissolution_date ?? null,
      search: foldForSearch([o.iso2 ?? '', ...o.names.map((n) => n.name)].join(' | ')),
      version: 1,
      created_at: at,
      updated_at: at,
    }));
    await insertRows(ctx, 'organization', orgs);
    await insertRows(
      ctx,
      'organization_name',
      rows.flatMap(({ value }) => nameRows(value.id, value.names)),
    );
    await auditMany(
      ctx,
      rows.map(({ value: o }, i) => {
        const row = orgs[i] as (typeof orgs)[number];
        return createEntry(ctx, 'organization', o.id, at, {
          id: o.id,
          kind: o.kind,
          iso2: row.iso2,
          parent_id: row.parent_id,
          founding_date: row.founding_date,
          dissolution_date: row.dissolution_date,
          name: nameOn(o.names, day) ?? o.id,
          names: presentNames(o.names),
          version: 1,
          updated_at: at,
        });
      }),
    );
  },
};

export const peopleBulk: BulkKind<PersonCreate> = {
  entity: 'person',
  async plan(ctx, rows) {
    const refused: Refusal[] = [];
    const candidates: Row<PersonCreate & { id: string }>[] = [];
    for (const { row, value } of rows) {
      const issues = nameIssues(value.names);
      if (value.nationality && !countries.isValid(value.nationality))
        issues.push({
          field: 'nationality',
          reason: `${value.nationality} is not an ISO 3166-1 alpha-2 code`,
        });
      if (issues.length) refused.push(refuse(row, 'request.invalid', issues));
      else {
        const id = value.id ?? newId(value.names.find((n) => n.lang === 'en')?.name);
        candidates.push({ row, value: { ...value, id } });
      }
    }
    const known = await existing(
      ctx,
      'person',
      candidates.map((c) => c.value.id),
    );
    const accepted: typeof candidates = [];
    for (const c of candidates) {
      if (known.has(c.value.id)) {
        refused.push(
          refuse(c.row, 'record.exists', [
            { field: 'id', reason: `a person with id ${c.value.id} exists already` },
          ]),
        );
      } else {
        accepted.push(c);
        known.add(c.value.id);
      }
    }
    return { accepted, refused };
  },
  async write(ctx, rows) {
    const at = new Date().toISOString();
    const day = today();
    const people = rows.map(({ value: p }) => ({
      id: p.id,
      gender: p.gender ?? null,
      birth_date: p.birth_date ?? null,
      nationality: p.nationality ?? null,
      summary: p.summary ?? null,
      search: foldForSearch(p.names.map((n) => n.name).join(' | ')),
      version: 1,
      created_at: at,
      updated_at: at,
    }));
    await insertRows(ctx, 'person', people);
    await insertRows(
      ctx,
      'person_name',
      rows.flatMap(({ value }) => nameRows(value.id, value.names)),
    );
    await auditMany(
      ctx,
      rows.map(({ value: p }, i) => {
        const row = people[i] as (typeof people)[number];
        return createEntry(ctx, 'person', p.id, at, {
          id: p.id,
          name: nameOn(p.names, day) ?? p.id,
          names: presentNames(p.names),
          gender: row.gender,
          birth_date: row.birth_date,
          nationality: row.nationality,
          summary: row.summary,
          version: 1,
          updated_at: at,
        });
      }),
    );
  },
};

/** The kinds with a bulk path; others go row by row. */
export const BULK_KINDS: Partial<Record<string, BulkKind<never>>> = {
  organizations: organizationsBulk as BulkKind<never>,
  people: peopleBulk as BulkKind<never>,
};

/** Whether the actor may write the kind at all: if not, the row-by-row path reports it on every row. */
export function bulkAllowed(ctx: Ctx, kind: BulkKind<never>): boolean {
  try {
    assertCanWrite(ctx.actor, kind.entity);
    return true;
  } catch (err) {
    if (err instanceof DomainError) return false;
    throw err;
  }
}
