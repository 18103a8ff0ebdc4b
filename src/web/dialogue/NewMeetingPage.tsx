import { Alert, Button, Group, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import { ApiError } from '../core/api/client.js';
import { errorElsewhere, errorUnder } from '../core/api/field-errors.js';
import { ErrorNotice, usePageTitle } from '../core/components/common.js';
import { useSession } from '../core/session/session.js';
import { createMeeting } from './api.js';
import { DuplicateCandidates } from './DuplicateCandidates.js';
import { type MeetingCore, MeetingFields } from './MeetingFields.js';
import { newParticipant, type ParticipantDraft, participantsInput } from './ParticipantsEditor.js';
import { READABLE_ERRORS } from './ui.js';

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
  const [form, setForm] = useState({
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
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
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
        city: form.city.trim() || null,
        venue: form.venue.trim() || null,
        host_org_id: form.host_org_id,
        visitor_org_id: form.visitor_org_id,
        channel: form.channel.trim() || null,
        participants: participantsInput(participants) as MeetingCreate['participants'],
        topics: form.topics,
        areas: [],
        outcomes: form.outcomes,
        objective_ids: [],
        marking: form.marking,
        releasable_to: [],
        illustrative: false,
        note: form.note.trim() || null,
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

  if (!can('dialogue.write'))
    return (
      <>
        <Title order={1}>{t('dialogue.new.title')}</Title>
        <Alert color="gray" mt="md">
          {t('dialogue.staffOnly')}
        </Alert>
      </>
    );
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.new.title')}</Title>
      {unplaced && <ErrorNotice error={error} />}
      <DuplicateCandidates candidates={duplicates}>
        <Button variant="default" onClick={() => save.mutate(true)} loading={save.isPending}>
          {t('dialogue.duplicates.saveNew')}
        </Button>
      </DuplicateCandidates>
      <form
        style={READABLE_ERRORS}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(false);
        }}
      >
        <Stack gap="sm" maw={900}>
          <MeetingFields value={{ ...form, participants }} set={setField} error={error} />
          <Group grow align="flex-start">
            <Select
              label={t('dialogue.fields.status')}
              data={(['held', 'planned'] as const).map((s) => ({
                value: s,
                label: t(`dialogue.statuses.${s}`),
              }))}
              value={form.status}
              onChange={(v) => v && set('status', v as 'held' | 'planned')}
              allowDeselect={false}
            />
            <TextInput
              label={t('dialogue.fields.endDate')}
              description={t('dialogue.new.dateHelp')}
              value={form.end_date}
              onChange={(e) => set('end_date', e.currentTarget.value)}
              error={errorUnder(error, 'end_date')}
            />
            <TextInput
              label={t('dialogue.fields.venue')}
              value={form.venue}
              onChange={(e) => set('venue', e.currentTarget.value)}
              error={errorUnder(error, 'venue')}
            />
          </Group>
          <TagsInput
            label={t('dialogue.fields.outcomes')}
            description={t('dialogue.new.tagsHelp')}
            value={form.outcomes}
            onChange={(v) => set('outcomes', v)}
            error={errorUnder(error, 'outcomes')}
          />
          <Select
            label={t('dialogue.fields.marking')}
            data={(['public', 'partners', 'organization'] as const).map((m) => ({
              value: m,
              label: t(`dialogue.markings.${m}`),
            }))}
            value={form.marking}
            onChange={(v) => v && set('marking', v as MeetingCreate['marking'])}
            allowDeselect={false}
            error={errorUnder(error, 'marking')}
            w={260}
          />
          <Textarea
            label={t('dialogue.fields.note')}
            value={form.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={errorUnder(error, 'note')}
            autosize
            minRows={2}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('dialogue.new.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
