import { Badge, Button, Group, List, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { placeName } from '../../../domain/registry/place-names.js';
import { Dash, PartialDate, RouterAnchor, SectionTitle, useLang } from '../../core/components/common.js';
import { formatCount, formatDuration, formatPartialDate } from '../../core/i18n/format.js';
import type { Dossier } from '../../dialogue/api.js';
import { useChannelLabel } from '../../dialogue/ui.js';

const RECENT = 5;

/** Recent meetings with the partner, and each recurring channel's cadence with its overdue signal. */
export function PartnerDialogueSection({ partnerId, dossier }: { partnerId: string; dossier: Dossier }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const channelLabel = useChannelLabel();
  const meetings = dossier.meetings.slice(0, RECENT);
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('dialogue.partner.dialogue')}</SectionTitle>
      <Title order={3} size="h4" id={`${id}-recent`} mb="xs">
        {t('dialogue.partner.recent', { date: formatPartialDate(dossier.on, lang) })}
      </Title>
      {meetings.length === 0 ? (
        <Text>{t('dialogue.list.none')}</Text>
      ) : (
        <List aria-labelledby={`${id}-recent`} spacing="xs">
          {meetings.map((m) => (
            <List.Item key={m.id}>
              <RouterAnchor to={`/dialogue/meetings/${m.id}`}>
                <PartialDate value={m.date} />
              </RouterAnchor>
              {' — '}
              {t(`dialogue.kinds.${m.kind}`)}
              {m.place.city ? `, ${placeName(m.place.city, lang)}` : ''}
              {m.participants.length > 0 &&
                `: ${m.participants
                  .map((p) => (p.name && p.post ? `${p.name} (${p.post})` : (p.name ?? p.post)))
                  .filter(Boolean)
                  .join(', ')}`}
            </List.Item>
          ))}
        </List>
      )}
      <Group mt="xs">
        <Button
          component={Link}
          to={`/dialogue?partner=${encodeURIComponent(partnerId)}`}
          variant="default"
          size="xs"
        >
          {t('dialogue.partner.allMeetings')}
        </Button>
      </Group>
      <Title order={3} size="h4" id={`${id}-cadence`} mt="md" mb="xs">
        {t('dialogue.partner.cadence')}
      </Title>
      {dossier.cadence.length === 0 ? (
        <Text>{t('dialogue.partner.noCadence')}</Text>
      ) : (
        <div className="table-scroll">
          <Table aria-labelledby={`${id}-cadence`} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dialogue.fields.channel')}</Table.Th>
                <Table.Th>{t('dialogue.partner.contacts')}</Table.Th>
                <Table.Th>{t('dialogue.partner.lastContact')}</Table.Th>
                <Table.Th>{t('dialogue.partner.interval')}</Table.Th>
                <Table.Th>{t('dialogue.partner.nextExpected')}</Table.Th>
                <Table.Th>{t('dialogue.partner.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dossier.cadence.map((c) => (
                <Table.Tr key={c.channel}>
                  <Table.Td>{channelLabel(c.channel)}</Table.Td>
                  <Table.Td>{formatCount(c.contacts, lang)}</Table.Td>
                  <Table.Td>{c.last_contact ? <PartialDate value={c.last_contact} /> : <Dash />}</Table.Td>
                  <Table.Td>
                    {c.typical_interval_days === null ? (
                      <Dash />
                    ) : (
                      t('dialogue.partner.every', { duration: formatDuration(c.typical_interval_days, lang) })
                    )}
                  </Table.Td>
                  <Table.Td>{c.next_expected ? <PartialDate value={c.next_expected} /> : <Dash />}</Table.Td>
                  <Table.Td>
                    {c.overdue ? (
                      <Badge color="red" variant="light" c="red.9" tt="none">
                        {t('dialogue.partner.overdue')}
                      </Badge>
                    ) : (
                      t('dialogue.partner.onTrack')
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
