import { Badge, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../schemas/core/common.schema.js';
import type { FollowUpOut } from '../../schemas/dialogue/meeting.schema.js';
import { get } from '../core/api/client.js';
import { RouterAnchor, SectionTitle, useLang } from '../core/components/common.js';
import { formatPartialDate } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';

/** The open follow-ups assigned to the signed-in user, soonest due first; the overdue ones marked. */
export function MyTasks() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { user, can } = useSession();
  const tasks = useQuery({
    queryKey: ['my-tasks', user?.id],
    queryFn: () =>
      get<Page<FollowUpOut>>('/api/follow-ups', { assignee_id: 'me', status: 'open', limit: 50 }),
    enabled: Boolean(user) && can('dialogue.read'),
  });
  if (!user || !can('dialogue.read')) return null;
  const items = tasks.data?.items ?? [];
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('dialogue.followUps.myTasks')}</SectionTitle>
      {tasks.isPending ? (
        <Text size="sm">…</Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dialogue.followUps.myTasksEmpty')}
        </Text>
      ) : (
        <List aria-labelledby={id} spacing="xs">
          {items.map((f) => {
            const overdue = f.due_state === 'overdue';
            return (
              <List.Item key={f.id} data-overdue={overdue || undefined}>
                <RouterAnchor to={`/dialogue/meetings/${f.meeting_id}#follow-up-${f.id}`}>
                  <span translate="no">{f.action}</span>
                </RouterAnchor>{' '}
                {f.due_date && (
                  <Text span size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
                    {t('dialogue.followUps.due', { date: formatPartialDate(f.due_date, lang) })}
                  </Text>
                )}{' '}
                {overdue && (
                  <Badge color="red.8" variant="filled" tt="none">
                    {t('dialogue.due.overdue')}
                  </Badge>
                )}
              </List.Item>
            );
          })}
        </List>
      )}
    </section>
  );
}
