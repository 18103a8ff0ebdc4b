import {
  Anchor,
  Autocomplete,
  Button,
  Group,
  Pagination,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fileUrl } from '../core/api/client.js';
import { QueryState, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';
import { meetingsQuery } from './api.js';
import { MeetingAgenda } from './MeetingAgenda.js';
import { MeetingsTable } from './MeetingsTable.js';
import { KNOWN_CHANNELS, useChannelLabel, usePartnerOptions } from './ui.js';

const PAGE = 20;
const FILTERS = ['partner', 'channel', 'from', 'to'] as const;

/** Meetings with partners: a paginated list and an agenda by month, filtered by partner, channel and dates. */
export default function DialoguePage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('dialogue.title'));
  const id = useId();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const partners = usePartnerOptions();
  const channelLabel = useChannelLabel();
  const value = (k: (typeof FILTERS)[number]) => params.get(k) ?? '';
  const set = (k: (typeof FILTERS)[number], v: string | null) => {
    setPage(1);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );
  };
  const filter = {
    partner_id: value('partner') || undefined,
    channel: value('channel') || undefined,
    from: value('from') || undefined,
    to: value('to') || undefined,
  };
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const list = useQuery({
    ...meetingsQuery({ ...filter, limit: PAGE, offset: (page - 1) * PAGE }),
    enabled: view === 'list',
    placeholderData: keepPreviousData,
  });
  // The agenda shows the whole selection (the API's largest page).
  const all = useQuery({ ...meetingsQuery({ ...filter, limit: 500 }), enabled: view === 'calendar' });
  const partnerNames = new Map(partners.map((p) => [p.value, p.label]));

  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.title')}</Title>
      <Group gap="sm">
        {can('dialogue.write') && (
          <>
            <Button component={Link} to="/dialogue/new">
              {t('dialogue.actions.new')}
            </Button>
            <Button component={Link} to="/dialogue/ingest" variant="default">
              {t('dialogue.actions.ingest')}
            </Button>
            <Button component={Link} to="/dialogue/drafts" variant="default">
              {t('dialogue.actions.drafts')}
            </Button>
          </>
        )}
        <Button component={Link} to="/dialogue/follow-ups" variant="default">
          {t('dialogue.actions.followUps')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('dialogue.list.filters')}>
        <Select
          label={t('dialogue.fields.partner')}
          data={partners}
          value={value('partner') || null}
          onChange={(v) => set('partner', v)}
          clearable
          searchable
          w={220}
        />
        <Autocomplete
          label={t('dialogue.fields.channel')}
          data={KNOWN_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          value={value('channel')}
          onChange={(v) => set('channel', v)}
          w={220}
        />
        <TextInput
          type="date"
          label={t('dialogue.list.from')}
          value={value('from')}
          onChange={(e) => set('from', e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('dialogue.list.to')}
          value={value('to')}
          onChange={(e) => set('to', e.currentTarget.value)}
        />
      </Group>
      {/* "Export this view": the same filters, and the server lists only what this reader sees. */}
      <Group gap="lg" aria-label={t('dialogue.list.export')} role="group">
        <Anchor href={fileUrl('/api/exports/meetings', 'csv', filter)} download>
          {t('dialogue.list.exportCsv')}
        </Anchor>
        <Anchor href={fileUrl('/api/exports/meetings', 'xlsx', filter)} download>
          {t('dialogue.list.exportXlsx')}
        </Anchor>
      </Group>
      <Tabs
        value={view}
        onChange={(v) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (v === 'calendar') next.set('view', 'calendar');
              else next.delete('view');
              return next;
            },
            { replace: true },
          )
        }
      >
        <Tabs.List aria-label={t('dialogue.list.views')}>
          <Tabs.Tab value="list">{t('dialogue.list.list')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('dialogue.list.calendar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <Title order={2} size="h3" id={id} mb="sm">
            {t('dialogue.list.meetings')}
          </Title>
          <QueryState query={list}>
            {(data) => (
              <Stack gap="sm">
                <Text size="sm" role="status">
                  {t('dialogue.list.count', { count: data.total, formatted: formatCount(data.total, lang) })}
                </Text>
                <MeetingsTable meetings={data.items} labelledBy={id} partnerNames={partnerNames} />
                {data.total > PAGE && (
                  <Pagination
                    total={Math.ceil(data.total / PAGE)}
                    value={page}
                    onChange={setPage}
                    getControlProps={(control) => ({ 'aria-label': t(`dialogue.list.page.${control}`) })}
                    getItemProps={(n) => ({ 'aria-label': t('dialogue.list.page.number', { n }) })}
                  />
                )}
              </Stack>
            )}
          </QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <Title order={2} size="h3" mb="sm">
            {t('dialogue.list.calendar')}
          </Title>
          <QueryState query={all}>{(data) => <MeetingAgenda meetings={data.items} />}</QueryState>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
