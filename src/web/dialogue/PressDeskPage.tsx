import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorUnder } from '../core/api/field-errors.js';
import { Dash, ErrorNotice, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { QueryTable } from '../core/components/DataTable.js';
import { formatPartialDate } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';
import {
  addFeed,
  dismissPressDraft,
  feedsQuery,
  type PressDraftOut,
  pollFeedsNow,
  pressDraftsQuery,
} from './api.js';
import { READABLE_ERRORS, StaffOnlyPage } from './ui.js';

/** The feeds watched: what each last answered, and a form to watch one more. */
function Feeds() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const feeds = useQuery(feedsQuery());
  const [url, setUrl] = useState('');
  const refresh = () =>
    Promise.all(['feeds', 'press-drafts'].map((key) => client.invalidateQueries({ queryKey: [key] })));
  const add = useMutation({
    mutationFn: () => addFeed({ url: url.trim() }),
    onSuccess: async () => {
      setUrl('');
      await refresh();
    },
  });
  const poll = useMutation({ mutationFn: pollFeedsNow, onSuccess: refresh });
  const polled = poll.data?.feeds;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="press-feeds">
      <Title order={2} size="h3" id="press-feeds" mb="sm">
        {t('dialogue.press.feeds')}
      </Title>
      <QueryTable
        query={feeds}
        rows={(page) => page.items}
        rowKey={(f) => f.id}
        labelledBy="press-feeds"
        empty={t('dialogue.press.noFeeds')}
        columns={[
          {
            key: 'feed',
            header: t('dialogue.press.feed'),
            cell: (f) => (
              <>
                {f.title ?? f.url}
                <Text size="xs" c="dimmed">
                  {f.url}
                </Text>
              </>
            ),
          },
          {
            key: 'polled',
            header: t('dialogue.press.lastPoll'),
            cell: (f) => (f.polled_at ? new Date(f.polled_at).toLocaleString() : <Dash />),
          },
          {
            key: 'status',
            header: t('dialogue.press.status'),
            cell: (f) =>
              `${f.last_status ? t(`dialogue.press.statuses.${f.last_status}`, { defaultValue: f.last_status }) : t('dialogue.press.never')}${f.last_error ? ` — ${f.last_error}` : ''}`,
          },
          { key: 'items', header: t('dialogue.press.items'), cell: (f) => f.items },
        ]}
      />
      <form
        style={READABLE_ERRORS}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <Group align="flex-end" mt="md" gap="sm">
          <TextInput
            type="url"
            label={t('dialogue.press.feedUrl')}
            description={t('dialogue.press.feedUrlHelp')}
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={errorUnder(add.error, 'url')}
            w={480}
          />
          <Button type="submit" loading={add.isPending} disabled={!url.trim()}>
            {t('dialogue.press.watch')}
          </Button>
          <Button variant="default" onClick={() => poll.mutate()} loading={poll.isPending}>
            {t('dialogue.press.pollNow')}
          </Button>
        </Group>
      </form>
      {add.error && !errorUnder(add.error, 'url') && <ErrorNotice error={add.error} />}
      {poll.error && <ErrorNotice error={poll.error} />}
      {polled && (
        <Alert color="blue" role="status" mt="sm">
          {t('dialogue.press.polled', {
            items: polled.reduce((n, f) => n + f.new_items, 0),
            created: polled.reduce((n, f) => n + f.drafts_created, 0),
            joined: polled.reduce((n, f) => n + f.drafts_joined, 0),
          })}
        </Alert>
      )}
    </Paper>
  );
}

/** The inbox: one draft per meeting, with every outlet that reported it. */
function Inbox() {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const drafts = useQuery(pressDraftsQuery('open'));
  const dismiss = useMutation({
    mutationFn: (d: PressDraftOut) => dismissPressDraft(d),
    onSuccess: () => client.invalidateQueries({ queryKey: ['press-drafts'] }),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="press-inbox">
      <Title order={2} size="h3" id="press-inbox" mb="sm">
        {t('dialogue.press.inbox')}
      </Title>
      {dismiss.error && <ErrorNotice error={dismiss.error} />}
      <QueryTable
        query={drafts}
        rows={(page) => page.items}
        rowKey={(d) => d.id}
        labelledBy="press-inbox"
        empty={t('dialogue.press.empty')}
        columns={[
          {
            key: 'date',
            header: t('dialogue.fields.date'),
            cell: (d) => formatPartialDate(d.start_date, lang),
          },
          { key: 'report', header: t('dialogue.press.report'), cell: (d) => d.title },
          {
            key: 'participants',
            header: t('dialogue.fields.participants'),
            // A person the reader proposed, no sentence having said so, is marked as such.
            cell: (d) =>
              d.meeting.participants
                .map((p) =>
                  p.likelihood === undefined ? p.name : t('dialogue.press.proposed', { name: p.name }),
                )
                .join(', '),
          },
          {
            key: 'sources',
            header: t('dialogue.press.sources'),
            cell: (d) =>
              `${t('dialogue.press.sourceCount', { count: d.sources.length })}: ${d.sources.map((s) => s.publisher ?? s.title).join('; ')}`,
          },
          {
            key: 'actions',
            header: t('dialogue.press.actions'),
            cell: (d) => (
              <Group gap="xs" wrap="nowrap">
                <RouterAnchor to={`/dialogue/ingest?draft=${encodeURIComponent(d.id)}`}>
                  {t('dialogue.press.review', { title: d.title })}
                </RouterAnchor>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => dismiss.mutate(d)}
                  aria-label={t('dialogue.press.dismissOne', { title: d.title })}
                >
                  {t('dialogue.press.dismiss')}
                </Button>
              </Group>
            ),
          },
        ]}
      />
    </Paper>
  );
}

/** The press desk: the news feeds watched and the drafts their items became, for staff. */
export default function PressDeskPage() {
  const { t } = useTranslation();
  usePageTitle(t('dialogue.press.title'));
  const { can } = useSession();
  if (!can('dialogue.write')) return <StaffOnlyPage title={t('dialogue.press.title')} />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.press.title')}</Title>
      <Inbox />
      <Feeds />
    </Stack>
  );
}
