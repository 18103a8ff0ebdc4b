import type { Dossier } from '../../schemas/insight/dossier.schema.js';
import { formatDate, translator } from '../core/i18n/i18n.js';
import { htmlToPdf } from '../core/pdf-printer.js';

const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * A cell: `date` cells never wrap (a PDF used to break "1992-03-" from "10"); `content` is text people
 * wrote (actions, topics, titles), shown as written and marked translate="no"; `html` is already escaped.
 */
type Cell = string | number | { date: string | null | undefined } | { content: string } | { html: string };

/** The briefing pack as a standalone HTML page in the dossier's language; every value is escaped. */
export function dossierHtml(d: Dossier, options: { banner?: boolean } = {}): string {
  const t = translator(d.lang);
  const date = (v: string | null | undefined) => formatDate(v, d.lang);
  const col = (key: string) => t(`dossier.columns.${key}`);
  const cell = (c: Cell) =>
    typeof c !== 'object'
      ? `<td>${esc(c)}</td>`
      : 'date' in c
        ? `<td class="date">${esc(date(c.date))}</td>`
        : 'content' in c
          ? `<td translate="no">${esc(c.content)}</td>`
          : `<td>${c.html}</td>`;
  const table = (head: string[], rows: Cell[][]) =>
    rows.length === 0
      ? `<p class="none">${esc(t('dossier.none'))}</p>`
      : `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(col(h))}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
          .join('')}</tbody></table>`;
  const section = (key: string, body: string) =>
    `<section><h2>${esc(t(`dossier.sections.${key}`, { date: date(d.on) }))}</h2>${body}</section>`;
  // The PDF also prints it in every page's header and footer (dossierPdf).
  const banner =
    options.banner === false
      ? ''
      : `<p class="marking marking-${esc(d.marking.level)}" role="note">${esc(d.marking.label)}</p>`;
  return `<!doctype html>
<html lang="${esc(d.lang)}"><head><meta charset="utf-8"><title>${esc(t('dossier.title', { partner: d.partner.name }))} (${esc(date(d.on))})</title>
<style>
body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:2rem;color:#1a1a1a;font-size:11pt}
h1{font-size:1.6rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
td.date{white-space:nowrap}
.none{color:#555}
.marking{font-weight:700;text-align:center;border:2px solid #8a1c1c;color:#8a1c1c;padding:.2rem;letter-spacing:.04em}
.marking-public{border-color:#2b5b2b;color:#2b5b2b}
</style></head><body>
${banner}
<h1>${esc(t('dossier.title', { partner: d.partner.name }))}</h1>
<p>${esc(t('dossier.asOf', { date: date(d.on) }))}</p>
${section(
  'memberships',
  table(
    ['organization', 'from', 'to', 'status'],
    d.memberships.map((m) => [m.organization, { date: m.start_date }, { date: m.end_date }, m.status_label]),
  ),
)}
${section(
  'timeline',
  table(
    ['date', 'event'],
    d.timeline.map((e) => [
      { date: e.date },
      e.content && e.label.includes(e.content)
        ? {
            html: e.label
              .split(e.content)
              .map(esc)
              .join(`<span translate="no">${esc(e.content)}</span>`),
          }
        : e.label,
    ]),
  ),
)}
${section(
  'people',
  table(
    ['side', 'post', 'holder'],
    d.people.map((p) => [p.side_label, p.post, p.holder_label]),
  ),
)}
${section(
  'programmes',
  table(
    ['programme', 'from', 'to', 'status', 'areas'],
    d.programmes.map((p) => [
      p.name,
      { date: p.period.start },
      { date: p.period.end },
      p.status_label,
      p.areas
        .map((a) => t('dossier.areaCount', { area: a.name, held: a.held, planned: a.planned }))
        .join('; '),
    ]),
  ),
)}
${section(
  'exercises',
  table(
    ['date', 'exercise', 'role'],
    d.exercises.map((e) => [{ date: e.start_date }, { content: e.title }, e.role_label]),
  ),
)}
${section(
  'meetings',
  table(
    ['date', 'place', 'participants', 'topics'],
    d.meetings.map((m) => [
      { date: m.date },
      m.place_label,
      m.participants
        .flatMap((p) =>
          p.name ? [p.post ? t('dossier.personAt', { name: p.name, post: p.post }) : p.name] : [],
        )
        .join('; '),
      { content: m.topics.join('; ') },
    ]),
  ),
)}
${section(
  'followUps',
  table(
    ['action', 'owner', 'due', 'state'],
    d.follow_ups.map((f) => [
      { content: f.action },
      { content: f.owner ?? '' },
      { date: f.due_date },
      f.due_label,
    ]),
  ),
)}
${section(
  'cadence',
  table(
    ['channel', 'lastContact', 'interval', 'overdue'],
    d.cadence.map((c) => [
      c.channel_label,
      { date: c.last_contact },
      c.interval_label,
      t(c.overdue ? 'dossier.yes' : 'dossier.no'),
    ]),
  ),
)}
${section(
  'conflicts',
  table(
    ['record', 'field', 'claims'],
    d.conflicts.map((c) => [
      c.subject_label,
      c.field_label,
      {
        html: c.claims
          .map((k) =>
            esc(t('dossier.claim', { value: k.value_label, source: '\u0000' })).replace(
              '\u0000',
              `<cite translate="no">${esc(k.source_title)}</cite>`,
            ),
          )
          .join('; '),
      },
    ]),
  ),
)}
${banner}
</body></html>`;
}

/**
 * The briefing pack as a tagged PDF with an outline, printed by the shared headless Chromium: the
 * marking banner heads and foots every page, with the page number.
 */
export async function dossierPdf(d: Dossier): Promise<Buffer> {
  const t = translator(d.lang);
  const style = 'font-family:system-ui,"DejaVu Sans",sans-serif;font-size:9px;width:100%;text-align:center;';
  const marking = `<div style="${style}font-weight:700;color:#8a1c1c">${esc(d.marking.label)}</div>`;
  return htmlToPdf(
    dossierHtml(d),
    { top: '1.6cm', bottom: '1.6cm', left: '1cm', right: '1cm' },
    {
      header: marking,
      footer: `<div style="${style}"><span style="font-weight:700;color:#8a1c1c">${esc(
        d.marking.label,
      )}</span> · ${esc(t('dossier.page'))} <span class="pageNumber"></span> ${esc(t('dossier.of'))} <span class="totalPages"></span></div>`,
    },
  );
}
