import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { DomainError } from '../domain/core/errors.js';
import { partialDateError } from '../domain/core/partial-date.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { BUILT_IN_GAZETTEER } from '../ingest/known-people.js';
import type { ReportLanguage } from '../ingest/language.js';
import {
  type MeetingDraft,
  type ReportExtraction,
  reportLanguage,
} from '../schemas/dialogue/report.schema.js';
import { contextFor } from '../services/core/context.js';
import { analyzeReport, confirmReport, meetingFromDraft } from '../services/dialogue/ingest.service.js';
import { withStore } from './output.js';

/**
 * `concord ingest FILE…`: proposes the meetings press reports describe. Nothing is stored; the
 * drafts are for a person to confirm. The gazetteer is the built-in one until the registry supplies it.
 */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description(
      'Propose the meetings that press reports (plain-text files) describe; stored only with --confirm',
    )
    .argument('<files...>', 'press reports or press releases, as plain-text files')
    .option(
      '--published <date>',
      'publication date (YYYY-MM-DD), the reference for "yesterday" without a dated dateline',
    )
    .option(
      '--language <code>',
      `read the reports in this language instead of the detected one (${reportLanguage.options.join(', ')})`,
    )
    .option('--json', 'print one JSON object per file, one per line')
    .option('--confirm', 'store the first meeting of each report, with the report as its source')
    .option(
      '--partner <id>',
      'with --confirm: the partner the meeting concerns, when the place does not tell',
    )
    .option(
      '--title <title>',
      'with --confirm: the title of the report as a source (the file name otherwise)',
    )
    .option('--url <url>', 'with --confirm: where the report can be read')
    .action(async (files: string[], options: IngestOptions) => {
      // Loaded here, so that every other command starts without the report reader.
      const { extractReport } = await import('../ingest/extract.js');
      const published = options.published;
      if (published !== undefined) {
        const reason = /^\d{4}-\d{2}-\d{2}$/.test(published)
          ? partialDateError(published)
          : `${published} is not a date written YYYY-MM-DD`;
        if (reason) throw DomainError.field('request.invalid', '--published', reason);
      }
      const language = languageOf(options.language);
      const texts = await Promise.all(files.map(readReport));
      if (options.confirm) return confirmAll(files, texts as string[], options, language);
      files.forEach((file, i) => {
        const report = extractReport(texts[i] as string, {
          file,
          published,
          gazetteer: BUILT_IN_GAZETTEER,
          ...(language ? { language } : {}),
        });
        console.log(options.json ? JSON.stringify(report) : summary(report));
      });
    });
}

interface IngestOptions {
  published?: string;
  language?: string;
  json?: boolean;
  confirm?: boolean;
  partner?: string;
  title?: string;
  url?: string;
}

/** Each report read against the registry and stored: source, meeting, draft people, claims. */
async function confirmAll(
  files: string[],
  texts: string[],
  options: IngestOptions,
  language: ReportLanguage | undefined,
) {
  await withStore(async (store) => {
    const ctx = contextFor(store, SYSTEM_ACTOR);
    for (const [i, file] of files.entries()) {
      const text = texts[i] as string;
      const analysis = await analyzeReport(ctx, {
        text,
        published: options.published,
        ...(language ? { language } : {}),
      });
      const draft = analysis.extraction.meetings[0];
      if (!draft)
        throw new DomainError('import.file', `${file}: no meeting found`, [
          { field: 'file', reason: 'no meeting found' },
        ]);
      const meeting = await meetingFromDraft(ctx, draft, {
        partner_id: options.partner,
        statements: analysis.statements,
      });
      const out = await confirmReport(ctx, {
        text,
        published: options.published,
        source: { title: options.title ?? file.split('/').pop() ?? file, url: options.url ?? null },
        meeting,
        evidence: draft.evidence ?? [],
      });
      console.log(
        options.json
          ? JSON.stringify(out)
          : `${file}: meeting ${out.meeting.id} (${out.meeting.date}) from source ${out.source_id}; ${out.claims.length} claim(s) on post holdings`,
      );
    }
  });
}

/** The --language code, checked against the languages the reader knows. */
function languageOf(code: string | undefined): ReportLanguage | undefined {
  if (code === undefined) return undefined;
  const parsed = reportLanguage.safeParse(code);
  if (parsed.success) return parsed.data;
  throw DomainError.field(
    'request.invalid',
    '--language',
    `${code} is not one of the languages reports are read in: ${reportLanguage.options.join(', ')}`,
  );
}

async function readReport(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw new DomainError('import.file', `${file}: ${reason}`, [{ field: 'file', reason }]);
  }
}

function summary(report: ReportExtraction): string {
  const d = report.dateline;
  const opening = [[d.place, d.date].filter(Boolean).join(', '), d.outlet && `(${d.outlet})`]
    .filter(Boolean)
    .join(' ');
  const lines = [`${report.file ?? 'report'}: ${opening ? `dateline ${opening}` : 'no dateline'}`];
  if (report.meetings.length === 0) lines.push('  no meeting found');
  for (const [i, m] of report.meetings.entries()) lines.push(...meetingLines(m, i + 1));
  return lines.join('\n');
}

function meetingLines(m: MeetingDraft, n: number): string[] {
  const when = m.date
    ? `${m.date}${m.end_date ? `…${m.end_date}` : ''}${m.date_text ? ` ("${m.date_text}")` : ''}`
    : 'date unknown';
  const where = [m.place.city, m.place.country].filter(Boolean).join(', ') || 'place unknown';
  const lines = [`  ${n}. ${when} · ${m.kind.replace('_', ' ')} · ${m.status} · ${where}`];
  for (const p of m.participants) {
    const role = [p.title, p.organization && `(${p.organization})`].filter(Boolean).join(' ');
    lines.push(
      `     ${p.side ?? 'participant'}: ${p.name}${role ? `, ${role}` : ''}${p.person_id ? ` [${p.person_id}]` : ''}` +
        // No sentence said so: the reader should check the report.
        (p.likelihood === undefined ? '' : ` (proposed, likely ${Math.round(p.likelihood * 100)}%)`),
    );
  }
  if (m.topics.length) lines.push(`     topics: ${m.topics.join('; ')}`);
  if (m.areas.length) lines.push(`     areas: ${m.areas.join(', ')}`);
  return lines;
}
