import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../domain/menu/spreadsheet-cell.js';
import { assertCanRead } from '../../domain/trust/access.js';
import { activityCreate, iterationCreate } from '../../schemas/menu/menu.schema.js';
import { type ActivityFilter, iterationsByDate, listActivities } from '../../store/menu/menu.repo.js';
import { allNominations, type NominationFilter } from '../../store/nominations/nomination.repo.js';
import type { Ctx } from '../core/context.js';
import { presentNominations } from '../nominations/nomination.service.js';

export type ExportFormat = 'csv' | 'xlsx';
type Cell = string | number | null;
export interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

const EVERYTHING = 1_000_000;
const DATE_COLUMNS = new Set(['start_date', 'end_date', 'deadline']);

type MenuFilter = ActivityFilter & { eligibility?: string | undefined };

/** The activities the reader may see, with the export's own eligibility filter, and their iterations. */
async function menuRecords(ctx: Ctx, filter: MenuFilter) {
  assertCanRead(ctx.actor, 'activity');
  const { eligibility, ...listed } = filter;
  const { rows: all } = await listActivities(ctx.db, ctx.actor, listed, EVERYTHING, 0);
  // the export's own filter (issue 17: it was accepted and ignored)
  const activities = eligibility ? all.filter((a) => a.eligibility === eligibility) : all;
  const iterations = await iterationsByDate(ctx.db, ctx.actor, {});
  const byActivity = new Map<string, typeof iterations>();
  for (const it of iterations)
    byActivity.set(it.activity_id, [...(byActivity.get(it.activity_id) ?? []), it]);
  return { activities, byActivity };
}

/** A JSON list column as the import reads it back: space-separated. */
const list = (json: string) => (JSON.parse(json) as string[]).join(' ');

/** One row per iteration (an activity without iterations: one row with the iteration cells empty). */
export async function menuSheet(ctx: Ctx, filter: MenuFilter = {}): Promise<Sheet> {
  const { activities, byActivity } = await menuRecords(ctx, filter);
  const columns = [
    'key',
    'title',
    'provider_id',
    'area_code',
    'event_type',
    'eligibility',
    'languages',
    'fee',
    'contact',
    'iteration_id',
    'start_date',
    'end_date',
    'city',
    'country_id',
    'seats',
    'deadline',
    'status',
  ];
  const rows: Cell[][] = [];
  for (const a of activities) {
    const head: Cell[] = [
      a.key,
      a.title,
      a.provider_id,
      a.area_code,
      a.event_type,
      a.eligibility,
      list(a.languages),
      a.fee,
      a.contact,
    ];
    const its = byActivity.get(a.id) ?? [];
    if (its.length === 0) rows.push([...head, null, null, null, null, null, null, null, null]);
    for (const it of its)
      rows.push([
        ...head,
        it.id,
        it.start_date,
        it.end_date,
        it.city,
        it.country_id,
        it.seats,
        it.deadline,
        it.status,
      ]);
  }
  return { name: 'Menu', columns, rows };
}

/** A stored value as the import reads it back: JSON lists space-separated, flags as true/false. */
function importCell(column: string, value: unknown): Cell {
  if (typeof value === 'string' && LIST_COLUMNS.has(column)) return list(value);
  if (column === 'illustrative') return value ? 'true' : 'false';
  return (value ?? null) as Cell;
}
const LIST_COLUMNS = new Set(['eligible_partners', 'languages', 'releasable_to']);

/** The columns of a create schema, in its order: the sheet is the import's own input. */
const columnsOf = (schema: { shape: object }, leave: string[] = []) =>
  Object.keys(schema.shape).filter((c) => !leave.includes(c));

/**
 * The activities as `import menu activities` reads them: the create schema's columns, one row per
 * activity, so that an export imported into another Concord gives the same export back.
 */
export async function activitiesSheet(ctx: Ctx, filter: MenuFilter = {}): Promise<Sheet> {
  const { activities } = await menuRecords(ctx, filter);
  const columns = columnsOf(activityCreate);
  return {
    name: 'Activities',
    columns,
    rows: activities.map((a) => columns.map((c) => importCell(c, a[c as keyof typeof a]))),
  };
}

/**
 * The iterations of those activities as `import menu iterations` reads them (exercise details, which
 * have their own shape, travel through the API, not the sheet).
 */
export async function iterationsSheet(ctx: Ctx, filter: MenuFilter = {}): Promise<Sheet> {
  const { activities, byActivity } = await menuRecords(ctx, filter);
  const columns = columnsOf(iterationCreate, ['exercise']);
  return {
    name: 'Iterations',
    columns,
    rows: activities.flatMap((a) =>
      (byActivity.get(a.id) ?? []).map((it) => columns.map((c) => importCell(c, it[c as keyof typeof it]))),
    ),
  };
}

export async function nominationSheet(ctx: Ctx, filter: NominationFilter = {}): Promise<Sheet> {
  assertCanRead(ctx.actor, 'nomination');
  const rows = await allNominations(ctx.db, ctx.actor, filter, 'sheet');
  const items = await presentNominations(ctx, rows);
  return {
    name: 'Nominations',
    columns: [
      'id',
      'activity_id',
      'activity_title',
      'iteration_id',
      'start_date',
      'person_id',
      'person_name',
      'partner_id',
      'priority',
      'rank',
      'status',
      'reason',
      'note',
    ],
    rows: items.map((n) => [
      n.id,
      n.activity_id,
      n.activity_title,
      n.iteration_id,
      n.start_date,
      n.person_id,
      n.person_name,
      n.partner_id,
      n.priority,
      n.rank,
      n.status,
      n.reason,
      n.note,
    ]),
  };
}

export function sheetToCsv(sheet: Sheet): string {
  const safe = sheet.rows.map((r) => r.map((c) => (typeof c === 'string' ? neutralizeFormula(c) : c)));
  return stringify([sheet.columns, ...safe]);
}

export async function sheetToXlsx(sheet: Sheet): Promise<Buffer> {
  const book = new (await import('exceljs')).default.Workbook();
  book.creator = 'Concord';
  const ws = book.addWorksheet(sheet.name);
  ws.addRow(sheet.columns).font = { bold: true };
  // Strings stay strings: exceljs writes them as shared text, never as formulas. Days in the date
  // columns are dates (a spreadsheet sorts and filters them as such), shown as YYYY-MM-DD.
  const dateColumns = sheet.columns.flatMap((c, i) => (DATE_COLUMNS.has(c) ? [i] : []));
  for (const r of sheet.rows)
    ws.addRow(
      r.map((c, i) =>
        typeof c === 'string' && dateColumns.includes(i) && /^\d{4}-\d{2}-\d{2}$/.test(c)
          ? new Date(`${c}T00:00:00Z`)
          : (c ?? ''),
      ),
    );
  for (const i of dateColumns) ws.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function render(
  sheet: Sheet,
  format: ExportFormat,
): Promise<{ body: string | Buffer; type: string }> {
  return format === 'csv'
    ? { body: sheetToCsv(sheet), type: 'text/csv; charset=utf-8' }
    : {
        body: await sheetToXlsx(sheet),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
}
