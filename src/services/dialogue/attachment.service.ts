import { DomainError } from '../../domain/core/errors.js';
import { newId } from '../../domain/core/ids.js';
import { assertCanRead, assertCanWrite } from '../../domain/trust/access.js';
import type { Actor } from '../../domain/trust/actor.js';
import { canOn } from '../../domain/trust/can.js';
import { MARKINGS, type Marking } from '../../domain/trust/policy.js';
import type { AttachmentOut, AttachmentUploadQuery } from '../../schemas/dialogue/attachment.schema.js';
import { audit, deleteAudited, insertVersioned } from '../../store/core/records.js';
import { attachmentsOfMeeting, findAttachment } from '../../store/dialogue/attachment.repo.js';
import { type Ctx, inTransaction, now } from '../core/context.js';
import { detectType, readContent, storeContent } from './attachment-files.js';
import { requireMeeting, scopeOf } from './meeting.service.js';

type AttachmentRow = NonNullable<Awaited<ReturnType<typeof findAttachment>>>;

/** The two scopes a reader needs: the meeting's and the file's own (never wider than the meeting's). */
function scopesOf(r: AttachmentRow) {
  return [
    scopeOf({ partner_id: r.partner_id, marking: r.meeting_marking, releasable_to: r.meeting_releasable_to }),
    scopeOf(r),
  ] as const;
}

function present(actor: Actor, r: AttachmentRow): AttachmentOut {
  const [, own] = scopesOf(r);
  return {
    can: canOn(actor, 'meeting_attachment', own),
    id: r.id,
    meeting_id: r.meeting_id,
    file_name: r.file_name,
    media_type: r.media_type as AttachmentOut['media_type'],
    size: Number(r.size),
    sha256: r.sha256,
    description: r.description,
    marking: own.marking,
    releasable_to: own.releasableTo,
    version: r.version,
    updated_at: r.updated_at,
  };
}

async function readable(ctx: Ctx, id: string): Promise<AttachmentRow> {
  assertCanRead(ctx.actor, 'meeting_attachment');
  const row = await findAttachment(ctx.db, id);
  if (!row) throw DomainError.field('record.not_found', 'id', `no attachment ${id}`);
  const [meeting, own] = scopesOf(row);
  assertCanRead(ctx.actor, 'meeting', meeting);
  assertCanRead(ctx.actor, 'meeting_attachment', own);
  return row;
}

export async function getAttachment(ctx: Ctx, id: string): Promise<AttachmentOut> {
  return present(ctx.actor, await readable(ctx, id));
}

/** The file itself, checked against its checksum, for a reader who may read the attachment. */
export async function attachmentContent(ctx: Ctx, id: string) {
  const row = await readable(ctx, id);
  return { attachment: present(ctx.actor, row), bytes: await readContent(row.sha256) };
}

export async function listAttachments(ctx: Ctx, meetingId: string): Promise<AttachmentOut[]> {
  assertCanRead(ctx.actor, 'meeting_attachment');
  // The meeting must be one the reader may see: otherwise the same 404 as for a missing meeting.
  const meeting = await requireMeeting(ctx, meetingId);
  assertCanRead(ctx.actor, 'meeting', scopeOf(meeting));
  const rows = await attachmentsOfMeeting(ctx.db, ctx.actor, meetingId);
  return rows.map((r) => present(ctx.actor, r));
}

const strictness = (m: Marking) => MARKINGS.indexOf(m);

/**
 * Attaches a file to a meeting: the type is read from the bytes, the bytes are stored outside the
 * database under their checksum, and the row (with the meeting's marking, or a stricter one) is
 * written and audited in one transaction.
 */
export async function uploadAttachment(
  ctx: Ctx,
  meetingId: string,
  meta: AttachmentUploadQuery,
  bytes: Uint8Array,
): Promise<AttachmentOut> {
  assertCanWrite(ctx.actor, 'meeting_attachment');
  const meeting = await requireMeeting(ctx, meetingId);
  const meetingScope = scopeOf(meeting);
  assertCanWrite(ctx.actor, 'meeting', meetingScope);
  if (bytes.length === 0) throw DomainError.field('request.invalid', 'body', 'is empty: send the file');
  const marking = meta.marking ?? meetingScope.marking;
  if (strictness(marking) < strictness(meetingScope.marking))
    throw DomainError.field(
      'request.invalid',
      'marking',
      `may not be wider than the meeting's (${meetingScope.marking})`,
    );
  const mediaType = await detectType(bytes);
  const sha256 = await storeContent(bytes);
  const id = newId(`${meetingId}-file`.slice(0, 50));
  return inTransaction(ctx, async (tx) => {
    const at = now();
    await insertVersioned(
      tx.db,
      'meeting_attachment',
      {
        id,
        meeting_id: meetingId,
        file_name: meta.name,
        media_type: mediaType,
        size: bytes.length,
        sha256,
        description: meta.description ?? null,
        marking,
        releasable_to: JSON.stringify(marking === 'partners' ? meetingScope.releasableTo : []),
      },
      at,
    );
    const created = await getAttachment(tx, id);
    await audit(tx, 'create', 'meeting_attachment', id, undefined, created, at);
    return created;
  });
}

/** Removes the attachment (If-Match); the bytes stay, as other rows or backups may name them. */
export async function deleteAttachment(ctx: Ctx, id: string, version: number | undefined): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await readable(tx, id);
    const [, own] = scopesOf(row);
    assertCanWrite(ctx.actor, 'meeting_attachment', own);
    await deleteAudited(tx, 'meeting_attachment', id, version, present(ctx.actor, row));
  });
}
