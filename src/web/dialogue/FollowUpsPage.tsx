import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount, formatPartialDate } from '../core/i18n/format.js';
import { type FollowUpOut, followUpsQuery, updateFollowUp } from './api.js';
import { DueBadge, usePartnerOptions } from './ui.js';

const COLUMNS = ['open', 'due_soon', 'overdue', 'done'] as const;
type Column = (typeof COLUMNS)[number];

function columnOf(f: FollowUpOut): Column {
  if (f.status !== 'open') return 'done';
  if (f.due_state === 'overdue') return 'overdue';
  if (f.due_state === 'due_soon') return 'due_soon';
  return 'open';
}

function FollowUpCard({ f, partnerName }: { f: FollowUpOut; partnerName: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (status: FollowUpOut['status']) => updateFollowUp(f, { status }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['follow-ups'] }),
  });
  return (
    <Card withBorder padding="sm" component="article" aria-label={f.action}>
      <Stack gap={4}>
        <Text fw={600} size="sm">
          {f.action}
        </Text>
        <Group gap="xs">
          <DueBadge state={f.due_state} />
          {f.status === 'cancelled' && (
            <Text span size="sm">
              {t('dialogue.followUps.cancelled')}
            </Text>
          )}
        </Group>
        {f.due_date && (
          <Text size="sm">{t('dialogue.followUps.due', { date: formatPartialDate(f.due_date, lang) })}</Text>
        )}
        {f.owner && <Text size="sm">{t('dialogue.followUps.owner', { owner: f.owner })}</Text>}
        <Text size="sm">
          {partnerName} ·{' '}
          <RouterAnchor to={`/dialogue/meetings/${f.meeting_id}`}>
            {t('dialogue.followUps.meetingOf', { date: formatPartialDate(f.meeting_date, lang) })}
          </RouterAnchor>
        </Text>
        {f.can.update && (
          <Group gap="xs" mt={4}>
            {f.status === 'open' ? (
              <Button
                size="xs"
                variant="default"
                loading={change.isPending}
                onClick={() => change.mutate('done')}
              >
                {t('dialogue.followUps.markDone')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="default"
                loading={change.isPending}
                onClick={() => change.mutate('open')}
              >
                {t('dialogue.followUps.reopen')}
              </Button>
            )}
          </Group>
        )}
        {change.error && <ErrorNotice error={change.error} />}
      </Stack>
    </Card>
  );
}

/** Follow-up actions of meetings as a board: open, due soon, overdue, done. */
export default function FollowUpsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('dialogue.followUps.title'));
  const id = useId();
  const partners = usePartnerOptions();
  const [partner, setPartner] = useState<string | null>(null);
  const query = useQuery(followUpsQuery({ partner_id: partner ?? undefined }));
  const names = new Map(partners.map((p) => [p.value, p.label]));
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.followUps.title')}</Title>
      <Select
        label={t('dialogue.fields.partner')}
        data={partners}
        value={partner}
        onChange={setPartner}
        clearable
        searchable
        w={260}
      />
      <QueryState query={query}>
        {(data) => {
          const byColumn = new Map<Column, FollowUpOut[]>(COLUMNS.map((c) => [c, []]));
          for (const f of data.items) byColumn.get(columnOf(f))?.push(f);
          return (
            <>
              <Text size="sm" role="status">
                {t('dialogue.followUps.count', {
                  count: data.total,
                  formatted: formatCount(data.total, lang),
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
                {COLUMNS.map((c) => {
                  const items = byColumn.get(c) ?? [];
                  return (
                    <section key={c} aria-labelledby={`${id}-${c}`}>
                      <Title order={2} size="h4" id={`${id}-${c}`} mb="xs">
                        {t(`dialogue.followUps.columns.${c}`)} ({formatCount(items.length, lang)})
                      </Title>
                      <Stack gap="sm">
                        {items.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('dialogue.followUps.empty')}
                          </Text>
                        ) : (
                          items.map((f) => (
                            <FollowUpCard
                              key={f.id}
                              f={f}
                              partnerName={names.get(f.partner_id) ?? f.partner_id}
                            />
                          ))
                        )}
                      </Stack>
                    </section>
                  );
                })}
              </SimpleGrid>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
