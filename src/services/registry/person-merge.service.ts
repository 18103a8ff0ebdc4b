import { DomainError } from '../../domain/core/errors.js';
import { foldForSearch } from '../../domain/core/search-text.js';
import type { DatedName } from '../../domain/registry/names.js';
import { mergedNames, singleHolderClash } from '../../domain/registry/person-merge.js';
import { assertCanWrite } from '../../domain/trust/access.js';
import type { PersonMergeOut } from '../../schemas/registry/person-merge.schema.js';
import { audit, requireVersion, updateVersioned } from '../../store/core/records.js';
import { namesOf, replaceNames } from '../../store/registry/names.repo.js';
import { findPerson } from '../../store/registry/person.repo.js';
import {
  holdingsForMerge,
  moveConfirmedDrafts,
  moveParticipations,
  nominationVersionsOf,
  personClaimVersions,
  singleHolderPosts,
} from '../../store/registry/person-merge.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { softDelete } from '../trust/soft-delete.service.js';
import { getPerson } from './person.service.js';

type Repointed = 'post_holding' | 'nomination' | 'claim';

/** Points each versioned row of `from` at `into`, one audited update per row; returns how many. */
async function repoint(
  tx: Ctx,
  table: Repointed,
  rows: { id: string; version: number }[],
  values: Record<string, string>,
  at: string,
): Promise<number> {
  for (const row of rows) {
    await updateVersioned(tx.db, table, row.id, row.version, values, at);
    await audit(tx, 'update', table, row.id, { ...row }, { ...row, ...values }, at);
  }
  return rows.length;
}

/**
 * Merges a duplicate person into the one kept, in one transaction: the duplicate's names become the
 * kept person's variants, and its post holdings, nominations, meeting participations, claims and
 * confirmed dialogue drafts become the kept person's; then the duplicate is deleted (restorable, but
 * empty). Refused (409) when both held the same single-holder post at the same time, which one
 * person could not have done: that is two people, or a holding to correct first.
 */
export async function mergePerson(
  ctx: Ctx,
  id: string,
  input: { into: string; version?: number | undefined },
  expected: number | undefined,
): Promise<PersonMergeOut> {
  assertCanWrite(ctx.actor, 'person');
  return inTransaction(ctx, async (tx) => {
    const duplicate = await getPerson(tx, id);
    const version = requireVersion(expected ?? input.version);
    if (input.into === id)
      throw DomainError.field('request.invalid', 'into', 'a person cannot be merged into itself');
    const kept = await findPerson(tx.db, input.into);
    if (!kept) throw DomainError.field('record.reference_missing', 'into', `no person ${input.into}`);
    const before = await getPerson(tx, input.into);

    const holdings = (person: string) => holdingsForMerge(tx.db, person);
    const [fromHoldings, intoHoldings] = await Promise.all([holdings(id), holdings(input.into)]);
    const postIds = [...new Set(fromHoldings.map((h) => h.post_id))];
    const single = await singleHolderPosts(tx.db, postIds);
    const clash = singleHolderClash(fromHoldings, intoHoldings, single);
    if (clash) {
      const [a, b] = clash;
      throw DomainError.field(
        'holding.overlap',
        'into',
        `${id} held ${a.post_id} (${a.start_date}…${a.end_date ?? ''}) while ${input.into} did (${b.start_date}…${b.end_date ?? ''}); a single-holder post has one holder at a time`,
      );
    }

    const at = now();
    const names = await namesOf(tx.db, 'person_name', [id, input.into]);
    const ownNames = names.get(input.into) ?? [];
    const allNames: DatedName[] = mergedNames(ownNames, names.get(id) ?? []);
    await replaceNames(tx.db, 'person_name', input.into, allNames);
    await updateVersioned(
      tx.db,
      'person',
      input.into,
      kept.version,
      {
        search: foldForSearch(allNames.map((n) => n.name).join(' | ')),
        // What the kept record lacks, the duplicate may know.
        gender: kept.gender ?? duplicate.gender,
        birth_date: kept.birth_date ?? duplicate.birth_date,
        nationality: kept.nationality ?? duplicate.nationality,
        summary: kept.summary ?? duplicate.summary,
      },
      at,
    );

    const moved = {
      names: allNames.length - ownNames.length,
      holdings: await repoint(
        tx,
        'post_holding',
        fromHoldings.map(({ id: hid, version: v }) => ({ id: hid, version: v })),
        { person_id: input.into },
        at,
      ),
      nominations: await repoint(
        tx,
        'nomination',
        await nominationVersionsOf(tx.db, id),
        { person_id: input.into },
        at,
      ),
      claims: await repoint(
        tx,
        'claim',
        await personClaimVersions(tx.db, id),
        { subject_id: input.into },
        at,
      ),
      // Participants are parts of their meeting (no version of their own): the merge's audit lists them.
      participants: await moveParticipations(tx.db, id, input.into),
      candidates: await moveConfirmedDrafts(tx.db, id, input.into, at),
    };
    const after = await getPerson(tx, input.into);
    await audit(tx, 'update', 'person', input.into, before, { ...after, merged_from: id, moved }, at);
    await softDelete(tx, 'person', id, version, { ...duplicate, merged_into: input.into });
    return { person: after, merged_id: id, moved };
  });
}
