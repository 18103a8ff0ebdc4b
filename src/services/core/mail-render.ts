import type { Locale } from '../../schemas/trust/account.schema.js';
import { type FollowUpMailFacts, MAIL_DATE_LOCALE, MAIL_WORDS, type MailKind } from './mail-messages.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** A full date (YYYY-MM-DD) as the recipient writes it: "4 décembre 2026". */
export function mailDate(date: string, locale: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(MAIL_DATE_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/**
 * A follow-up notification in the recipient's language, as plain text and as HTML with the same
 * content. The facts given are already those the recipient may read (the caller presents the
 * follow-up as the recipient); this only writes them.
 */
export function renderFollowUpMail(kind: MailKind, locale: Locale, facts: FollowUpMailFacts): RenderedMail {
  const w = MAIL_WORDS[locale];
  const f = {
    ...facts,
    due: facts.due ? mailDate(facts.due, locale) : null,
    meetingDate: mailDate(facts.meetingDate, locale),
  };
  const subject = w.subject[kind](f);
  const lines = [
    w.lead[kind](f),
    '',
    f.action,
    `${w.due}: ${f.due ?? w.noDue}`,
    w.meeting(f),
    ...(f.note ? [`${w.note}: ${f.note}`] : []),
    '',
    `${w.open}: ${f.link}`,
    '',
    '--',
    w.footer,
  ];
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>`,
    `<p>${escapeHtml(w.lead[kind](f))}</p>`,
    `<p><strong>${escapeHtml(f.action)}</strong></p>`,
    '<ul>',
    `<li>${escapeHtml(w.due)}: ${escapeHtml(f.due ?? w.noDue)}</li>`,
    `<li>${escapeHtml(w.meeting(f))}</li>`,
    ...(f.note ? [`<li>${escapeHtml(w.note)}: ${escapeHtml(f.note)}</li>`] : []),
    '</ul>',
    `<p><a href="${escapeHtml(f.link)}">${escapeHtml(w.open)}</a></p>`,
    `<p style="color:#666">${escapeHtml(w.footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text: lines.join('\n'), html };
}
