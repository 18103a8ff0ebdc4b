import { Badge, Button, Group, List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { placeName } from '../../../domain/registry/place-names.js';
import { Dash, PartialDate, RouterAnchor, SectionTitle, useLang } from '../../core/components/common.js';
import { DataTable, dateColumn } from '../../core/components/DataTable.js';
import { formatCount, formatDuration, formatPartialDate } from '../../core/i18n/format.js';
import type { Dossier } from '../../dialogue/api.js';
import { useChannelLabel } from '../../dialogue/ui.js';

const RECENT = 5;
type Cadence = Dossier['cadence'][number];

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
      <DataTable
        rows={dossier.cadence}
        rowKey={(c) => c.channel}
        labelledBy={`${id}-cadence`}
        empty={t('dialogue.partner.noCadence')}
        highlightOnHover={false}
        columns={[
          { key: 'channel', header: t('dialogue.fields.channel'), cell: (c) => channelLabel(c.channel) },
          {
            key: 'contacts',
            header: t('dialogue.partner.contacts'),
            cell: (c) => formatCount(c.contacts, lang),
          },
          dateColumn<Cadence>('last', t('dialogue.partner.lastContact'), (c) => c.last_contact),
          {
            key: 'interval',
            header: t('dialogue.partner.interval'),
            cell: (c) =>
              c.typical_interval_days === null ? (
                <Dash />
              ) : (
                t('dialogue.partner.every', { duration: formatDuration(c.typical_interval_days, lang) })
              ),
          },
          dateColumn<Cadence>('next', t('dialogue.partner.nextExpected'), (c) => c.next_expected),
          {
            key: 'state',
            header: t('dialogue.partner.state'),
            cell: (c) =>
              c.overdue ? (
                <Badge color="red" variant="light" c="red.9" tt="none">
                  {t('dialogue.partner.overdue')}
                </Badge>
              ) : (
                t('dialogue.partner.onTrack')
              ),
          },
        ]}
      />
    </section>
  );
}
