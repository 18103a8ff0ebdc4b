import { addYears, format, parseISO, subDays } from 'date-fns';
import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import {
  choicesOf,
  contentHash,
  contentOf,
  duplicateId,
  type ProgrammeContent,
  type ProgrammeKind,
} from '../../domain/programmes/content.js';
import { structuredDiff, textDiff } from '../../domain/programmes/diff.js';
import {
  AGREED_STATUSES,
  CLOSED_STATUSES,
  checkTransition,
  movesFrom,
  type ProgrammeStatus,
  type Side,
  sideOf,
  type TransitionName,
} from '../../domain/programmes/lifecycle.js';
import { assertCanRead, assertCanWrite, assertMayChooseId } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { mayWriteOn } from '../../domain/trust/can.js';
import type { Marking, RecordScope } from '../../domain/trust/policy.js';
import { capacityOf } from '../../domain/trust/policy.js';
import type { ListQuery, Page } from '../../schemas/core/common.schema.js';
import type {
  AmendmentInput,
  DiffOut,
  ProgrammeCreate,
  ProgrammeOut,
  ProgrammePatch,
  VersionOut,
} from '../../schemas/programmes/programme.schema.js';
import { audit, requireVersion } from '../../store/core/records.js';
import {
  activitiesByIds,
  areaCodes,
  findProgramme,
  findVersionRow,
  insertProgramme,
  insertVersion,
  iterationsByIds,
  lastVersionNumber,
  listProgrammes,
  organizationKind,
  overlapping,
  type ProgrammeRow,
  versionRows,
  versionsOf,
  updateProgramme as writeProgramme,
} from '../../store/programmes/programme.repo.js';
import { displayNamesOf } from '../../store/trust/account.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';

interface Signoff {
  hash: string;
  version: number;
  by: string;
  at: string;
}

export function scopeOf(row: Pick<ProgrammeRow, 'partner_id' | 'marking' | 'releasable_to'>): RecordScope {
  return {
    partnerId: row.partner_id,
    marking: row.marking as Marking,
    releasableTo: JSON.parse(row.releasable_to) as string[],
  };
}

const parseSignoff = (s: string | null): Signoff | null => (s ? (JSON.parse(s) as Signoff) : null);
const day = (d: Date) => format(d, 'yyyy-MM-dd');

/** Reads a programme the actor may read, or answers as if it did not exist. */
export async function readableProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  assertCanRead(ctx.actor, 'programme');
  const row = await findProgramme(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no programme ${id}`);
  assertCanRead(ctx.actor, 'programme', scopeOf(row));
  return row;
}

/** For a change: who is signed in (401/403 by role) before whether the record exists for them (404). */
async function writableProgramme(ctx: Ctx, id: string): Promise<ProgrammeRow> {
  assertCanWrite(ctx.actor, 'programme');
  const row = await findProgramme(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no programme ${id}`);
  assertCanRead(ctx.actor, 'programme', scopeOf(row));
  assertCanWrite(ctx.actor, 'programme', scopeOf(row));
  return row;
}

export async function contentAt(ctx: Ctx, programmeId: string, number: number): Promise<ProgrammeContent> {
  const row = await findVersionRow(ctx.db, programmeId, number);
  if (!row) throw DomainError.field('record.not_found', 'version', `no version ${number} of ${programmeId}`);
  return JSON.parse(row.snapshot) as ProgrammeContent;
}

/**
 * What the caller may do with the programme, by the rules its writes apply: the policy for any change,
 * the lifecycle table for the moves and sign-offs of each side. A programme is never deleted
 * (it is superseded).
 */
function programmeCan(
  actor: Actor,
  row: ProgrammeRow,
  amendment: { organization_signoff: Signoff | null; partner_signoff: Signoff | null } | null,
): ProgrammeOut['can'] {
  const status = row.status as ProgrammeStatus;
  const writes = mayWriteOn(actor, 'programme', scopeOf(row));
  const side = writes ? sideOf(actor, row.partner_id) : null;
  const open = writes && !CLOSED_STATUSES.has(status);
  const signed = amendment && side ? amendment[`${side}_signoff`] : null;
  return {
    update: open,
    delete: false,
    transitions: writes ? movesFrom(status, side) : [],
    amend: open && AGREED_STATUSES.has(status),
    sign_amendment: open && side !== null && amendment !== null && signed === null,
    feedback: open,
    side,
  };
}

async function present(ctx: Ctx, row: ProgrammeRow): Promise<ProgrammeOut> {
  const numbers = [row.content_version, ...(row.amendment_version ? [row.amendment_version] : [])];
  const versions = new Map((await versionRows(ctx.db, row.id, numbers)).map((v) => [v.number, v]));
  const inForce = versions.get(row.content_version);
  if (!inForce) throw new Error(`programme ${row.id} lacks version ${row.content_version}`);
  const content = JSON.parse(inForce.snapshot) as ProgrammeContent;
  const pending = row.amendment_version ? versions.get(row.amendment_version) : undefined;
  const signoffs = [
    row.organization_signoff,
    row.partner_signoff,
    row.amendment_organization_signoff,
    row.amendment_partner_signoff,
  ].map(parseSignoff);
  const signers = await displayNamesOf(
    ctx.db,
    signoffs.flatMap((s) => (s ? [s.by] : [])),
  );
  // Each sign-off with its signer's name: pages and documents show the name, never the account id.
  const named = (raw: string | null) => {
    const s = parseSignoff(raw);
    return s ? { ...s, by_name: signers.get(s.by) ?? null } : null;
  };
  const amendment = pending
    ? (() => {
        const proposed = JSON.parse(pending.snapshot) as ProgrammeContent;
        return {
          version: pending.number,
          hash: pending.hash,
          content: proposed,
          organization_signoff: named(row.amendment_organization_signoff),
          partner_signoff: named(row.amendment_partner_signoff),
          changes: structuredDiff(content, proposed),
        };
      })()
    : null;
  return {
    can: programmeCan(ctx.actor, row, amendment),
    id: row.id,
    partner_id: row.partner_id,
    kind: row.kind,
    title: row.title,
    start_date: row.start_date,
    end_date: row.end_date,
    status: row.status,
    content,
    content_version: row.content_version,
    hash: inForce.hash,
    agreed_version: row.agreed_version,
    organization_signoff: named(row.organization_signoff),
    partner_signoff: named(row.partner_signoff),
    amendment,
    moves: movesFrom(row.status as ProgrammeStatus, sideOf(ctx.actor, row.partner_id)),
    renewed_from: row.renewed_from,
    marking: row.marking,
    releasable_to: JSON.parse(row.releasable_to) as string[],
    illustrative: row.illustrative === 1,
    note: row.note,
    version: row.version,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export async function getProgramme(ctx: Ctx, id: string): Promise<ProgrammeOut> {
  return present(ctx, await readableProgramme(ctx, id));
}

export async function listProgrammePage(
  ctx: Ctx,
  filter: { q?: string; partner_id?: string; kind?: string; status?: string },
  page: ListQuery,
): Promise<Page<ProgrammeOut>> {
  assertCanRead(ctx.actor, 'programme');
  const { rows, total } = await listProgrammes(ctx.db, ctx.actor, filter, page.limit, page.offset);
  const items: ProgrammeOut[] = [];
  for (const row of rows) items.push(await present(ctx, row));
  return { items, total, ...page };
}

/** The content's references and rules: unique ids, known areas, activities and their iterations. */
async function checkContent(ctx: Ctx, content: ProgrammeContent): Promise<void> {
  if (content.period.end < content.period.start) {
    throw DomainError.field(
      'period.end_before_start',
      'end_date',
      `${content.period.end} is before ${content.period.start}`,
    );
  }
  const dup = duplicateId(content);
  if (dup) throw DomainError.field('programme.duplicate_item', 'objectives', `the id ${dup} is used twice`);
  const areas = await areaCodes(ctx.db);
  content.objectives.forEach((o, i) => {
    if (o.area && !areas.has(o.area))
      throw DomainError.field('record.reference_missing', `objectives[${i}].area`, `no area ${o.area}`);
    o.goals.forEach((g, j) => {
      if (g.area && !areas.has(g.area))
        throw DomainError.field(
          'record.reference_missing',
          `objectives[${i}].goals[${j}].area`,
          `no area ${g.area}`,
        );
    });
  });
  const choices = choicesOf(content).map((c) => c.choice);
  const activities = new Set(
    (
      await activitiesByIds(
        ctx.db,
        choices.map((c) => c.activity_id),
      )
    ).map((a) => a.id),
  );
  const iterations = new Map(
    (
      await iterationsByIds(
        ctx.db,
        choices.flatMap((c) => (c.iteration_id ? [c.iteration_id] : [])),
      )
    ).map((i) => [i.id, i.activity_id]),
  );
  for (const [i, o] of content.objectives.entries())
    for (const [j, g] of o.goals.entries())
      for (const [k, a] of g.activities.entries()) {
        const field = `objectives[${i}].goals[${j}].activities[${k}]`;
        if (!activities.has(a.activity_id))
          throw DomainError.field(
            'record.reference_missing',
            `${field}.activity_id`,
            `no activity ${a.activity_id}`,
          );
        if (a.iteration_id && iterations.get(a.iteration_id) !== a.activity_id)
          throw DomainError.field(
            'record.reference_missing',
            `${field}.iteration_id`,
            `no iteration ${a.iteration_id} of activity ${a.activity_id}`,
          );
      }
}

async function checkOverlap(ctx: Ctx, id: string, partnerId: string, content: ProgrammeContent) {
  const clash = await overlapping(ctx.db, {
    partner_id: partnerId,
    kind: content.kind,
    start: content.period.start,
    end: content.period.end,
    exceptId: id,
  });
  const first = clash[0];
  if (first) {
    throw DomainError.field(
      'programme.period_overlap',
      'start_date',
      `${content.period.start}…${content.period.end} overlaps ${content.kind} ${first.id} (${first.start_date}…${first.end_date}) of ${partnerId}`,
    );
  }
}

async function saveVersion(
  ctx: Ctx,
  programmeId: string,
  content: ProgrammeContent,
  purpose: 'draft' | 'amendment',
  at: string,
) {
  const number = (await lastVersionNumber(ctx.db, programmeId)) + 1;
  const hash = contentHash(content);
  await insertVersion(ctx.db, {
    programme_id: programmeId,
    number,
    purpose,
    hash,
    snapshot: JSON.stringify(contentOf(content)),
    author_id: ctx.actor.id,
    created_at: at,
  });
  return { number, hash };
}

export async function createProgramme(
  ctx: Ctx,
  input: ProgrammeCreate & { renewed_from?: string },
): Promise<ProgrammeOut> {
  const releasableTo = input.releasable_to ?? [input.partner_id];
  assertCanWrite(ctx.actor, 'programme', {
    partnerId: input.partner_id,
    marking: input.marking,
    releasableTo,
  });
  const end = input.end_date ?? day(subDays(addYears(parseISO(input.start_date), 2), 1));
  const content = contentOf({
    kind: input.kind,
    period: { start: input.start_date, end },
    objectives: input.objectives,
  });
  assertMayChooseId(ctx.actor, 'programme', input.id);
  const id =
    input.id ?? newId(`${input.partner_id}-${input.kind}-${input.start_date.slice(0, 4)}`.toLowerCase());
  return inTransaction(ctx, async (tx) => {
    if (!(await organizationKind(tx.db, input.partner_id)))
      throw DomainError.field(
        'record.reference_missing',
        'partner_id',
        `no organization ${input.partner_id}`,
      );
    await checkContent(tx, content);
    await checkOverlap(tx, id, input.partner_id, content);
    if (await findProgramme(tx.db, id))
      throw DomainError.field('record.exists', 'id', `a programme with id ${id} exists already`);
    const at = now();
    await insertProgramme(
      tx.db,
      {
        id,
        partner_id: input.partner_id,
        kind: input.kind,
        title:
          input.title ??
          `${input.kind} ${input.partner_id} ${input.start_date.slice(0, 4)}–${end.slice(0, 4)}`,
        start_date: content.period.start,
        end_date: content.period.end,
        status: 'draft',
        content_version: 1,
        agreed_version: null,
        amendment_version: null,
        organization_signoff: null,
        partner_signoff: null,
        amendment_organization_signoff: null,
        amendment_partner_signoff: null,
        renewed_from: input.renewed_from ?? null,
        marking: input.marking,
        releasable_to: JSON.stringify(releasableTo),
        illustrative: input.illustrative ? 1 : 0,
        note: input.note ?? null,
      },
      at,
    );
    await saveVersion(tx, id, content, 'draft', at);
    const created = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'create', 'programme', id, undefined, created, at);
    return created;
  });
}

function merged(current: ProgrammeContent, change: AmendmentInput | ProgrammePatch): ProgrammeContent {
  return contentOf({
    kind: (change.kind ?? current.kind) as ProgrammeKind,
    period: { start: change.start_date ?? current.period.start, end: change.end_date ?? current.period.end },
    objectives: change.objectives ?? current.objectives,
    // terms an earlier amendment signed stay signed
    title: current.title,
    marking: current.marking,
    releasable_to: current.releasable_to,
  });
}

const TERMS = ['title', 'marking', 'releasable_to'] as const;

/** The terms an amendment carries: what it changes, on top of the terms the base version carried. */
function amendedTerms(base: ProgrammeContent, input: AmendmentInput) {
  return Object.fromEntries(
    TERMS.flatMap((k) => {
      const value = input[k] ?? base[k];
      return value === undefined ? [] : [[k, value]];
    }),
  ) as Pick<ProgrammeContent, (typeof TERMS)[number]>;
}

/** The first term a patch would change on the programme as it stands, if any. */
function changedTerm(row: ProgrammeRow, patch: ProgrammePatch): (typeof TERMS)[number] | null {
  if (patch.title !== undefined && patch.title !== row.title) return 'title';
  if (patch.marking !== undefined && patch.marking !== row.marking) return 'marking';
  if (
    patch.releasable_to !== undefined &&
    JSON.stringify(patch.releasable_to) !== JSON.stringify(JSON.parse(row.releasable_to))
  )
    return 'releasable_to';
  return null;
}

/** The row's columns for an amendment's terms when it comes into force. */
function termColumns(c: ProgrammeContent): Partial<ProgrammeRow> {
  return {
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.marking !== undefined ? { marking: c.marking } : {}),
    ...(c.releasable_to !== undefined ? { releasable_to: JSON.stringify(c.releasable_to) } : {}),
  };
}

const periodColumns = (c: ProgrammeContent) => ({
  kind: c.kind,
  start_date: c.period.start,
  end_date: c.period.end,
});

/**
 * A change. Title, marking and note are not signed before agreement; a change of the signed content
 * is a new version that clears both sign-offs (an approved programme goes back to consultation). Once
 * the programme is jointly agreed, a change of content, title or marking takes an amendment that both
 * sides sign: the marking decides who reads it, and neither side may change that alone. The note
 * stays free.
 */
export async function updateProgramme(ctx: Ctx, id: string, patch: ProgrammePatch): Promise<ProgrammeOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await writableProgramme(tx, id);
    const expected = requireVersion(patch.version);
    const status = row.status as ProgrammeStatus;
    if (CLOSED_STATUSES.has(status))
      throw DomainError.field('programme.closed', 'status', `the programme is ${status}`);
    const before = await present(tx, row);
    const current = before.content as ProgrammeContent;
    const next = merged(current, patch);
    const contentChanged = contentHash(next) !== before.hash;
    const term = AGREED_STATUSES.has(status) ? changedTerm(row, patch) : null;
    if (term)
      throw DomainError.field(
        'programme.amendment_required',
        term,
        `the programme is ${status}: propose an amendment (POST /api/programmes/${id}/amendments)`,
      );
    const at = now();
    const values: Partial<ProgrammeRow> = {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.marking !== undefined ? { marking: patch.marking } : {}),
      ...(patch.releasable_to !== undefined ? { releasable_to: JSON.stringify(patch.releasable_to) } : {}),
      ...(patch.note !== undefined ? { note: patch.note ?? null } : {}),
    };
    if (contentChanged) {
      if (AGREED_STATUSES.has(status))
        throw DomainError.field(
          'programme.amendment_required',
          'objectives',
          `the programme is ${status}: propose an amendment (POST /api/programmes/${id}/amendments)`,
        );
      await checkContent(tx, next);
      await checkOverlap(tx, id, row.partner_id, next);
      const saved = await saveVersion(tx, id, next, 'draft', at);
      Object.assign(values, periodColumns(next), {
        content_version: saved.number,
        organization_signoff: null,
        partner_signoff: null,
        ...(status === 'approved_by_organization' ? { status: 'in_consultation' } : {}),
      });
    }
    await writeProgramme(tx.db, id, expected, values, at);
    const after = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'update', 'programme', id, before, after, at);
    return after;
  });
}

function requireSide(actor: Actor, row: ProgrammeRow): Side {
  const side = sideOf(actor, row.partner_id);
  if (!side) throw new DomainError('programme.wrong_side', 'You speak for neither side of this programme');
  return side;
}

/** A move of the lifecycle, made by the side that owns it; a sign-off binds the current hash. */
export async function transitionProgramme(
  ctx: Ctx,
  id: string,
  input: { transition: TransitionName; hash?: string | undefined; version?: number | undefined },
): Promise<ProgrammeOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await writableProgramme(tx, id);
    const side = requireSide(tx.actor, row);
    const check = checkTransition(input.transition, row.status as ProgrammeStatus, side);
    if (!check.ok) {
      if (check.reason === 'wrong_side')
        throw DomainError.field('programme.wrong_side', 'transition', check.message);
      throw DomainError.field('programme.transition_not_allowed', 'transition', check.message);
    }
    const expected = requireVersion(input.version);
    const before = await present(tx, row);
    // a sign-off names the content it signs: without the hash it would sign whatever is there now
    if (check.rule.signs && !input.hash)
      throw DomainError.field(
        'request.invalid',
        'hash',
        `${input.transition} signs the content: send the hash you read (${before.hash})`,
      );
    if (input.hash && input.hash !== before.hash)
      throw DomainError.field('programme.hash_mismatch', 'hash', `the content is now ${before.hash}`);
    const at = now();
    const signoff = JSON.stringify({ hash: before.hash, version: row.content_version, by: tx.actor.id, at });
    const values: Partial<ProgrammeRow> = { status: check.rule.to };
    if (check.rule.signs === 'organization') values.organization_signoff = signoff;
    if (check.rule.signs === 'partner') {
      const approved = parseSignoff(row.organization_signoff);
      if (approved?.hash !== before.hash)
        throw DomainError.field('programme.hash_mismatch', 'hash', 'the organization approved other content');
      values.partner_signoff = signoff;
      values.agreed_version = row.content_version;
    }
    if (input.transition === 'decline') values.organization_signoff = null;
    await writeProgramme(tx.db, id, expected, values, at);
    const after = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'update', 'programme', id, before, { ...after, decided_as: capacityOf(ctx.actor) }, at);
    return after;
  });
}

/** Proposes (or replaces) the amendment of an agreed programme; the agreed version stays in force. */
export async function proposeAmendment(ctx: Ctx, id: string, input: AmendmentInput): Promise<ProgrammeOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await writableProgramme(tx, id);
    const status = row.status as ProgrammeStatus;
    if (CLOSED_STATUSES.has(status))
      throw DomainError.field('programme.closed', 'status', `the programme is ${status}`);
    if (!AGREED_STATUSES.has(status))
      throw DomainError.field(
        'programme.not_agreed',
        'status',
        `the programme is ${status}: change it directly`,
      );
    const expected = requireVersion(input.version);
    const before = await present(tx, row);
    const base = (before.amendment?.content ?? before.content) as ProgrammeContent;
    const next = contentOf({ ...merged(base, input), ...amendedTerms(base, input) });
    if (next.releasable_to || next.marking)
      assertCanWrite(tx.actor, 'programme', {
        partnerId: row.partner_id,
        marking: (next.marking ?? row.marking) as Marking,
        releasableTo: next.releasable_to ?? (JSON.parse(row.releasable_to) as string[]),
      });
    await checkContent(tx, next);
    await checkOverlap(tx, id, row.partner_id, next);
    const at = now();
    const saved = await saveVersion(tx, id, next, 'amendment', at);
    await writeProgramme(
      tx.db,
      id,
      expected,
      {
        amendment_version: saved.number,
        amendment_organization_signoff: null,
        amendment_partner_signoff: null,
      },
      at,
    );
    const after = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'update', 'programme', id, before, after, at);
    return after;
  });
}

/** One side signs the pending amendment's hash; once both have, it is the agreed version. */
export async function signAmendment(
  ctx: Ctx,
  id: string,
  input: { hash: string; version?: number | undefined },
): Promise<ProgrammeOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await writableProgramme(tx, id);
    const side = requireSide(tx.actor, row);
    const expected = requireVersion(input.version);
    const before = await present(tx, row);
    if (!before.amendment) throw new DomainError('programme.no_amendment');
    if (input.hash !== before.amendment.hash)
      throw DomainError.field(
        'programme.hash_mismatch',
        'hash',
        `the amendment is now ${before.amendment.hash}`,
      );
    const at = now();
    const signoff = JSON.stringify({
      hash: before.amendment.hash,
      version: before.amendment.version,
      by: tx.actor.id,
      at,
    });
    const org = side === 'organization' ? signoff : row.amendment_organization_signoff;
    const partner = side === 'partner' ? signoff : row.amendment_partner_signoff;
    const values: Partial<ProgrammeRow> =
      org && partner
        ? {
            ...periodColumns(before.amendment.content as ProgrammeContent),
            ...termColumns(before.amendment.content as ProgrammeContent),
            content_version: before.amendment.version,
            agreed_version: before.amendment.version,
            organization_signoff: org,
            partner_signoff: partner,
            amendment_version: null,
            amendment_organization_signoff: null,
            amendment_partner_signoff: null,
          }
        : { amendment_organization_signoff: org, amendment_partner_signoff: partner };
    await writeProgramme(tx.db, id, expected, values, at);
    const after = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'update', 'programme', id, before, { ...after, decided_as: capacityOf(ctx.actor) }, at);
    return after;
  });
}

/** Withdraws the pending amendment; its version stays in the history. */
export async function withdrawAmendment(
  ctx: Ctx,
  id: string,
  version: number | undefined,
): Promise<ProgrammeOut> {
  return inTransaction(ctx, async (tx) => {
    const row = await writableProgramme(tx, id);
    const expected = requireVersion(version);
    if (!row.amendment_version) throw new DomainError('programme.no_amendment');
    const before = await present(tx, row);
    const at = now();
    await writeProgramme(
      tx.db,
      id,
      expected,
      { amendment_version: null, amendment_organization_signoff: null, amendment_partner_signoff: null },
      at,
    );
    const after = await present(tx, (await findProgramme(tx.db, id)) as ProgrammeRow);
    await audit(tx, 'update', 'programme', id, before, after, at);
    return after;
  });
}

export async function listVersions(ctx: Ctx, id: string): Promise<VersionOut[]> {
  await readableProgramme(ctx, id);
  const rows = await versionsOf(ctx.db, id);
  // Authors by name: the history shows who wrote a version, not an account id.
  const authors = await displayNamesOf(ctx.db, [...new Set(rows.map((v) => v.author_id))]);
  return rows.map((v) => ({
    number: v.number,
    purpose: v.purpose,
    hash: v.hash,
    author_id: v.author_id,
    author_name: authors.get(v.author_id) ?? null,
    created_at: v.created_at,
  }));
}

export async function getVersion(ctx: Ctx, id: string, number: number): Promise<VersionOut> {
  await readableProgramme(ctx, id);
  const v = await findVersionRow(ctx.db, id, number);
  if (!v) throw DomainError.field('record.not_found', 'number', `no version ${number} of ${id}`);
  return {
    number: v.number,
    purpose: v.purpose,
    hash: v.hash,
    author_id: v.author_id,
    created_at: v.created_at,
    snapshot: JSON.parse(v.snapshot) as ProgrammeContent,
  };
}

export async function diffVersions(ctx: Ctx, id: string, from: number, to: number): Promise<DiffOut> {
  await readableProgramme(ctx, id);
  const [a, b] = [await contentAt(ctx, id, from), await contentAt(ctx, id, to)];
  return { from, to, text: textDiff(a, b, `${id} v${from}`, `${id} v${to}`), changes: structuredDiff(a, b) };
}
