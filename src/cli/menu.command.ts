import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Command, Option } from 'commander';
import { DomainError } from '../domain/core/errors.js';
import { SYSTEM_ACTOR } from '../domain/trust/actor.js';
import { activityListQuery } from '../schemas/menu/menu.schema.js';
import { type RoundOut, roundApply, roundCreate } from '../schemas/nominations/nomination.schema.js';
import { type Ctx, contextFor } from '../services/core/context.js';
import {
  activitiesSheet,
  iterationsSheet,
  menuSheet,
  nominationSheet,
  render,
} from '../services/exchange/menu-export.js';
import {
  importMenuFile,
  MENU_IMPORT_KINDS,
  type MenuImportKind,
} from '../services/exchange/menu-import.service.js';
import { stopSheetReader } from '../services/exchange/sheet.pool.js';
import { menuCalendar, partnerCalendar } from '../services/insight/calendar.service.js';
import { listActivityPage } from '../services/menu/menu.service.js';
import { applyRound, proposeRound } from '../services/nominations/allocation-round.service.js';
import { listOption, numberOption, parseOptions } from './options.js';
import { withStore } from './output.js';

/** The CLI acts as the system, like `concord import`. */
const asSystem = <T>(fn: (ctx: Ctx) => Promise<T>) =>
  withStore((store) => fn(contextFor(store, SYSTEM_ACTOR)));

async function emit(body: string | Buffer, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, body);
  else process.stdout.write(body);
}

function formatOf(out: string | undefined, given: string | undefined): 'csv' | 'xlsx' {
  const f = given ?? (out && extname(out).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');
  if (f !== 'csv' && f !== 'xlsx')
    throw DomainError.field('request.invalid', 'format', 'must be csv or xlsx');
  if (f === 'xlsx' && !out)
    throw DomainError.field('request.invalid', 'out', 'write XLSX to a file (--out menu.xlsx)');
  return f;
}

function menuCommand(): Command {
  const menu = new Command('menu').description('The cooperation menu: list, import, export');
  menu
    .command('list')
    .description('Search the menu')
    .option('--q <text>', 'text in the key, title or description')
    .option('--provider <id>')
    .option('--area <code>')
    .option('--eligible-for <partner>', 'only activities the partner may be nominated to')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print the answer as JSON')
    .action(
      async (o: {
        q?: string;
        provider?: string;
        area?: string;
        eligibleFor?: string;
        limit: string;
        json?: boolean;
      }) => {
        const query = parseOptions(
          activityListQuery,
          { q: o.q, provider: o.provider, area: o.area, eligible_for: o.eligibleFor, limit: o.limit },
          { q: '--q' },
        );
        const page = await asSystem((ctx) => listActivityPage(ctx, query));
        if (o.json) return console.log(JSON.stringify(page));
        for (const a of page.items)
          console.log(
            `${a.key.padEnd(12)} ${(a.area_code ?? '').padEnd(6)} ${a.event_type.padEnd(12)} ${a.title}`,
          );
        console.log(`${page.items.length} of ${page.total} activities`);
      },
    );
  menu
    .command('import')
    .description('Import activities or iterations from CSV or XLSX: good rows kept, bad rows reported')
    .addArgument(new Command().createArgument('<kind>', 'what the file holds').choices(MENU_IMPORT_KINDS))
    .argument('<file>', 'a .csv or .xlsx file with a header row')
    .option('--strict', 'all or nothing')
    .option('--json', 'print the report as JSON')
    .action(async (kind: MenuImportKind, file: string, o: { strict?: boolean; json?: boolean }) => {
      const ext = extname(file).toLowerCase();
      if (ext !== '.csv' && ext !== '.xlsx')
        throw DomainError.field('import.file', 'file', `${file}: the file must end in .csv or .xlsx`);
      const content = await readFile(file).catch((err: NodeJS.ErrnoException) => {
        throw DomainError.field('import.file', 'file', `cannot read ${file}: ${err.code ?? err}`);
      });
      // the file is read on a worker thread; stopped after, so the command ends at once
      const report = await asSystem((ctx) =>
        importMenuFile(ctx, kind, ext === '.csv' ? 'csv' : 'xlsx', content, { strict: o.strict }),
      ).finally(stopSheetReader);
      if (o.json) console.log(JSON.stringify(report));
      else {
        for (const e of report.errors) console.log(`row ${e.row}: ${e.field}: ${e.reason}`);
        console.log(
          `${kind}: imported ${report.imported} of ${report.rows} rows; ${report.failed} row(s) refused.`,
        );
      }
      if (report.failed > 0) process.exitCode = 2;
    });
  menu
    .command('export')
    .description(
      'Export the menu as CSV or XLSX: one row per iteration, or (--sheet) the activities or iterations that menu import reads back',
    )
    .option('--out <file>', 'write to this file (.csv or .xlsx) instead of standard output')
    .addOption(new Option('--format <format>', 'csv or xlsx').choices(['csv', 'xlsx']))
    .addOption(
      new Option('--sheet <sheet>', 'menu, activities or iterations')
        .choices(['menu', 'activities', 'iterations'])
        .default('menu'),
    )
    .option('--provider <id>')
    .action(async (o: { out?: string; format?: string; sheet: string; provider?: string }) => {
      const format = formatOf(o.out, o.format);
      const build =
        o.sheet === 'activities' ? activitiesSheet : o.sheet === 'iterations' ? iterationsSheet : menuSheet;
      const file = await asSystem(async (ctx) => render(await build(ctx, { provider: o.provider }), format));
      await emit(file.body, o.out);
    });
  return menu;
}

function nominationsCommand(): Command {
  const nominations = new Command('nominations').description('Nominations to the menu’s iterations');
  nominations
    .command('export')
    .description('Export nominations as CSV or XLSX')
    .option('--out <file>')
    .addOption(new Option('--format <format>', 'csv or xlsx').choices(['csv', 'xlsx']))
    .option('--partner <id>')
    .option('--provider <id>')
    .action(async (o: { out?: string; format?: string; partner?: string; provider?: string }) => {
      const format = formatOf(o.out, o.format);
      const file = await asSystem(async (ctx) =>
        render(
          await nominationSheet(ctx, { partner_id: o.partner?.toLowerCase(), provider_id: o.provider }),
          format,
        ),
      );
      await emit(file.body, o.out);
    });
  return nominations;
}

function printRound(round: RoundOut, json?: boolean) {
  if (json) return console.log(JSON.stringify(round));
  for (const d of round.decisions)
    console.log(
      `${d.iteration_id}  ${d.partner_id.padEnd(4)} ${d.person_name.padEnd(32)} ${d.outcome.padEnd(10)} ${d.reason}`,
    );
  console.log(
    `round ${round.id} (version ${round.version}) ${round.status}: ${round.accepted} accepted, ${round.waitlisted} wait-listed`,
  );
}

function roundsCommand(): Command {
  const rounds = new Command('rounds').description('Allocation rounds: propose, then apply');
  rounds
    .command('propose')
    .description('Propose a round over iterations (named, or the open ones of a provider and date window)')
    .option('--iterations <ids>', 'comma-separated iteration ids')
    .option('--provider <id>')
    .option('--from <date>')
    .option('--to <date>')
    .option('--cap <n>', 'seats one partner may hold per iteration')
    .option('--json')
    .action(
      async (o: {
        iterations?: string;
        provider?: string;
        from?: string;
        to?: string;
        cap?: string;
        json?: boolean;
      }) => {
        const input = parseOptions(
          roundCreate,
          {
            iteration_ids: listOption(o.iterations),
            provider_id: o.provider,
            from: o.from,
            to: o.to,
            partner_cap: numberOption(o.cap) ?? null,
          },
          { iteration_ids: '--iterations', provider_id: '--provider', partner_cap: '--cap' },
        );
        const round = await asSystem((ctx) => proposeRound(ctx, input));
        printRound(round, o.json);
      },
    );
  rounds
    .command('apply')
    .description('Apply a proposed round (refused if its nominations changed since)')
    .argument('<id>')
    .requiredOption('--version <n>', 'the version of the round you reviewed')
    .option('--json')
    .action(async (id: string, o: { version: string; json?: boolean }) => {
      const { version } = parseOptions(roundApply, { version: numberOption(o.version) });
      printRound(await asSystem((ctx) => applyRound(ctx, id, version)), o.json);
    });
  return rounds;
}

function calendarCommand(): Command {
  return new Command('calendar')
    .description(
      'An iCalendar feed: the menu, a partner’s nominations (--partner) or a provider’s iterations',
    )
    .option('--partner <id>', 'e.g. TJ')
    .option('--provider <id>')
    .option('--out <file>', 'write to this .ics file')
    .action(async (o: { partner?: string; provider?: string; out?: string }) => {
      const ics = await asSystem((ctx) =>
        o.partner
          ? partnerCalendar(ctx, o.partner.toLowerCase())
          : menuCalendar(ctx, { provider: o.provider }),
      );
      await emit(ics, o.out);
    });
}

/** Commands of the cooperation menu, exercises, nominations and allocation rounds. */
export function menuCommands(): Command[] {
  return [menuCommand(), nominationsCommand(), roundsCommand(), calendarCommand()];
}
