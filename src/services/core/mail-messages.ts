import type { Locale } from '../../schemas/trust/account.schema.js';

/**
 * The words of the notifications Concord e-mails, in each language an account may choose. A
 * message is written in the recipient's language when it is queued (services/core/mail-render.ts);
 * the web app's catalogues are not used, since the server does not ship them.
 */
export type MailKind = 'follow_up.assigned' | 'follow_up.reassigned' | 'follow_up.due_tomorrow';

export interface FollowUpMailFacts {
  action: string;
  note: string | null;
  due: string | null;
  partner: string;
  meetingDate: string;
  /** who made the change (absent for reminders, which nobody writes) */
  by: string | null;
  link: string;
}

interface Words {
  subject: Record<MailKind, (f: FollowUpMailFacts) => string>;
  lead: Record<MailKind, (f: FollowUpMailFacts) => string>;
  due: string;
  noDue: string;
  note: string;
  meeting: (f: FollowUpMailFacts) => string;
  open: string;
  footer: string;
}

const EN: Words = {
  subject: {
    'follow_up.assigned': (f) => `Follow-up assigned to you: ${f.action}`,
    'follow_up.reassigned': (f) => `Follow-up reassigned to you: ${f.action}`,
    'follow_up.due_tomorrow': (f) => `Follow-up due tomorrow: ${f.action}`,
  },
  lead: {
    'follow_up.assigned': (f) => `${f.by ?? 'Concord'} assigned you a follow-up.`,
    'follow_up.reassigned': (f) => `${f.by ?? 'Concord'} reassigned a follow-up to you.`,
    'follow_up.due_tomorrow': () => 'A follow-up assigned to you is due tomorrow.',
  },
  due: 'Due',
  noDue: 'No due date',
  note: 'Note',
  meeting: (f) => `From the meeting with ${f.partner} on ${f.meetingDate}`,
  open: 'Open the follow-up',
  footer: 'You receive this because the follow-up is assigned to you in Concord.',
};

const FR: Words = {
  subject: {
    'follow_up.assigned': (f) => `Suivi qui vous est confié : ${f.action}`,
    'follow_up.reassigned': (f) => `Suivi qui vous est réattribué : ${f.action}`,
    'follow_up.due_tomorrow': (f) => `Suivi à échéance demain : ${f.action}`,
  },
  lead: {
    'follow_up.assigned': (f) => `${f.by ?? 'Concord'} vous a confié un suivi.`,
    'follow_up.reassigned': (f) => `${f.by ?? 'Concord'} vous a réattribué un suivi.`,
    'follow_up.due_tomorrow': () => 'Un suivi qui vous est confié arrive à échéance demain.',
  },
  due: 'Échéance',
  noDue: 'Sans échéance',
  note: 'Remarque',
  meeting: (f) => `Issu de la rencontre avec ${f.partner} du ${f.meetingDate}`,
  open: 'Ouvrir le suivi',
  footer: 'Vous recevez ce message parce que ce suivi vous est confié dans Concord.',
};

const RU: Words = {
  subject: {
    'follow_up.assigned': (f) => `Вам поручено: ${f.action}`,
    'follow_up.reassigned': (f) => `Вам передано поручение: ${f.action}`,
    'follow_up.due_tomorrow': (f) => `Срок поручения истекает завтра: ${f.action}`,
  },
  lead: {
    'follow_up.assigned': (f) => `${f.by ?? 'Concord'} поручил(а) вам задачу.`,
    'follow_up.reassigned': (f) => `${f.by ?? 'Concord'} передал(а) вам поручение.`,
    'follow_up.due_tomorrow': () => 'Срок порученной вам задачи истекает завтра.',
  },
  due: 'Срок',
  noDue: 'Без срока',
  note: 'Примечание',
  meeting: (f) => `По итогам встречи с ${f.partner} ${f.meetingDate}`,
  open: 'Открыть поручение',
  footer: 'Вы получили это письмо, потому что поручение назначено вам в Concord.',
};

export const MAIL_WORDS: Record<Locale, Words> = { en: EN, fr: FR, ru: RU };

/** Intl's names of the languages, for dates written out in the recipient's language. */
export const MAIL_DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };
