import { useTranslation } from 'react-i18next';
import { placeName } from '../../domain/registry/place-names.js';
import { PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
import { type Column, DataTable, dateColumn } from '../core/components/DataTable.js';
import { countryName } from '../core/i18n/format.js';
import type { Lang } from '../core/i18n/i18n.js';
import type { MeetingOut } from './api.js';
import { useChannelLabel } from './ui.js';

/** Where a meeting took place, in the reader's language (the city's exonym, the country's name). */
export function placeOf(m: MeetingOut, lang: Lang): string {
  return [m.place.venue, m.place.city ? placeName(m.place.city, lang) : null, countryOf(m, lang)]
    .filter(Boolean)
    .join(', ');
}

function countryOf(m: MeetingOut, lang: Lang): string | null {
  const code = m.place.country_id?.toUpperCase();
  const name = code && /^[A-Z]{2}$/.test(code) ? countryName(code, lang) : '';
  return name && name !== code ? name : m.place.country;
}

/** One line per meeting: when, what, where, who. */
export function MeetingsTable({
  meetings,
  labelledBy,
  partnerNames,
}: {
  meetings: MeetingOut[];
  labelledBy: string;
  partnerNames?: Map<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const channelLabel = useChannelLabel();
  const columns: Column<MeetingOut>[] = [
    {
      ...dateColumn('date', t('dialogue.fields.date'), (m) => m.date),
      cell: (m) => (
        <RouterAnchor to={`/dialogue/meetings/${m.id}`}>
          <PartialDate value={m.date} />
        </RouterAnchor>
      ),
    },
    ...(partnerNames
      ? [
          {
            key: 'partner',
            header: t('dialogue.fields.partner'),
            cell: (m: MeetingOut) => partnerNames.get(m.partner_id) ?? m.partner_id,
          },
        ]
      : []),
    { key: 'kind', header: t('dialogue.fields.kind'), cell: (m) => t(`dialogue.kinds.${m.kind}`) },
    { key: 'place', header: t('dialogue.fields.place'), cell: (m) => placeOf(m, lang) },
    {
      key: 'participants',
      header: t('dialogue.fields.participants'),
      cell: (m) =>
        m.participants
          .map((p) => p.name ?? p.post)
          .filter(Boolean)
          .join(', '),
    },
    { key: 'channel', header: t('dialogue.fields.channel'), cell: (m) => channelLabel(m.channel) },
  ];
  return (
    <DataTable
      rows={meetings}
      columns={columns}
      rowKey={(m) => m.id}
      labelledBy={labelledBy}
      empty={t('dialogue.list.none')}
      highlightOnHover={false}
    />
  );
}
