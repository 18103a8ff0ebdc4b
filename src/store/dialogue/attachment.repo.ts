import type { Kysely } from 'kysely';
import { scopeColumns } from '../../domain/core/entities.js';
import type { Actor } from '../../domain/trust/actor.js';
import type { DB } from '../core/schema.js';
import { visibleWhere } from '../trust/access.js';

/**
 * Files attached to meetings: a reader needs the meeting's releasability and the file's own, like a
 * follow-up, so a file is never more open than its meeting.
 */
const ATTACHMENT_SCOPE = scopeColumns('meeting_attachment');
const MEETING_SCOPE = scopeColumns('meeting');

const columns = [
  'meeting_attachment.id',
  'meeting_attachment.meeting_id',
  'meeting_attachment.file_name',
  'meeting_attachment.media_type',
  'meeting_attachment.size',
  'meeting_attachment.sha256',
  'meeting_attachment.description',
  'meeting_attachment.marking',
  'meeting_attachment.releasable_to',
  'meeting_attachment.version',
  'meeting_attachment.created_at',
  'meeting_attachment.updated_at',
  'meeting.partner_id',
  'meeting.marking as meeting_marking',
  'meeting.releasable_to as meeting_releasable_to',
] as const;

/** One attachment with its meeting's scope, whoever reads (the service checks the policy). */
export async function findAttachment(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('meeting_attachment')
    .innerJoin('meeting', 'meeting.id', 'meeting_attachment.meeting_id')
    .select(columns)
    .where('meeting_attachment.id', '=', id)
    .executeTakeFirst();
}

/** The attachments of a meeting the actor may read, oldest first. */
export async function attachmentsOfMeeting(db: Kysely<DB>, actor: Actor, meetingId: string) {
  return db
    .selectFrom('meeting_attachment')
    .innerJoin('meeting', 'meeting.id', 'meeting_attachment.meeting_id')
    .select(columns)
    .where('meeting_attachment.meeting_id', '=', meetingId)
    .where((eb) => visibleWhere(eb, actor, 'meeting', MEETING_SCOPE))
    .where((eb) => visibleWhere(eb, actor, 'meeting_attachment', ATTACHMENT_SCOPE))
    .orderBy('meeting_attachment.created_at')
    .orderBy('meeting_attachment.id')
    .execute();
}

/** Every stored file's checksum, for the backup to carry the bytes along with the rows. */
export async function attachmentChecksums(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('meeting_attachment')
    .select('sha256')
    .distinct()
    .orderBy('sha256')
    .execute();
  return rows.map((r) => r.sha256);
}
