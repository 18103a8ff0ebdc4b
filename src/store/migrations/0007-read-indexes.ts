import type { Dialect } from '../db.js';
import type { AnyDb } from './builders.js';

/**
 * Indexes the large-dataset benchmark asked for: the dialogue list is newest first over all
 * partners, and the dashboards count nominations per iteration and partner.
 */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex('meeting_start').on('meeting').column('start_lo').execute();
  await db.schema
    .createIndex('nomination_iteration_partner')
    .on('nomination')
    .columns(['iteration_id', 'partner_id', 'status'])
    .execute();
}
