import { stringify } from 'csv-stringify/sync';
import { neutralizeFormula } from '../../domain/programmes/spreadsheet.js';
import { nameOn } from '../../domain/registry/names.js';
import type { ProgrammeOut, ReviewOut } from '../../schemas/programmes/programme.schema.js';
import { activitiesByIds, iterationsByIds } from '../../store/programmes/programme.repo.js';
import { displayNamesOf } from '../../store/trust/account.repo.js';
import type { Ctx } from '../core/context.js';
import { type DocLang, formatDate, translator } from '../core/i18n/i18n.js';
import { htmlToPdf } from '../core/pdf-printer.js';
import { today } from '../core/today.js';
import { getProgramme } from '../programmes/programme.service.js';
import { reviewProgramme } from '../programmes/programme-review.service.js';
import { listAreaPage } from '../registry/area.service.js';
import { getOrganization } from '../registry/organization.service.js';

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
td.date,.nowrap{white-space:nowrap}.hash{font-family:monospace;font-size:8pt;word-break:break-all}
.meta{color:#444}.illustrative{color:#a00;font-weight:bold}`;

/**
 * What a programme document needs besides the programme to speak to its reader: the language, the
 * partner's name in it, the signers' names and the areas' names (never their ids or codes).
 */
export interface DocumentWords {
  lang: DocLang;
  partner: string;
  signers: Map<string, string>;
  areas: Map<string, string>;
}

async function wordsFor(ctx: Ctx, p: ProgrammeOut, lang: DocLang): Promise<DocumentWords> {
  const partner = await getOrganization(ctx, p.partner_id).catch(() => null);
  const signoffs = [
    p.organization_signoff,
    p.partner_signoff,
    p.amendment?.organization_signoff,
    p.amendment?.partner_signoff,
  ];
  const ids = [...new Set(signoffs.flatMap((s) => (s ? [s.by] : [])))];
  return {
    lang,
    partner: partner ? (nameOn(partner.names, today(), lang) ?? partner.name) : p.partner_id,
    signers: await displayNamesOf(ctx.db, ids),
    areas: new Map(
      (await listAreaPage(ctx, { limit: 500, offset: 0 })).items.map((a) => [
        a.code,
        a.names[lang] ?? a.names.en ?? a.code,
      ]),
    ),
  };
}

function page(lang: DocLang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

function header(p: ProgrammeOut, w: DocumentWords): string {
  const t = translator(w.lang);
  const date = (d: string) => formatDate(d, w.lang);
  const signoff = (side: string, s: ProgrammeOut['organization_signoff']) =>
    s
      ? `<li>${esc(
          t('programme.document.signoff', {
            side: t(`programme.document.${side}`),
            name: '\u0000',
            date: date(s.at.slice(0, 10)),
            version: s.version,
          }),
        ).replace(
          '\u0000',
          // An account's name is as its administrator wrote it.
          `<span translate="no">${esc(w.signers.get(s.by) ?? t('programme.document.unknownSigner'))}</span>`,
        )}<br><span class="hash">${esc(t('programme.document.hash', { hash: s.hash }))}</span></li>`
      : '';
  return `<h1 translate="no">${esc(p.title)}</h1>
<p class="meta">${esc(
    t('programme.document.meta', {
      kind: t(`programme.kinds.${p.kind}`),
      partner: w.partner,
      from: date(p.content.period.start),
      until: date(p.content.period.end),
    }),
  )}<br>${esc(t('programme.document.status', { status: t(`programme.status.${p.status}`) }))} · ${esc(
    t('programme.document.version', { version: p.content_version }),
  )}</p>
${p.illustrative ? `<p class="illustrative">${esc(t('programme.document.illustrative'))}</p>` : ''}
<ul class="meta">${signoff('approved', p.organization_signoff)}${signoff('accepted', p.partner_signoff)}</ul>`;
}

const PRIORITY = { 1: 'high', 2: 'medium', 3: 'low' } as Record<number, string>;

export function programmeHtml(p: ProgrammeOut, rows: Line[], w: DocumentWords): string {
  const t = translator(w.lang);
  const col = (k: string) => `<th scope="col">${esc(t(`programme.document.columns.${k}`))}</th>`;
  const area = (code: string | null) =>
    esc(
      code
        ? t('programme.document.area', { area: w.areas.get(code) ?? code })
        : t('programme.document.noArea'),
    );
  const status = (s: string) => esc(t(`programme.document.itemStatus.${s}`, { defaultValue: s }));
  const objectives = p.content.objectives
    .map((o) => {
      const goals = o.goals
        .map((g) => {
          const acts = rows.filter((r) => r.goal_id === g.id && r.activity_id !== '');
          const table = acts.length
            ? `<table><tr>${col('activity')}${col('title')}${col('iteration')}${col('priority')}</tr>${acts
                .map(
                  (a) =>
                    `<tr><td class="nowrap">${esc(a.activity_key)}</td><td translate="no">${esc(a.activity_title)}</td><td class="date">${esc(
                      a.iteration_start
                        ? formatDate(String(a.iteration_start), w.lang)
                        : t('programme.document.anyIteration'),
                    )}</td><td>${esc(t(`programme.document.priority.${PRIORITY[Number(a.priority)] ?? 'medium'}`))}</td></tr>`,
                )
                .join('')}</table>`
            : `<p>${esc(t('programme.document.noActivity'))}</p>`;
          return `<h3>${esc(t('programme.document.goal', { title: '\u0000' })).replace('\u0000', `<span translate="no">${esc(g.title)}</span>`)}</h3><p class="meta">${area(g.area)} · ${status(g.status)}</p>${table}`;
        })
        .join('');
      return `<h2>${esc(t('programme.document.objective', { title: '\u0000' })).replace('\u0000', `<span translate="no">${esc(o.title)}</span>`)}</h2><p class="meta">${area(o.area)} · ${status(o.status)}</p>${goals}`;
    })
    .join('');
  return page(w.lang, p.title, `${header(p, w)}${objectives}`);
}

export function reviewHtml(
  p: ProgrammeOut,
  r: ReviewOut,
  w: DocumentWords,
  starts: Map<string, string> = new Map(),
): string {
  const t = translator(w.lang);
  const col = (k: string) => `<th scope="col">${esc(t(`programme.document.columns.${k}`))}</th>`;
  const tally = (x: { planned: number; held: number; attended: number }) =>
    `<td>${x.planned}</td><td>${x.held}</td><td>${x.attended}</td>`;
  const areas = r.areas
    .map(
      (a) =>
        `<tr><td>${esc(w.areas.get(a.code) ?? a.name)}</td>${tally(a)}<td>${a.feedback}</td><td>${a.average_rating ?? '–'}</td></tr>`,
    )
    .join('');
  const objectives = r.objectives
    .map(
      (o) =>
        `<tr><td translate="no">${esc(o.title)}</td><td>${esc(o.area ? (w.areas.get(o.area) ?? o.area) : '–')}</td><td>${esc(
          t(`programme.document.itemStatus.${o.status}`, { defaultValue: o.status }),
        )}</td>${tally(o)}</tr>`,
    )
    .join('');
  const feedback = r.feedback
    .map(
      (f) =>
        `<tr><td class="date">${esc(formatDate(starts.get(f.iteration_id) ?? null, w.lang) || '–')}</td><td>${f.rating}</td><td translate="no">${esc(f.comment ?? '')}</td></tr>`,
    )
    .join('');
  const date = (d: string) => formatDate(d, w.lang);
  return page(
    w.lang,
    t('programme.document.reviewTitle', { title: p.title }),
    `${header(p, w)}<h2>${esc(t('programme.document.review', { from: date(r.period.start), until: date(r.period.end) }))}</h2>
<p>${esc(
      t('programme.document.totals', {
        planned: r.totals.planned,
        held: r.totals.held,
        attended: r.totals.attended,
        feedback: r.totals.feedback,
        rating: r.totals.average_rating ?? '–',
      }),
    )}</p>
<h2>${esc(t('programme.document.byArea'))}</h2><table><tr>${col('area')}${col('planned')}${col('held')}${col('attended')}${col('feedback')}${col('rating')}</tr>${areas}</table>
<h2>${esc(t('programme.document.byObjective'))}</h2><table><tr>${col('objective')}${col('area')}${col('status')}${col('planned')}${col('held')}${col('attended')}</tr>${objectives}</table>
<h2>${esc(t('programme.document.feedback'))}</h2>${feedback ? `<table><tr>${col('iteration')}${col('rating')}${col('comment')}</tr>${feedback}</table>` : `<p>${esc(t('programme.document.noFeedback'))}</p>`}`,
  );
}

async function reviewDocument(ctx: Ctx, p: ProgrammeOut, words: DocumentWords): Promise<string> {
  const review = await reviewProgramme(ctx, p.id);
  const iterations = await iterationsByIds(
    ctx.db,
    review.feedback.map((f) => f.iteration_id),
  );
  return reviewHtml(p, review, words, new Map(iterations.map((i) => [i.id, i.start_date])));
}

/** A programme's objectives and activities (csv, xlsx), or its document or review report (html, pdf). */
export async function exportProgramme(
  ctx: Ctx,
  id: string,
  format: ExportFormat,
  report: 'programme' | 'review' = 'programme',
  lang: DocLang = 'en',
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
  const words = await wordsFor(ctx, p, lang);
  const html =
    report === 'review' ? await reviewDocument(ctx, p, words) : programmeHtml(p, await lines(ctx, p), words);
  if (format === 'html')
    return { contentType: 'text/html; charset=utf-8', filename: `${base}.html`, body: html };
  return {
    contentType: 'application/pdf',
    filename: `${base}.pdf`,
    body: await htmlToPdf(html, { top: '15mm', bottom: '15mm' }),
  };
}
