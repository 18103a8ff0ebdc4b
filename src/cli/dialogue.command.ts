import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { z } from 'zod';
import { DomainError } from '../domain/core/errors.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { fullDate } from '../schemas/core/common.schema.js';
import {
  followUpListQuery,
  type MeetingOut,
  meetingCreate,
  meetingListQuery,
} from '../schemas/dialogue/meeting.schema.js';
import { contextFor } from '../services/core/context.js';
import { isDocLang } from '../services/core/i18n/i18n.js';
import { listFollowUpPage } from '../services/dialogue/follow-up.service.js';
import { createMeeting, getMeeting, listMeetingPage } from '../services/dialogue/meeting.service.js';
import { dossierOf } from '../services/insight/dossier.service.js';
import { dossierHtml, dossierPdf } from '../services/insight/dossier-render.service.js';
import { parseOptions } from './options.js';
import { withStore } from './output.js';
import { addStandardExports } from './standard-exports.command.js';

function meetingLine(m: MeetingOut): string {
  const where = [m.place.city, m.place.country].filter(Boolean).join(', ') || 'place unknown';
  const who = m.participants.map((p) => [p.name, p.post].filter(Boolean).join(', ')).join('; ');
  return `${m.date}  ${m.id}  ${m.kind} · ${m.status} · ${where}${m.channel ? ` · ${m.channel}` : ''}${who ? `\n    ${who}` : ''}`;
}

function meetingsCommand(): Command {
  const meetings = new Command('meetings').description('Dialogue records: visits, meetings, talks, calls');
  meetings
    .command('list')
    .description('List meetings, newest first')
    .option('--partner <id>', 'the partner the meetings concern (organization id)')
    .option('--channel <channel>', 'a recurring channel, e.g. liaison-office-visits')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print the page as JSON')
    .action(async (o: { partner?: string; channel?: string; limit: string; json?: boolean }) =>
      withStore(async (store) => {
        const { limit, offset, ...filter } = parseOptions(
          meetingListQuery,
          { partner_id: o.partner, channel: o.channel, limit: o.limit },
          { partner_id: '--partner' },
        );
        const page = await listMeetingPage(contextFor(store, SYSTEM_ACTOR), filter, { limit, offset });
        console.log(o.json ? JSON.stringify(page) : page.items.map(meetingLine).join('\n') || 'no meetings');
      }),
    );
  meetings
    .command('show')
    .description('Show one meeting with participants, topics, sources and follow-ups')
    .argument('<id>')
    .action(async (id: string) =>
      withStore(async (store) => {
        console.log(JSON.stringify(await getMeeting(contextFor(store, SYSTEM_ACTOR), id), null, 2));
      }),
    );
  meetings
    .command('add')
    .description('Record a meeting from a JSON file shaped like POST /api/meetings')
    .argument('<file>')
    .option('--json', 'print the meeting as JSON')
    .action(async (file: string, o: { json?: boolean }) =>
      withStore(async (store) => {
        const parsed = meetingCreate.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw DomainError.field(
            'request.invalid',
            issue?.path.join('.') || 'file',
            issue?.message ?? 'invalid',
          );
        }
        const m = await createMeeting(contextFor(store, SYSTEM_ACTOR), parsed.data);
        console.log(o.json ? JSON.stringify(m) : meetingLine(m));
      }),
    );
  return meetings;
}

function followUpsCommand(): Command {
  return new Command('followups')
    .description('Open follow-up actions: per partner, overdue or due soon')
    .option('--partner <id>')
    .option('--due <which>', 'overdue | due_soon')
    .option('--on <date>', 'judge due dates on this day (YYYY-MM-DD)')
    .option('--json')
    .action(async (o: { partner?: string; due?: string; on?: string; json?: boolean }) =>
      withStore(async (store) => {
        const q = parseOptions(
          followUpListQuery,
          { partner_id: o.partner, due: o.due, on: o.on, status: 'open' },
          { partner_id: '--partner' },
        );
        const page = await listFollowUpPage(contextFor(store, SYSTEM_ACTOR), q, { limit: 500, offset: 0 });
        if (o.json) return console.log(JSON.stringify(page));
        const lines = page.items.map(
          (f) =>
            `${f.due_date ?? '(no date)'}  ${f.due_state.padEnd(11)} ${f.action}${f.owner ? ` — ${f.owner}` : ''}`,
        );
        console.log(lines.join('\n') || 'no open follow-ups');
      }),
    );
}

function exportCommand(): Command {
  const exp = new Command('export').description('Export documents');
  exp
    .command('dossier')
    .description(
      'The briefing pack on a partner: memberships, office holders, programme, exercises, meetings, follow-ups, cadence, conflicts',
    )
    .requiredOption('--partner <id>', 'the partner: ISO code (TJ) or organization id (tj)')
    .option('--on <date>', 'the day of the briefing (YYYY-MM-DD), today by default')
    .option('--format <format>', 'json | html | pdf', 'json')
    .option('--lang <lang>', 'the language of names, labels and the document: en | fr | ru', 'en')
    .option('--out <file>', 'write to a file instead of standard output (required for pdf)')
    .action(async (o: { partner: string; on?: string; format: string; lang: string; out?: string }) =>
      withStore(async (store) => {
        parseOptions(z.strictObject({ on: fullDate.optional() }), { on: o.on });
        if (!['json', 'html', 'pdf'].includes(o.format))
          throw DomainError.field('request.invalid', '--format', 'must be json, html or pdf');
        if (!isDocLang(o.lang)) throw DomainError.field('request.invalid', '--lang', 'must be en, fr or ru');
        if (o.format === 'pdf' && !o.out)
          throw DomainError.field('request.invalid', '--out', 'a PDF needs --out FILE');
        const d = await dossierOf(contextFor(store, SYSTEM_ACTOR), o.partner, o.on, o.lang);
        const body =
          o.format === 'pdf'
            ? await dossierPdf(d)
            : o.format === 'html'
              ? dossierHtml(d)
              : `${JSON.stringify(d, null, 2)}\n`;
        if (o.out) await writeFile(o.out, body);
        else process.stdout.write(body);
      }),
    );
  addStandardExports(exp);
  return exp;
}

/** Commands of dialogue records, follow-ups and the briefing pack. */
export function dialogueCommands(): Command[] {
  return [meetingsCommand(), followUpsCommand(), exportCommand()];
}
