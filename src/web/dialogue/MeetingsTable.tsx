import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { placeName } from '../../domain/registry/place-names.js';
import { PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
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
  if (meetings.length === 0) return <Text>{t('dialogue.list.none')}</Text>;
  return (
    <div className="table-scroll">
      <Table aria-labelledby={labelledBy} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dialogue.fields.date')}</Table.Th>
            {partnerNames && <Table.Th>{t('dialogue.fields.partner')}</Table.Th>}
            <Table.Th>{t('dialogue.fields.kind')}</Table.Th>
            <Table.Th>{t('dialogue.fields.place')}</Table.Th>
            <Table.Th>{t('dialogue.fields.participants')}</Table.Th>
            <Table.Th>{t('dialogue.fields.channel')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <RouterAnchor to={`/dialogue/meetings/${m.id}`}>
                  <PartialDate value={m.date} />
                </RouterAnchor>
              </Table.Td>
              {partnerNames && <Table.Td>{partnerNames.get(m.partner_id) ?? m.partner_id}</Table.Td>}
              <Table.Td>{t(`dialogue.kinds.${m.kind}`)}</Table.Td>
              <Table.Td>{placeOf(m, lang)}</Table.Td>
              <Table.Td>
                {m.participants
                  .map((p) => p.name ?? p.post)
                  .filter(Boolean)
                  .join(', ')}
              </Table.Td>
              <Table.Td>{channelLabel(m.channel)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
