import { htmlToPdf } from '../core/pdf-printer.js';
import type { Dossier } from './dossier.service.js';

const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function table(head: string[], rows: unknown[][]): string {
  if (rows.length === 0) return '<p class="none">None.</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The briefing pack as a standalone HTML page; every value is escaped. */
export function dossierHtml(d: Dossier): string {
  const section = (title: string, body: string) => `<section><h2>${esc(title)}</h2>${body}</section>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Briefing: ${esc(d.partner.name)} (${esc(d.on)})</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;font-size:11pt}
h1{font-size:1.6rem}h2{font-size:1.15rem;border-bottom:1px solid #999;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
.none{color:#666}
</style></head><body>
<h1>Briefing: ${esc(d.partner.name)}</h1>
<p>As of ${esc(d.on)}</p>
${section(
  'Memberships',
  table(
    ['Organization', 'From', 'To', 'Status'],
    d.memberships.map((m) => [m.organization, m.start_date, m.end_date ?? '', m.status]),
  ),
)}
${section(
  'Timeline',
  table(
    ['Date', 'Event'],
    d.timeline.map((t) => [t.date, t.label]),
  ),
)}
${section(
  'Office holders',
  table(
    ['Side', 'Post', 'Holder'],
    d.people.map((p) => [p.side, p.post, p.name ?? 'vacant']),
  ),
)}
${section(
  'Programmes',
  table(
    ['Programme', 'Period', 'Status', 'Areas'],
    d.programmes.map((p) => [
      p.kind,
      `${p.period.start} – ${p.period.end}`,
      p.status,
      p.areas.map((a) => `${a.code}: ${a.held}/${a.planned}`).join(', '),
    ]),
  ),
)}
${section(
  'Exercises',
  table(
    ['Year', 'Exercise', 'Role'],
    d.exercises.map((e) => [e.year, e.title, e.role]),
  ),
)}
${section(
  'Recent meetings',
  table(
    ['Date', 'Place', 'Participants', 'Topics'],
    d.meetings.map((m) => [
      m.date,
      [m.place.city, m.place.country].filter(Boolean).join(', '),
      m.participants.map((p) => [p.name, p.post].filter(Boolean).join(', ')).join('; '),
      m.topics.join('; '),
    ]),
  ),
)}
${section(
  'Open follow-ups',
  table(
    ['Action', 'Owner', 'Due', 'State'],
    d.follow_ups.map((f) => [f.action, f.owner ?? '', f.due_date ?? '', f.due_state]),
  ),
)}
${section(
  'Dialogue cadence',
  table(
    ['Channel', 'Last contact', 'Typical interval (days)', 'Overdue'],
    d.cadence.map((c) => [
      c.channel,
      c.last_contact ?? '',
      c.typical_interval_days ?? '',
      c.overdue ? 'yes' : 'no',
    ]),
  ),
)}
${section(
  'Open conflicts between sources',
  table(
    ['Record', 'Field', 'Claims'],
    d.conflicts.map((c) => [
      c.subject_label,
      c.field,
      c.claims.map((k) => `${k.value} (${k.source_title})`).join('; '),
    ]),
  ),
)}
</body></html>`;
}

/** The briefing pack as PDF, printed by the shared headless Chromium from the HTML page. */
export async function dossierPdf(d: Dossier): Promise<Buffer> {
  return htmlToPdf(dossierHtml(d), { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' });
}
