import { Group, Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DIALOGUE_KINDS } from '../../domain/dialogue/event-codes.js';
import type { MeetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import { errorUnder } from '../core/api/field-errors.js';
import { type ParticipantDraft, ParticipantsEditor } from './ParticipantsEditor.js';
import { KNOWN_CHANNELS, useChannelLabel, usePartnerOptions, useSideOptions } from './ui.js';

/** What every meeting form asks: whom, what, when, where, which sides and channel, who, about what. */
export interface MeetingCore {
  partner_id: string | null;
  kind: MeetingCreate['kind'];
  start_date: string;
  city: string;
  host_org_id: string | null;
  visitor_org_id: string | null;
  channel: string;
  participants: ParticipantDraft[];
  topics: string[];
}

interface Props<T extends MeetingCore> {
  value: T;
  set: <K extends keyof MeetingCore>(key: K, value: T[K]) => void;
  /** the failed save, whose field errors appear next to their fields */
  error: unknown;
  /** where the meeting sits in the request body, e.g. "meeting." when confirming a report */
  prefix?: string;
}

/**
 * The fields the new-meeting form and the press-report review share, laid out the same in both; a
 * failed save shows each error next to its field and keeps what was typed.
 */
export function MeetingFields<T extends MeetingCore>({ value, set, error, prefix = '' }: Props<T>) {
  const { t } = useTranslation();
  const partners = usePartnerOptions();
  const sides = useSideOptions();
  const channelLabel = useChannelLabel();
  const err = (field: string) => errorUnder(error, `${prefix}${field}`);
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('dialogue.fields.partner')}
          data={partners}
          value={value.partner_id}
          onChange={(v) => set('partner_id', v)}
          searchable
          required
          error={err('partner_id')}
        />
        <Select
          label={t('dialogue.fields.kind')}
          data={DIALOGUE_KINDS.map((k) => ({ value: k, label: t(`dialogue.kinds.${k}`) }))}
          value={value.kind}
          onChange={(v) => v && set('kind', v as MeetingCreate['kind'])}
          allowDeselect={false}
          error={err('kind')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('dialogue.fields.date')}
          description={t('dialogue.new.dateHelp')}
          placeholder="2011-06-22"
          value={value.start_date}
          onChange={(e) => set('start_date', e.currentTarget.value)}
          required
          error={err('start_date')}
        />
        <TextInput
          label={t('dialogue.fields.city')}
          value={value.city}
          onChange={(e) => set('city', e.currentTarget.value)}
          error={err('city')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('dialogue.fields.host')}
          data={sides}
          value={value.host_org_id}
          onChange={(v) => set('host_org_id', v)}
          searchable
          clearable
          error={err('host_org_id')}
        />
        <Select
          label={t('dialogue.fields.visitor')}
          data={sides}
          value={value.visitor_org_id}
          onChange={(v) => set('visitor_org_id', v)}
          searchable
          clearable
          error={err('visitor_org_id')}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('dialogue.fields.channel')}
          data={KNOWN_CHANNELS.map((c) => ({ value: c, label: channelLabel(c) }))}
          value={value.channel || null}
          onChange={(v) => set('channel', v ?? '')}
          clearable
          error={err('channel')}
        />
      </Group>
      <ParticipantsEditor
        value={value.participants}
        onChange={(v) => set('participants', v)}
        date={value.start_date}
        error={error}
        prefix={prefix}
      />
      <TagsInput
        label={t('dialogue.fields.topics')}
        description={t('dialogue.new.tagsHelp')}
        value={value.topics}
        onChange={(v) => set('topics', v)}
        error={err('topics')}
      />
    </>
  );
}
