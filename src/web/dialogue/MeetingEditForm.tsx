import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingCreate, meetingCreate, meetingPatch } from '../../schemas/dialogue/meeting.schema.js';
import { request } from '../core/api/client.js';
import { errorElsewhere, errorUnder } from '../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../core/components/common.js';
import { maxLengthOf, validated } from '../core/forms/validate.js';
import type { MeetingOut } from './api.js';
import { type MeetingCore, MeetingFields } from './MeetingFields.js';
import { newParticipant, type ParticipantDraft, participantsInput } from './ParticipantsEditor.js';
import { READABLE_ERRORS } from './ui.js';

const SHOWN = [
  'partner_id',
  'kind',
  'start_date',
  'end_date',
  'city',
  'venue',
  'title',
  'host_org_id',
  'visitor_org_id',
  'channel',
  'participants',
  'topics',
  'marking',
  'note',
];

const draftsOf = (m: MeetingOut): ParticipantDraft[] =>
  m.participants
    .filter((p) => p.person_id || p.name)
    .map((p) =>
      newParticipant({
        person_id: p.person_id,
        name: p.person_id ? '' : (p.name ?? ''),
        label: p.name ?? '',
        side: p.side,
      }),
    );

/**
 * Every field of a meeting, as it is now: a change is sent with the version read (If-Match), so an
 * edit made meanwhile by someone else is refused rather than overwritten. Participants are sent only
 * when they were touched, so that roles and posts recorded with them stay as they are.
 */
export function MeetingEditForm({ meeting: m, onSaved }: { meeting: MeetingOut; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [form, setForm] = useState({
    partner_id: m.partner_id as string | null,
    kind: m.kind,
    start_date: m.start_date,
    end_date: m.end_date ?? '',
    city: m.place.city ?? '',
    venue: m.place.venue ?? '',
    title: m.title ?? '',
    host_org_id: m.host_org_id,
    visitor_org_id: m.visitor_org_id,
    channel: m.channel ?? '',
    topics: m.topics,
    marking: m.marking,
    note: m.note ?? '',
  });
  const [participants, setParticipants] = useState<ParticipantDraft[]>(() => draftsOf(m));
  const [participantsTouched, setTouched] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const setField = <K extends keyof MeetingCore>(k: K, v: MeetingCore[K]) => {
    if (k === 'participants') {
      setParticipants(v as ParticipantDraft[]);
      setTouched(true);
    } else set(k as keyof typeof form, v as never);
  };
  const save = useMutation({
    mutationFn: () => {
      const body = {
        partner_id: form.partner_id ?? '',
        kind: form.kind,
        start_date: form.start_date.trim(),
        end_date: form.end_date.trim() || null,
        city: form.city.trim() || null,
        venue: form.venue.trim() || null,
        title: form.title.trim() || null,
        host_org_id: form.host_org_id,
        visitor_org_id: form.visitor_org_id,
        channel: form.channel.trim() || null,
        topics: form.topics,
        marking: form.marking,
        // a marking other than "partners" releases to no one
        ...(form.marking === 'partners' ? {} : { releasable_to: [] }),
        note: form.note.trim() || null,
        ...(participantsTouched
          ? {
              participants: participantsInput(participants).map((p) => ({
                ...p,
                role:
                  m.participants.find((o) => 'person_id' in p && o.person_id === p.person_id)?.role ?? null,
              })),
            }
          : {}),
      };
      const patch = validated(meetingPatch, body, lang, t('forms.invalid'));
      return request<MeetingOut>('PATCH', `/api/meetings/${encodeURIComponent(m.id)}`, patch, {
        version: m.version,
      });
    },
    onSuccess: (saved) => {
      client.setQueryData(['meeting', saved.id], saved);
      void client.invalidateQueries({ queryKey: ['meetings'] });
      void client.invalidateQueries({ queryKey: ['audit', 'meeting', saved.id] });
      void client.invalidateQueries({ queryKey: ['dossier'] });
      onSaved();
    },
  });
  const error = save.error;
  const unplaced = errorElsewhere(error, SHOWN);
  return (
    <form
      style={READABLE_ERRORS}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        {unplaced && <ErrorNotice error={error} />}
        <TextInput
          label={t('dialogue.edit.title')}
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          maxLength={maxLengthOf(meetingCreate.shape.title)}
          error={errorUnder(error, 'title')}
        />
        <MeetingFields value={{ ...form, participants }} set={setField} error={error} />
        <Group grow align="flex-start">
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
            maxLength={maxLengthOf(meetingCreate.shape.venue)}
            error={errorUnder(error, 'venue')}
          />
          <Select
            label={t('dialogue.fields.marking')}
            data={(['public', 'partners', 'organization'] as const).map((k) => ({
              value: k,
              label: t(`dialogue.markings.${k}`),
            }))}
            value={form.marking}
            onChange={(v) => v && set('marking', v as MeetingCreate['marking'])}
            allowDeselect={false}
            error={errorUnder(error, 'marking')}
          />
        </Group>
        <Textarea
          label={t('dialogue.edit.summary')}
          value={form.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          maxLength={maxLengthOf(meetingCreate.shape.note)}
          error={errorUnder(error, 'note')}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('dialogue.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
