import type { z } from 'zod';
import { DomainError } from '../../domain/core/errors.js';
import { assertCanWrite, type Entity } from '../../domain/trust/access.js';
import { fieldIssues } from '../../schemas/core/issues.js';
import type { MeetingOut } from '../../schemas/dialogue/meeting.schema.js';
import { meetingPatch } from '../../schemas/dialogue/meeting.schema.js';
import { membershipPatch } from '../../schemas/registry/membership.schema.js';
import { organizationPatch } from '../../schemas/registry/organization.schema.js';
import { personPatch } from '../../schemas/registry/person.schema.js';
import { holdingPatch, postPatch } from '../../schemas/registry/post.schema.js';
import { claimPatch, sourcePatch } from '../../schemas/registry/source.schema.js';
import { auditEntry } from '../../store/trust/record-versions.repo.js';
import type { Ctx } from '../core/context.js';
import { getMeeting, inputOf, updateMeeting } from '../dialogue/meeting.service.js';
import { getClaim, updateClaim } from '../registry/claim.service.js';
import { getHolding, updateHolding } from '../registry/holding.service.js';
import { getMembership, updateMembership } from '../registry/membership.service.js';
import { getOrganization, updateOrganization } from '../registry/organization.service.js';
import { getPerson, updatePerson } from '../registry/person.service.js';
import { getPost, updatePost } from '../registry/post.service.js';
import { getSource, updateSource } from '../registry/source.service.js';

/**
 * How an earlier version of a record is written again: the record as the trail kept it becomes a
 * change (the fields the kind's PATCH takes), applied on top of the current version. The result is a
 * new version, audited like any change; nothing of the trail is rewritten.
 */
interface Restorer {
  get(ctx: Ctx, id: string): Promise<{ version: number }>;
  update(ctx: Ctx, id: string, patch: never): Promise<{ version: number }>;
  patch: z.ZodObject;
  /** the stored record as the fields the PATCH takes, when the output's shape differs from the input's */
  toInput?: (record: never) => Record<string, unknown>;
}

const RESTORERS: Partial<Record<Entity, Restorer>> = {
  person: { get: getPerson, update: updatePerson, patch: personPatch },
  organization: { get: getOrganization, update: updateOrganization, patch: organizationPatch },
  membership: { get: getMembership, update: updateMembership, patch: membershipPatch },
  post: { get: getPost, update: updatePost, patch: postPatch },
  post_holding: { get: getHolding, update: updateHolding, patch: holdingPatch },
  source: { get: getSource, update: updateSource, patch: sourcePatch },
  claim: { get: getClaim, update: updateClaim, patch: claimPatch },
  meeting: {
    get: getMeeting,
    update: updateMeeting,
    patch: meetingPatch,
    toInput: (m: MeetingOut) => ({ ...inputOf(m) }),
  },
};

/** Kinds of record whose history offers "restore this version". */
export const RESTORABLE_KINDS = Object.keys(RESTORERS);

/**
 * Writes the version an audit entry produced (or, for a deletion, the record it removed) as a new
 * version of the record. `expected` is the version the caller read of the record as it is now.
 */
export async function restoreVersion(
  ctx: Ctx,
  auditId: number,
  expected: number | undefined,
): Promise<{ entity: string; entity_id: string; version: number }> {
  const entry = await auditEntry(ctx.db, auditId);
  if (!entry) throw DomainError.field('record.not_found', 'id', `no audit entry ${auditId}`);
  const restorer = RESTORERS[entry.entity as Entity];
  if (!restorer)
    throw DomainError.field(
      'request.invalid',
      'id',
      `${entry.entity} records cannot be restored to a version`,
    );
  // Who may change the record may bring back its earlier version; the check comes before its content is read.
  assertCanWrite(ctx.actor, entry.entity as Entity);
  const snapshot = entry.after ?? entry.before;
  if (!snapshot) throw DomainError.field('request.invalid', 'id', 'the entry holds no version of the record');
  const record = JSON.parse(snapshot) as Record<string, unknown>;
  const input = restorer.toInput ? restorer.toInput(record as never) : record;
  const fields = Object.fromEntries(
    Object.keys(restorer.patch.shape)
      .filter((k) => k !== 'version' && k in input)
      .map((k) => [k, input[k]]),
  );
  const parsed = restorer.patch.safeParse({ ...fields, version: expected });
  if (!parsed.success) {
    throw new DomainError(
      'request.invalid',
      'the earlier version no longer passes the rules',
      fieldIssues(parsed.error),
    );
  }
  const after = await restorer.update(ctx, entry.entity_id, parsed.data as never);
  return { entity: entry.entity, entity_id: entry.entity_id, version: after.version };
}
