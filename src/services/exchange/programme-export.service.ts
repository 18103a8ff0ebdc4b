import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../domain/programmes/spreadsheet.js';
import type { ProgrammeOut, ReviewOut } from '../../schemas/programmes/programme.schema.js';
import { activitiesByIds, iterationsByIds } from '../../store/programmes/programme.repo.js';
import type { Ctx } from '../core/context.js';
import { htmlToPdf } from '../core/pdf-printer.js';
import { getProgramme } from '../programmes/programme.service.js';
import { reviewProgramme } from '../programmes/programme-review.service.js';

export type ExportFormat = 'csv' | 'xlsx' | 'html' | 'pdf' | 'json';
export interface ExportFile {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

const COLUMNS = [
  'objective_id',
  'objective',
  'objective_area',
  'objective_status',
  'goal_id',
  'goal',
  'goal_area',
  'goal_status',
  'activity_key',
  'activity_title',
  'activity_id',
  'iteration_id',
  'iteration_start',
  'priority',
] as const;
type Line = Record<(typeof COLUMNS)[number], string | number>;

/** One line per chosen activity; an objective or goal without any still gets its line. */
async function lines(ctx: Ctx, p: ProgrammeOut): Promise<Line[]> {
  const choices = p.content.objectives.flatMap((o) => o.goals.flatMap((g) => g.activities));
  const activities = new Map(
    (
      await activitiesByIds(
        ctx.db,
        choices.map((c) => c.activity_id),
      )
    ).map((a) => [a.id, a]),
  );
  const iterations = new Map(
    (
      await iterationsByIds(
        ctx.db,
        choices.flatMap((c) => (c.iteration_id ? [c.iteration_id] : [])),
      )
    ).map((i) => [i.id, i]),
  );
  const out: Line[] = [];
  const blank = {
    activity_key: '',
    activity_title: '',
    activity_id: '',
    iteration_id: '',
    iteration_start: '',
    priority: '',
  };
  for (const o of p.content.objectives) {
    const objective = {
      objective_id: o.id,
      objective: o.title,
      objective_area: o.area ?? '',
      objective_status: o.status,
    };
    if (o.goals.length === 0)
      out.push({ ...objective, goal_id: '', goal: '', goal_area: '', goal_status: '', ...blank });
    for (const g of o.goals) {
      const goal = { goal_id: g.id, goal: g.title, goal_area: g.area ?? '', goal_status: g.status };
      if (g.activities.length === 0) out.push({ ...objective, ...goal, ...blank });
      for (const a of g.activities) {
        const activity = activities.get(a.activity_id);
        out.push({
          ...objective,
          ...goal,
          activity_key: activity?.key ?? '',
          activity_title: activity?.title ?? '',
          activity_id: a.activity_id,
          iteration_id: a.iteration_id ?? '',
          iteration_start: a.iteration_id ? (iterations.get(a.iteration_id)?.start_date ?? '') : '',
          priority: a.priority,
        });
      }
    }
  }
  return out;
}

const esc = (s: unknown) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const STYLE = `body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:2em;color:#111}
h1{font-size:18pt}h2{font-size:14pt;margin-top:1.5em}table{border-collapse:collapse;width:100%;margin:.5em 0}
th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}th{background:#eee}
.meta{color:#444}.illustrative{color:#a00;font-weight:bold}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function header(p: ProgrammeOut): string {
  const signoff = (label: string, s: ProgrammeOut['organization_signoff']) =>
    s
      ? `<li>${label}: ${esc(s.by)}, ${esc(s.at.slice(0, 10))}, version ${s.version}, SHA-256 ${esc(s.hash)}</li>`
      : '';
  return `<h1>${esc(p.title)}</h1>
<p class="meta">${esc(p.kind)} of ${esc(p.partner_id)}, ${esc(p.content.period.start)} – ${esc(p.content.period.end)}; status ${esc(p.status)}; version ${p.content_version}</p>
${p.illustrative ? '<p class="illustrative">Illustrative content: not taken from a source.</p>' : ''}
<ul class="meta">${signoff('Approved by the organization', p.organization_signoff)}${signoff('Accepted by the partner', p.partner_signoff)}</ul>`;
}

export function programmeHtml(p: ProgrammeOut, rows: Line[]): string {
  const objectives = p.content.objectives
    .map((o) => {
      const goals = o.goals
        .map((g) => {
          const acts = rows.filter((r) => r.goal_id === g.id && r.activity_id !== '');
          const table = acts.length
            ? `<table><tr><th>Activity</th><th>Title</th><th>Iteration</th><th>Priority</th></tr>${acts
                .map(
                  (a) =>
                    `<tr><td>${esc(a.activity_key || a.activity_id)}</td><td>${esc(a.activity_title)}</td><td>${esc(a.iteration_start || a.iteration_id)}</td><td>${esc(a.priority)}</td></tr>`,
                )
                .join('')}</table>`
            : '<p>No activity chosen yet.</p>';
          return `<h3>Goal: ${esc(g.title)} [${esc(g.area ?? '–')}] (${esc(g.status)})</h3>${table}`;
        })
        .join('');
      return `<h2>Objective: ${esc(o.title)} [${esc(o.area ?? '–')}] (${esc(o.status)})</h2>${goals}`;
    })
    .join('');
  return page(p.title, `${header(p)}${objectives}`);
}

export function reviewHtml(p: ProgrammeOut, r: ReviewOut): string {
  const tally = (t: { planned: number; held: number; attended: number }) =>
    `<td>${t.planned}</td><td>${t.held}</td><td>${t.attended}</td>`;
  const areas = r.areas
    .map(
      (a) =>
        `<tr><td>${esc(a.code)}</td><td>${esc(a.name)}</td>${tally(a)}<td>${a.feedback}</td><td>${a.average_rating ?? '–'}</td></tr>`,
    )
    .join('');
  const objectives = r.objectives
    .map(
      (o) =>
        `<tr><td>${esc(o.title)}</td><td>${esc(o.area ?? '–')}</td><td>${esc(o.status)}</td>${tally(o)}</tr>`,
    )
    .join('');
  const feedback = r.feedback
    .map(
      (f) => `<tr><td>${esc(f.iteration_id)}</td><td>${f.rating}</td><td>${esc(f.comment ?? '')}</td></tr>`,
    )
    .join('');
  return page(
    `Review report: ${p.title}`,
    `${header(p)}<h2>Review report ${esc(r.period.start)} – ${esc(r.period.end)}</h2>
<p>Planned activities ${r.totals.planned}, held ${r.totals.held}, participants attended ${r.totals.attended}; feedback entries ${r.totals.feedback}, average rating ${r.totals.average_rating ?? '–'}.</p>
<h2>By area of cooperation</h2><table><tr><th>Area</th><th>Name</th><th>Planned</th><th>Held</th><th>Attended</th><th>Feedback</th><th>Rating</th></tr>${areas}</table>
<h2>By objective</h2><table><tr><th>Objective</th><th>Area</th><th>Status</th><th>Planned</th><th>Held</th><th>Attended</th></tr>${objectives}</table>
<h2>Participant feedback</h2>${feedback ? `<table><tr><th>Iteration</th><th>Rating</th><th>Comment</th></tr>${feedback}</table>` : '<p>None recorded.</p>'}`,
  );
}

/** A programme's objectives and activities (csv, xlsx), or its document or review report (html, pdf). */
export async function exportProgramme(
  ctx: Ctx,
  id: string,
  format: ExportFormat,
  report: 'programme' | 'review' = 'programme',
): Promise<ExportFile> {
  const p = await getProgramme(ctx, id);
  const base = report === 'review' ? `${p.id}-review` : p.id;
  if (format === 'json') {
    const body = report === 'review' ? await reviewProgramme(ctx, id) : p;
    return { contentType: 'application/json', filename: `${base}.json`, body: JSON.stringify(body, null, 2) };
  }
  if (format === 'csv' || format === 'xlsx') {
    const rows = await lines(ctx, p);
    if (format === 'csv') {
      const body = stringify(
        rows.map((r) => COLUMNS.map((c) => (typeof r[c] === 'string' ? neutralizeFormula(r[c]) : r[c]))),
        { header: true, columns: [...COLUMNS] },
      );
      return { contentType: 'text/csv; charset=utf-8', filename: `${p.id}.csv`, body };
    }
    const book = new (await import('exceljs')).default.Workbook();
    book.creator = 'Concord';
    const sheet = book.addWorksheet('Programme');
    sheet.columns = COLUMNS.map((c) => ({
      header: c,
      key: c,
      width: c.endsWith('title') || c === 'objective' || c === 'goal' ? 40 : 16,
    }));
    // Values are written as typed string cells, which a spreadsheet never runs as formulas, so they
    // stay as typed: an apostrophe (the CSV guard) would show inside the cell, as the nominations
    // XLSX rightly does not.
    for (const r of rows) sheet.addRow(Object.fromEntries(COLUMNS.map((c) => [c, r[c]])));
    sheet.getRow(1).font = { bold: true };
    const body = Buffer.from(await book.xlsx.writeBuffer());
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `${p.id}.xlsx`,
      body,
    };
  }
  const html =
    report === 'review'
      ? reviewHtml(p, await reviewProgramme(ctx, id))
      : programmeHtml(p, await lines(ctx, p));
  if (format === 'html')
    return { contentType: 'text/html; charset=utf-8', filename: `${base}.html`, body: html };
  return {
    contentType: 'application/pdf',
    filename: `${base}.pdf`,
    body: await htmlToPdf(html, { top: '15mm', bottom: '15mm' }),
  };
}
