import { Alert, Button, Group, Select, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DIALOGUE_KINDS } from '../../../domain/dialogue/event-codes.js';
import type { MeetingCreate } from '../../../schemas/meeting.schema.js';
import { ApiError } from '../../api/client.js';
import { organizationQuery } from '../../api/queries.js';
import { ErrorNotice, useLang, usePageTitle } from '../../components/common.js';
import { organizationName } from '../../i18n/names.js';
import { useSession } from '../../session/session.js';
import { createMeeting } from './api.js';
import {
  newParticipant,
  type ParticipantDraft,
  ParticipantsEditor,
  participantsInput,
} from './ParticipantsEditor.js';
import {
  fieldError,
  KNOWN_CHANNELS,
  READABLE_ERRORS,
  STAFF,
  useChannelLabel,
  usePartnerOptions,
} from './ui.js';

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

/** The side organizations a meeting can have: the partner countries and the organization itself. */
export function useSideOptions() {
  const lang = useLang();
  const partners = usePartnerOptions();
  const nato = useQuery(organizationQuery('nato'));
  return [...(nato.data ? [{ value: 'nato', label: organizationName(nato.data, lang) }] : []), ...partners];
}

/** Records a meeting with a partner; participants are found in the registry and shown with the post they held that day. */
export default function NewMeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('dialogue.new.title'));
  const { role } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const partners = usePartnerOptions();
  const sides = useSideOptions();
  const channelLabel = useChannelLabel();
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

  const save = useMutation({
    mutationFn: () =>
      createMeeting({
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
  const unplaced =
    error instanceof ApiError
      ? error.errors.length === 0 || error.errors.some((e) => !SHOWN.some((f) => e.field.startsWith(f)))
      : !!error;

  if (!STAFF.includes(role))
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
      <form
        style={READABLE_ERRORS}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm" maw={900}>
          <Group align="flex-start" gap="sm">
            <Select
              label={t('dialogue.fields.partner')}
              data={partners}
              value={form.partner_id}
              onChange={(v) => set('partner_id', v)}
              searchable
              required
              error={fieldError(error, 'partner_id')}
              w={260}
            />
            <Select
              label={t('dialogue.fields.kind')}
              data={DIALOGUE_KINDS.map((k) => ({ value: k, label: t(`dialogue.kinds.${k}`) }))}
              value={form.kind}
              onChange={(v) => v && set('kind', v as MeetingCreate['kind'])}
              allowDeselect={false}
              error={fieldError(error, 'kind')}
              w={200}
            />
            <Select
              label={t('dialogue.fields.status')}
              data={(['held', 'planned'] as const).map((s) => ({
                value: s,
                label: t(`dialogue.statuses.${s}`),
              }))}
              value={form.status}
              onChange={(v) => v && set('status', v as 'held' | 'planned')}
              allowDeselect={false}
              w={160}
            />
          </Group>
          <Group align="flex-start" gap="sm">
            <TextInput
              label={t('dialogue.fields.date')}
              description={t('dialogue.new.dateHelp')}
              placeholder="2011-06-22"
              value={form.start_date}
              onChange={(e) => set('start_date', e.currentTarget.value)}
              required
              error={fieldError(error, 'start_date')}
              w={200}
            />
            <TextInput
              label={t('dialogue.fields.endDate')}
              description={t('dialogue.new.dateHelp')}
              value={form.end_date}
              onChange={(e) => set('end_date', e.currentTarget.value)}
              error={fieldError(error, 'end_date')}
              w={200}
            />
            <TextInput
              label={t('dialogue.fields.city')}
              value={form.city}
              onChange={(e) => set('city', e.currentTarget.value)}
              error={fieldError(error, 'city')}
              w={200}
            />
            <TextInput
              label={t('dialogue.fields.venue')}
              value={form.venue}
              onChange={(e) => set('venue', e.currentTarget.value)}
              error={fieldError(error, 'venue')}
              w={240}
            />
          </Group>
          <Group align="flex-start" gap="sm">
            <Select
              label={t('dialogue.fields.host')}
              data={sides}
              value={form.host_org_id}
              onChange={(v) => set('host_org_id', v)}
              searchable
              clearable
              error={fieldError(error, 'host_org_id')}
              w={260}
            />
            <Select
              label={t('dialogue.fields.visitor')}
              data={sides}
              value={form.visitor_org_id}
              onChange={(v) => set('visitor_org_id', v)}
              searchable
              clearable
              error={fieldError(error, 'visitor_org_id')}
              w={260}
            />
            <Select
              label={t('dialogue.fields.channel')}
              data={KNOWN_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
              value={form.channel || null}
              onChange={(v) => set('channel', v ?? '')}
              clearable
              error={fieldError(error, 'channel')}
              w={260}
            />
          </Group>
          <ParticipantsEditor
            value={participants}
            onChange={setParticipants}
            date={form.start_date}
            error={error}
          />
          <TagsInput
            label={t('dialogue.fields.topics')}
            description={t('dialogue.new.tagsHelp')}
            value={form.topics}
            onChange={(v) => set('topics', v)}
            error={fieldError(error, 'topics')}
          />
          <TagsInput
            label={t('dialogue.fields.outcomes')}
            description={t('dialogue.new.tagsHelp')}
            value={form.outcomes}
            onChange={(v) => set('outcomes', v)}
            error={fieldError(error, 'outcomes')}
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
            error={fieldError(error, 'marking')}
            w={260}
          />
          <Textarea
            label={t('dialogue.fields.note')}
            value={form.note}
            onChange={(e) => set('note', e.currentTarget.value)}
            error={fieldError(error, 'note')}
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
