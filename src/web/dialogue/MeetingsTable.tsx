import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartialDate, RouterAnchor } from '../core/components/common.js';
import type { MeetingOut } from './api.js';
import { useChannelLabel } from './ui.js';

export function placeOf(m: MeetingOut): string {
  return [m.place.venue, m.place.city, m.place.country].filter(Boolean).join(', ');
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
              <Table.Td>{placeOf(m)}</Table.Td>
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
