import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { placeName } from '../../../domain/registry/place-names.js';
import { useLang } from '../../core/components/common.js';
import type { TimelineEvent } from '../../core/components/MembershipTimeline.js';
import { firstDay, formatPartialDate } from '../../core/i18n/format.js';
import { type Dossier, meetingsQuery } from '../../dialogue/api.js';

// Dark enough to stand out on white (≥ 3:1 for graphics).
const PROGRAMME = '#5f3dc4';
const MEETING = '#e8590c';
const EXERCISE = '#087f5b';

/** The partner's programmes, meetings and exercises as entries of its timeline. */
export function usePartnerTimeline(partnerId: string, dossier: Dossier | undefined, enabled: boolean) {
  const { t } = useTranslation();
  const lang = useLang();
  const meetings = useQuery({ ...meetingsQuery({ partner_id: partnerId, limit: 500 }), enabled });
  const date = (d: string) => formatPartialDate(d, lang);
  const events: TimelineEvent[] = [];
  if (!enabled) return events;
  for (const p of dossier?.programmes ?? []) {
    events.push({
      row: t('dialogue.timeline.rows.programmes'),
      from: p.period.start,
      until: p.period.end,
      label: p.kind,
      description: t('dialogue.timeline.programme', {
        kind: p.kind,
        from: date(p.period.start),
        until: date(p.period.end),
      }),
      colour: PROGRAMME,
    });
  }
  for (const m of [...(meetings.data?.items ?? [])].reverse()) {
    const who = m.participants
      .map((p) => p.name)
      .filter(Boolean)
      .join(', ');
    events.push({
      row: t('dialogue.timeline.rows.meetings'),
      from: firstDay(m.start_date),
      description: t(who ? 'dialogue.timeline.meetingWith' : 'dialogue.timeline.meeting', {
        kind: t(`dialogue.kinds.${m.kind}`),
        date: date(m.date),
        place: (m.place.city && placeName(m.place.city, lang)) ?? m.place.venue ?? '—',
        who,
      }),
      colour: MEETING,
    });
  }
  for (const e of dossier?.exercises ?? []) {
    events.push({
      row: t('dialogue.timeline.rows.exercises'),
      from: e.start_date,
      description: t(
        e.role === 'host' ? 'dialogue.timeline.exerciseHosted' : 'dialogue.timeline.exerciseJoined',
        {
          title: e.title,
          date: date(e.start_date),
        },
      ),
      written: e.title,
      colour: EXERCISE,
    });
  }
  return events;
}
