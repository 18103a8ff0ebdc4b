import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { DomainError } from '../domain/core/errors.js';
import { TRANSITION_NAMES, type TransitionName } from '../domain/programmes/lifecycle.js';
import type { ProgrammeOut } from '../schemas/programmes/programme.schema.js';
import { contextFor } from '../services/core/context.js';
import { type ExportFormat, exportProgramme } from '../services/exchange/programme-export.service.js';
import {
  getProgramme,
  listProgrammePage,
  transitionProgramme,
} from '../services/programmes/programme.service.js';
import { actorOf } from './acting-user.js';
import { withStore } from './output.js';

/** The CLI acts as the system, or as a named account (`--as tajikistan`) for the partner's side. */
function line(p: ProgrammeOut): string {
  return [
    p.id.padEnd(32),
    p.kind.padEnd(5),
    p.partner_id.padEnd(6),
    `${p.start_date}…${p.end_date}`,
    p.status,
  ].join('  ');
}

function describe(p: ProgrammeOut): string {
  const out = [
    `${p.title} (${p.id})`,
    `${p.kind} of ${p.partner_id}, ${p.start_date} – ${p.end_date}, ${p.status}, content version ${p.content_version}`,
    `hash ${p.hash}`,
  ];
  if (p.organization_signoff)
    out.push(`approved by ${p.organization_signoff.by} at ${p.organization_signoff.at}`);
  if (p.partner_signoff) out.push(`accepted by ${p.partner_signoff.by} at ${p.partner_signoff.at}`);
  if (p.amendment)
    out.push(`amendment pending: version ${p.amendment.version}, ${p.amendment.changes.length} change(s)`);
  for (const o of p.content.objectives) {
    out.push(`- ${o.title} [${o.area ?? '–'}] (${o.status})`);
    for (const g of o.goals) {
      out.push(
        `  - ${g.title} [${g.area ?? '–'}]: ${g.activities.length} activit${g.activities.length === 1 ? 'y' : 'ies'}`,
      );
    }
  }
  return out.join('\n');
}

/** Commands of individual programmes. */
export function programmeCommands(): Command[] {
  const programmes = new Command('programmes').description(
    'Individual partnership programmes (IPP, IPCP, ITPP)',
  );
  const as = new Option('--as <username>', 'act as this account (default: the system)');

  programmes
    .command('list')
    .description('Programmes, newest period first')
    .option('--partner <id>', 'only this partner’s')
    .option('--json', 'print JSON')
    .addOption(as)
    .action(async (o: { partner?: string; json?: boolean; as?: string }) => {
      const page = await withStore(async (store) =>
        listProgrammePage(
          contextFor(store, await actorOf(store, o.as)),
          o.partner ? { partner_id: o.partner } : {},
          {
            limit: 500,
            offset: 0,
          },
        ),
      );
      if (o.json) console.log(JSON.stringify(page.items.map(({ content: _, ...p }) => p)));
      else console.log(page.items.length ? page.items.map(line).join('\n') : 'No programmes.');
    });

  programmes
    .command('show <id>')
    .description('One programme: content in force, sign-offs, pending amendment')
    .option('--json', 'print JSON')
    .addOption(as)
    .action(async (id: string, o: { json?: boolean; as?: string }) => {
      const p = await withStore(async (store) =>
        getProgramme(contextFor(store, await actorOf(store, o.as)), id),
      );
      console.log(o.json ? JSON.stringify(p) : describe(p));
    });

  programmes
    .command('transition <id> <transition>')
    .description(
      `Move a programme: ${TRANSITION_NAMES.join(', ')} (the partner's moves need --as <partner account>)`,
    )
    .addOption(as)
    .option('--json', 'print the programme as JSON')
    .action(async (id: string, transition: string, o: { as?: string; json?: boolean }) => {
      if (!(TRANSITION_NAMES as readonly string[]).includes(transition))
        throw DomainError.field('request.invalid', 'transition', `one of ${TRANSITION_NAMES.join(', ')}`);
      const p = await withStore(async (store) => {
        const ctx = contextFor(store, await actorOf(store, o.as));
        const current = await getProgramme(ctx, id);
        return transitionProgramme(ctx, id, {
          transition: transition as TransitionName,
          hash: current.hash,
          version: current.version,
        });
      });
      console.log(o.json ? JSON.stringify(p) : `${p.id}: ${p.status} (version ${p.version})`);
    });

  programmes
    .command('export <id>')
    .description('Objectives and activities as CSV or XLSX, the document or review report as HTML or PDF')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices(['csv', 'xlsx', 'html', 'pdf', 'json'])
        .default('csv'),
    )
    .addOption(
      new Option('--report <report>', 'html/pdf/json: which document')
        .choices(['programme', 'review'])
        .default('programme'),
    )
    .addOption(
      new Option('--lang <lang>', 'html/pdf: the language of the document')
        .choices(['en', 'fr', 'ru'])
        .default('en'),
    )
    .option('--out <file>', 'write here (default: standard output for text, required for xlsx/pdf)')
    .addOption(as)
    .action(
      async (
        id: string,
        o: {
          format: ExportFormat;
          report: 'programme' | 'review';
          lang: 'en' | 'fr' | 'ru';
          out?: string;
          as?: string;
        },
      ) => {
        if (!o.out && (o.format === 'xlsx' || o.format === 'pdf'))
          throw DomainError.field('request.invalid', 'out', `a ${o.format} file needs --out <file>`);
        const file = await withStore(async (store) =>
          exportProgramme(contextFor(store, await actorOf(store, o.as)), id, o.format, o.report, o.lang),
        );
        if (o.out) {
          await writeFile(o.out, file.body);
          console.log(`Wrote ${o.out}`);
        } else process.stdout.write(String(file.body));
      },
    );

  return [programmes];
}
