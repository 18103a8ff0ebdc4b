import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DomainError } from '../../domain/core/errors.js';
import { confirmRequest } from '../../schemas/dialogue/ingest.schema.js';
import { followUpCreate, meetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import { sourceCreate } from '../../schemas/registry/source.schema.js';
import type { Ctx } from '../../services/core/context.js';
import { createFollowUp } from '../../services/dialogue/follow-up.service.js';
import { analyzeReport, confirmReport, meetingFromDraft } from '../../services/dialogue/ingest.service.js';
import { createMeeting } from '../../services/dialogue/meeting.service.js';
import { createSource } from '../../services/registry/source.service.js';
import { exists } from '../../store/core/records.js';

const DIR = resolve(fileURLToPath(new URL('../../../data/demo/dialogue', import.meta.url)));

const reportEntry = z.strictObject({
  file: z.string(),
  meeting_id: z.string(),
  published: z.string().optional(),
  source: confirmRequest.shape.source,
});

async function readJson<T>(name: string, schema: z.ZodType<T>): Promise<T[]> {
  const file = join(DIR, name);
  if (!existsSync(file)) return [];
  const parsed = z.array(schema).safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new DomainError('import.file', `dialogue/${name}: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Loads the demo's dialogue records (inside loadDemo's transaction): the seed report goes through the
 * ingestion path (read, draft, confirm) like a clerk's; the other meetings and follow-ups are records.
 */
export async function loadDialogueDemo(ctx: Ctx): Promise<Record<string, number>> {
  let sources = 0;
  for (const s of await readJson('sources.json', sourceCreate)) {
    if (s.id && (await exists(ctx.db, 'source', s.id))) continue;
    await createSource(ctx, s);
    sources++;
  }
  let reports = 0;
  for (const r of await readJson('reports.json', reportEntry)) {
    const text = await readFile(join(DIR, r.file), 'utf8');
    const analysis = await analyzeReport(ctx, { text, published: r.published });
    const draft = analysis.extraction.meetings[0];
    if (!draft) throw new DomainError('import.file', `dialogue/${r.file}: no meeting found`);
    const meeting = await meetingFromDraft(ctx, draft, { statements: analysis.statements });
    await confirmReport(ctx, {
      text,
      published: r.published,
      source: r.source,
      // The demo's reviewer releases these published visits knowingly; a draft is organization-only.
      meeting: { ...meeting, id: r.meeting_id, marking: 'public' },
      evidence: draft.evidence ?? [],
    });
    reports++;
  }
  const meetings = await readJson('meetings.json', meetingCreate);
  for (const m of meetings) await createMeeting(ctx, m);
  const followUps = await readJson('follow-ups.json', followUpCreate);
  for (const f of followUps) await createFollowUp(ctx, f);
  return {
    dialogue_sources: sources,
    reports_confirmed: reports,
    meetings: meetings.length + reports,
    follow_ups: followUps.length,
  };
}
