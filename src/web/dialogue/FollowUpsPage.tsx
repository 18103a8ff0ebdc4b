import { Button, Card, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount, formatPartialDate } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';
import { type FollowUpOut, followUpsQuery, meetingsQuery } from './api.js';
import { FollowUpForm } from './FollowUpForm.js';
import { FollowUpItem, UndoDelete } from './FollowUpItem.js';
import { usePartnerOptions } from './ui.js';

const COLUMNS = ['open', 'due_soon', 'overdue', 'done'] as const;
type Column = (typeof COLUMNS)[number];

function columnOf(f: FollowUpOut): Column {
  if (f.status !== 'open') return 'done';
  if (f.due_state === 'overdue') return 'overdue';
  if (f.due_state === 'due_soon') return 'due_soon';
  return 'open';
}

function FollowUpCard({
  f,
  partnerName,
  onDeleted,
}: {
  f: FollowUpOut;
  partnerName: string;
  onDeleted: (gone: FollowUpOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <FollowUpItem
      f={f}
      onDeleted={onDeleted}
      context={
        <Text size="sm">
          {partnerName} ·{' '}
          <RouterAnchor to={`/dialogue/meetings/${f.meeting_id}`}>
            {t('dialogue.followUps.meetingOf', { date: formatPartialDate(f.meeting_date, lang) })}
          </RouterAnchor>
        </Text>
      }
    />
  );
}

/** Adds a follow-up from the board: to one of the chosen partner's meetings. */
function NewOnBoard({ partnerId }: { partnerId: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const meetings = useQuery({
    ...meetingsQuery({ partner_id: partnerId ?? undefined, limit: 100 }),
    enabled: open && partnerId !== null,
  });
  if (!open)
    return (
      <div>
        <Button size="sm" variant="light" onClick={() => setOpen(true)}>
          {t('dialogue.followUps.add')}
        </Button>
      </div>
    );
  return (
    <Card withBorder padding="sm" maw={800}>
      <Stack gap="xs">
        {partnerId === null ? (
          <Text size="sm">{t('dialogue.followUps.form.pickPartner')}</Text>
        ) : (
          <Select
            label={t('dialogue.followUps.form.meeting')}
            data={(meetings.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${formatPartialDate(m.date, lang)} · ${m.title ?? t(`dialogue.kinds.${m.kind}`)}`,
            }))}
            value={meetingId}
            onChange={setMeetingId}
            searchable
            w={420}
          />
        )}
        {partnerId !== null && meetingId !== null ? (
          <FollowUpForm
            key={meetingId}
            meetingId={meetingId}
            partnerId={partnerId}
            onDone={() => {
              setOpen(false);
              setMeetingId(null);
            }}
          />
        ) : (
          <div>
            <Button size="xs" variant="default" onClick={() => setOpen(false)}>
              {t('dialogue.followUps.form.cancel')}
            </Button>
          </div>
        )}
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
  const { can } = useSession();
  const [gone, setGone] = useState<FollowUpOut | null>(null);
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
      {can('dialogue.write') && <NewOnBoard partnerId={partner} />}
      {gone && <UndoDelete gone={gone} onDone={() => setGone(null)} />}
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
                              onDeleted={setGone}
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
