import { sql } from 'kysely';
import type { Dialect } from '../core/db.js';
import type { AnyDb } from './builders.js';

/**
 * Indexes the large-dataset benchmark asked for (the dialogue list is newest first over all
 * partners; the dashboards count nominations per iteration and partner), and programme versions made
 * append-only by the database itself, like the audit trail.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema.createIndex('meeting_start').on('meeting').column('start_lo').execute();
  await db.schema
    .createIndex('nomination_iteration_partner')
    .on('nomination')
    .columns(['iteration_id', 'partner_id', 'status'])
    .execute();
  if (dialect === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `create trigger programme_version_no_${op.toLowerCase()} before ${op} on programme_version begin select raise(abort, 'programme_version is append-only'); end`,
        )
        .execute(db);
    }
  } else {
    await sql
      .raw(
        `create function programme_version_append_only() returns trigger language plpgsql as $$ begin raise exception 'programme_version is append-only'; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        'create trigger programme_version_append_only before update or delete on programme_version for each row execute function programme_version_append_only()',
      )
      .execute(db);
  }
}
