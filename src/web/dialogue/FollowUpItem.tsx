import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, useLang } from '../core/components/common.js';
import { formatPartialDate } from '../core/i18n/format.js';
import { createFollowUp, deleteFollowUp, type FollowUpOut, updateFollowUp } from './api.js';
import { FollowUpForm, useFollowUpsChanged } from './FollowUpForm.js';
import { DueBadge } from './ui.js';

/** Who holds the task, as far as the reader is told (the API names the assignee to those who may assign). */
export function AssigneeLine({ f }: { f: FollowUpOut }) {
  const { t } = useTranslation();
  if (f.assigned_to_me) return <Text size="sm">{t('dialogue.followUps.yours')}</Text>;
  if (f.assignee)
    return <Text size="sm">{t('dialogue.followUps.assignedTo', { name: f.assignee.display_name })}</Text>;
  if (f.owner)
    return (
      <Text size="sm">
        {t('dialogue.followUps.owner', { owner: '' })}
        <span translate="no">{f.owner}</span>
      </Text>
    );
  return null;
}

/**
 * A follow-up with what the reader may do to it (its `can`): edit, mark done or reopen, delete — and
 * undo a deletion, which writes it back as it was (same id, same fields, a new version).
 */
export function FollowUpItem({
  f,
  context,
  onDeleted,
}: {
  f: FollowUpOut;
  /** where it comes from (the board names the meeting) */
  context?: ReactNode;
  onDeleted: (gone: FollowUpOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const changed = useFollowUpsChanged();
  const [editing, setEditing] = useState(false);
  const status = useMutation({
    mutationFn: (next: FollowUpOut['status']) => updateFollowUp(f, { status: next }),
    onSuccess: changed,
  });
  const remove = useMutation({
    mutationFn: () => deleteFollowUp(f),
    onSuccess: () => {
      changed();
      onDeleted(f);
    },
  });
  const overdue = f.due_state === 'overdue';
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={f.action}
      id={`follow-up-${f.id}`}
      data-overdue={overdue || undefined}
      style={overdue ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
    >
      {editing ? (
        <FollowUpForm
          meetingId={f.meeting_id}
          partnerId={f.partner_id}
          followUp={f}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Stack gap={4}>
          <Text fw={600} size="sm" translate="no">
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
            <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>
              {t('dialogue.followUps.due', { date: formatPartialDate(f.due_date, lang) })}
            </Text>
          )}
          <AssigneeLine f={f} />
          {f.note && (
            <Text size="sm" c="dimmed" translate="no">
              {f.note}
            </Text>
          )}
          {context}
          {(f.can.update || f.can.delete) && (
            <Group gap="xs" mt={4}>
              {f.can.update && (
                <Button size="xs" variant="default" onClick={() => setEditing(true)}>
                  {t('dialogue.followUps.edit')}
                </Button>
              )}
              {f.can.update &&
                (f.status === 'open' ? (
                  <Button
                    size="xs"
                    variant="default"
                    loading={status.isPending}
                    onClick={() => status.mutate('done')}
                  >
                    {t('dialogue.followUps.markDone')}
                  </Button>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    loading={status.isPending}
                    onClick={() => status.mutate('open')}
                  >
                    {t('dialogue.followUps.reopen')}
                  </Button>
                ))}
              {f.can.delete && (
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  loading={remove.isPending}
                  onClick={() => remove.mutate()}
                >
                  {t('dialogue.followUps.delete')}
                </Button>
              )}
            </Group>
          )}
          {status.error && <ErrorNotice error={status.error} />}
          {remove.error && <ErrorNotice error={remove.error} />}
        </Stack>
      )}
    </Card>
  );
}

/** "Deleted — Undo": writes the follow-up back as it was before its deletion. */
export function UndoDelete({ gone, onDone }: { gone: FollowUpOut; onDone: () => void }) {
  const { t } = useTranslation();
  const changed = useFollowUpsChanged();
  const restore = useMutation({
    mutationFn: () =>
      createFollowUp({
        id: gone.id,
        meeting_id: gone.meeting_id,
        action: gone.action,
        owner: gone.owner,
        assignee_id: gone.assignee?.id ?? null,
        due_date: gone.due_date,
        status: gone.status,
        note: gone.note,
        marking: gone.marking,
        releasable_to: gone.releasable_to,
      }),
    onSuccess: () => {
      changed();
      onDone();
    },
  });
  return (
    <Group gap="xs" role="status">
      <Text size="sm">{t('dialogue.followUps.deleted', { action: gone.action })}</Text>
      <Button size="xs" variant="default" loading={restore.isPending} onClick={() => restore.mutate()}>
        {t('dialogue.followUps.undo')}
      </Button>
      {restore.error && <ErrorNotice error={restore.error} />}
    </Group>
  );
}
