import { Button, Group, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type MeetingCreate, meetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import { ApiError } from '../core/api/client.js';
import { errorElsewhere } from '../core/api/field-errors.js';
import { ErrorNotice, usePageTitle } from '../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../core/forms/FormScaffold.js';
import { useSession } from '../core/session/session.js';
import { createMeeting } from './api.js';
import { DuplicateCandidates } from './DuplicateCandidates.js';
import { type MeetingCore, MeetingFields } from './MeetingFields.js';
import { newParticipant, type ParticipantDraft, participantsInput } from './ParticipantsEditor.js';
import { MarkingSelect, StaffOnlyPage } from './ui.js';

const SHOWN = [
  'partner_id',
  'kind',
  'status',
  'start_date',
  'end_date',
  'city',
  'venue',
  'host_org_id',
  'visitor_org_id',
  'channel',
  'participants',
  'topics',
  'outcomes',
  'marking',
  'note',
];

/** Records a meeting with a partner; participants are found in the registry and shown with the post they held that day. */
export default function NewMeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('dialogue.new.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { form, set } = useFormFields({
    partner_id: null as string | null,
    kind: 'visit' as MeetingCreate['kind'],
    status: 'held' as 'held' | 'planned',
    start_date: '',
    end_date: '',
    city: '',
    venue: '',
    host_org_id: null as string | null,
    visitor_org_id: 'nato' as string | null,
    channel: '',
    topics: [] as string[],
    outcomes: [] as string[],
    marking: 'organization' as MeetingCreate['marking'],
    note: '',
  });
  const [participants, setParticipants] = useState<ParticipantDraft[]>([newParticipant()]);
  // The shared fields write participants to their own state, the rest to the form.
  const setField = <K extends keyof MeetingCore>(k: K, v: MeetingCore[K]) => {
    if (k === 'participants') setParticipants(v as ParticipantDraft[]);
    else set(k as keyof typeof form, v as never);
  };

  const save = useMutation({
    // `confirmNew`: the clerk compared the likely duplicates the server listed and says this is another.
    mutationFn: (confirmNew: boolean) =>
      createMeeting({
        ...(confirmNew ? { confirm_new: true } : {}),
        partner_id: form.partner_id ?? '',
        kind: form.kind,
        status: form.status,
        start_date: form.start_date,
        end_date: form.end_date || null,
        city: orNull(form.city),
        venue: orNull(form.venue),
        host_org_id: form.host_org_id,
        visitor_org_id: form.visitor_org_id,
        channel: orNull(form.channel),
        participants: participantsInput(participants) as MeetingCreate['participants'],
        topics: form.topics,
        areas: [],
        outcomes: form.outcomes,
        objective_ids: [],
        marking: form.marking,
        releasable_to: [],
        illustrative: false,
        note: orNull(form.note),
        sources: [],
      }),
    // A refused save keeps every field as typed; only success leaves the form.
    onSuccess: (m) => {
      void client.invalidateQueries({ queryKey: ['meetings'] });
      void client.invalidateQueries({ queryKey: ['dossier'] });
      void navigate(`/dialogue/meetings/${m.id}`);
    },
  });
  const error = save.error;
  const duplicates = error instanceof ApiError && error.code === 'record.duplicate' ? error.duplicates : [];
  const unplaced = duplicates.length === 0 && errorElsewhere(error, SHOWN);
  const field = fieldBinder(form, set, error, meetingCreate.shape);

  if (!can('dialogue.write')) return <StaffOnlyPage title={t('dialogue.new.title')} />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.new.title')}</Title>
      {unplaced && <ErrorNotice error={error} />}
      <DuplicateCandidates candidates={duplicates}>
        <Button variant="default" onClick={() => save.mutate(true)} loading={save.isPending}>
          {t('dialogue.duplicates.saveNew')}
        </Button>
      </DuplicateCandidates>
      <FormScaffold
        save={save}
        onSubmit={() => save.mutate(false)}
        shown={false}
        submitLabel={t('dialogue.new.save')}
        maw={900}
      >
        <MeetingFields value={{ ...form, participants }} set={setField} error={error} />
        <Group grow align="flex-start">
          <Select
            label={t('dialogue.fields.status')}
            data={(['held', 'planned'] as const).map((s) => ({
              value: s,
              label: t(`dialogue.statuses.${s}`),
            }))}
            {...field.choice('status')}
          />
          <TextInput
            label={t('dialogue.fields.endDate')}
            description={t('dialogue.new.dateHelp')}
            {...field.text('end_date')}
          />
          <TextInput label={t('dialogue.fields.venue')} {...field.text('venue')} />
        </Group>
        <TagsInput
          label={t('dialogue.fields.outcomes')}
          description={t('dialogue.new.tagsHelp')}
          value={form.outcomes}
          onChange={(v) => set('outcomes', v)}
          error={field.error('outcomes')}
        />
        <MarkingSelect {...field.choice('marking')} w={260} />
        <Textarea label={t('dialogue.fields.note')} {...field.text('note')} autosize minRows={2} />
      </FormScaffold>
    </Stack>
  );
}
