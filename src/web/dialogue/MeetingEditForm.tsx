import { Group, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingCreate, meetingPatch } from '../../schemas/dialogue/meeting.schema.js';
import { request } from '../core/api/client.js';
import { useLang } from '../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../core/forms/FormScaffold.js';
import { validated } from '../core/forms/validate.js';
import type { MeetingOut } from './api.js';
import { type MeetingCore, MeetingFields } from './MeetingFields.js';
import { newParticipant, type ParticipantDraft, participantsInput } from './ParticipantsEditor.js';
import { MarkingSelect } from './ui.js';

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
  const { form, set } = useFormFields({
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
        end_date: orNull(form.end_date),
        city: orNull(form.city),
        venue: orNull(form.venue),
        title: orNull(form.title),
        host_org_id: form.host_org_id,
        visitor_org_id: form.visitor_org_id,
        channel: orNull(form.channel),
        topics: form.topics,
        marking: form.marking,
        // a marking other than "partners" releases to no one
        ...(form.marking === 'partners' ? {} : { releasable_to: [] }),
        note: orNull(form.note),
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
  const field = fieldBinder(form, set, save.error, meetingCreate.shape);
  return (
    <FormScaffold save={save} shown={SHOWN} submitLabel={t('dialogue.edit.save')}>
      <TextInput label={t('dialogue.edit.title')} {...field.text('title')} />
      <MeetingFields value={{ ...form, participants }} set={setField} error={save.error} />
      <Group grow align="flex-start">
        <TextInput
          label={t('dialogue.fields.endDate')}
          description={t('dialogue.new.dateHelp')}
          {...field.text('end_date')}
        />
        <TextInput label={t('dialogue.fields.venue')} {...field.text('venue')} />
        <MarkingSelect {...field.choice('marking')} />
      </Group>
      <Textarea label={t('dialogue.edit.summary')} {...field.text('note')} autosize minRows={2} />
    </FormScaffold>
  );
}
