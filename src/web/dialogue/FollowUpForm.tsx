import { Button, Group, Select, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldPath } from '../../domain/core/field-path.js';
import { followUpCreate } from '../../schemas/dialogue/meeting.schema.js';
import { ApiError } from '../core/api/client.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../core/forms/FormScaffold.js';
import { assigneesQuery, createFollowUp, type FollowUpOut, updateFollowUp } from './api.js';
import { MarkingSelect } from './ui.js';

const SHOWN = [
  'action',
  'assignee_id',
  'due_date',
  'status',
  'marking',
  'releasable_to',
  'note',
  'meeting_id',
];
const STATUSES = ['open', 'done', 'cancelled'] as const;

/** Refreshes every list and page that shows follow-ups. */
export function useFollowUpsChanged() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['follow-ups'] });
    void client.invalidateQueries({ queryKey: ['meeting'] });
    void client.invalidateQueries({ queryKey: ['needs'] });
    void client.invalidateQueries({ queryKey: ['my-tasks'] });
  };
}

/**
 * Adds a follow-up to a meeting, or edits one: the action, who it is assigned to (staff, or an
 * official of the meeting's partner once it is released to them), the due date, status and marking.
 * It is checked with the API's own schema before it is sent, and a refusal is shown beside its field.
 */
export function FollowUpForm({
  meetingId,
  partnerId,
  followUp,
  onDone,
}: {
  meetingId: string;
  partnerId: string;
  followUp?: FollowUpOut;
  onDone: (saved?: FollowUpOut) => void;
}) {
  const { t } = useTranslation();
  const changed = useFollowUpsChanged();
  const assignees = useQuery(assigneesQuery(partnerId));
  const { form, set } = useFormFields({
    action: followUp?.action ?? '',
    assignee_id: followUp?.assignee?.id ?? null,
    due_date: followUp?.due_date ?? '',
    status: followUp?.status ?? 'open',
    marking: followUp?.marking ?? 'organization',
    note: followUp?.note ?? '',
  });
  const body = () => ({
    meeting_id: meetingId,
    action: form.action.trim(),
    assignee_id: form.assignee_id,
    due_date: form.due_date || null,
    status: form.status,
    marking: form.marking,
    // Released to the meeting's partner: the only partner a follow-up of its meeting concerns.
    releasable_to: form.marking === 'partners' ? [partnerId] : [],
    note: orNull(form.note),
  });
  const save = useMutation({
    mutationFn: async () => {
      const parsed = followUpCreate.safeParse(body());
      if (!parsed.success)
        // The schema's reasons are English; each kind of issue is said in the reader's language.
        throw new ApiError(
          400,
          t('dialogue.followUps.form.invalid'),
          undefined,
          'request.invalid',
          parsed.error.issues.map((issue) => ({
            field: fieldPath(issue.path as (string | number)[]),
            reason: t(`dialogue.followUps.form.issues.${issue.code}`, { defaultValue: issue.message }),
          })),
        );
      const { meeting_id: _meeting, ...patch } = parsed.data;
      return followUp ? updateFollowUp(followUp, patch) : createFollowUp(parsed.data);
    },
    onSuccess: (saved) => {
      changed();
      onDone(saved);
    },
  });
  const error = save.error;
  const options = (assignees.data?.items ?? []).map((a) => ({
    value: a.id,
    label: a.partner_id ? t('dialogue.followUps.form.official', { name: a.display_name }) : a.display_name,
  }));
  const field = fieldBinder(form, set, error);
  return (
    <FormScaffold
      save={save}
      shown={SHOWN}
      submitLabel={t('dialogue.followUps.form.save')}
      extraButtons={
        <Button type="button" variant="default" onClick={() => onDone()}>
          {t('dialogue.followUps.form.cancel')}
        </Button>
      }
      label={followUp ? t('dialogue.followUps.form.editTitle') : t('dialogue.followUps.form.addTitle')}
      gap="xs"
      maw={760}
    >
      <Textarea
        label={t('dialogue.followUps.form.action')}
        required
        autosize
        minRows={2}
        {...field.text('action')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('dialogue.followUps.form.assignee')}
          description={t('dialogue.followUps.form.assigneeHelp')}
          data={options}
          value={form.assignee_id}
          onChange={(v) => set('assignee_id', v)}
          clearable
          searchable
          nothingFoundMessage={t('dialogue.followUps.form.nobody')}
          error={field.error('assignee_id')}
        />
        <TextInput type="date" label={t('dialogue.followUps.form.dueDate')} {...field.text('due_date')} />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('dialogue.followUps.form.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`dialogue.followUps.form.statuses.${s}`) }))}
          {...field.choice('status')}
        />
        <MarkingSelect
          description={t('dialogue.followUps.form.markingHelp')}
          {...field.choice('marking')}
          error={field.error('marking', 'releasable_to')}
        />
      </Group>
      <Textarea label={t('dialogue.fields.note')} autosize minRows={1} {...field.text('note')} />
    </FormScaffold>
  );
}
