import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorUnder } from '../core/api/field-errors.js';
import { peopleQuery, personHoldingsQuery } from '../core/api/queries.js';
import { useLang } from '../core/components/common.js';
import { firstDay, isPartialDate, lastDay } from '../core/i18n/format.js';
import { personName } from '../core/i18n/names.js';

export interface ParticipantDraft {
  key: string;
  person_id: string | null;
  /** the name as written, for a person the registry does not know */
  name: string;
  /** how the chosen person is called, to show in the search box */
  label: string;
  side: 'host' | 'visitor' | null;
  /** set when the press reader's model proposed the person: no sentence said they took part */
  likelihood?: number;
}

let next = 0;
export function newParticipant(init: Partial<ParticipantDraft> = {}): ParticipantDraft {
  next += 1;
  return { key: `p${next}`, person_id: null, name: '', label: '', side: null, ...init };
}

/** The post the person held on the day, from the registry's holdings (as the API resolves it on save). */
function PostOnDate({ personId, date }: { personId: string; date: string }) {
  const { t } = useTranslation();
  const holdings = useQuery(personHoldingsQuery(personId));
  if (!isPartialDate(date)) return null;
  if (holdings.isPending) return null;
  const day = { lo: firstDay(date), hi: lastDay(date) };
  const held = (holdings.data?.items ?? []).filter(
    (h) => firstDay(h.start_date) <= day.hi && (!h.end_date || lastDay(h.end_date) >= day.lo),
  );
  return (
    <Text size="sm" aria-live="polite">
      {held.length
        ? t('dialogue.participants.postOn', { post: held.map((h) => h.post_label).join('; ') })
        : t('dialogue.participants.noPostOn')}
    </Text>
  );
}

function ParticipantRow({
  index,
  value,
  date,
  error,
  prefix,
  onChange,
  onRemove,
}: {
  prefix: string;
  index: number;
  value: ParticipantDraft;
  date: string;
  error: unknown;
  onChange: (v: ParticipantDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState(value.label);
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({ ...peopleQuery({ q: q || undefined, limit: 20 }), enabled: q.length > 1 });
  const options = (people.data?.items ?? []).map((p) => ({ value: p.id, label: personName(p, lang, date) }));
  if (value.person_id && !options.some((o) => o.value === value.person_id))
    options.unshift({ value: value.person_id, label: value.label || value.person_id });
  const n = index + 1;
  return (
    <Fieldset legend={t('dialogue.participants.legend', { n })} p="sm">
      <Group align="flex-start" gap="sm">
        <Select
          label={t('dialogue.participants.person')}
          description={t('dialogue.participants.personHelp')}
          searchable
          clearable
          data={options}
          value={value.person_id}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={(id, option) =>
            onChange({ ...value, person_id: id, label: option?.label ?? '', name: id ? '' : value.name })
          }
          nothingFoundMessage={q.length > 1 ? t('dialogue.participants.nobody') : undefined}
          error={errorUnder(
            error,
            `${prefix}participants[${index}].person_id`,
            `${prefix}participants[${index}]`,
          )}
          w={280}
        />
        <TextInput
          label={t('dialogue.participants.nameAsWritten')}
          description={t('dialogue.participants.nameHelp')}
          value={value.name}
          disabled={!!value.person_id}
          onChange={(e) => onChange({ ...value, name: e.currentTarget.value })}
          error={errorUnder(error, `${prefix}participants[${index}].name`)}
          w={240}
        />
        <Select
          label={t('dialogue.participants.side')}
          data={[
            { value: 'host', label: t('dialogue.sides.host') },
            { value: 'visitor', label: t('dialogue.sides.visitor') },
          ]}
          value={value.side}
          clearable
          onChange={(side) => onChange({ ...value, side: side as ParticipantDraft['side'] })}
          error={errorUnder(error, `${prefix}participants[${index}].side`)}
          w={150}
        />
      </Group>
      {value.likelihood !== undefined && (
        <Text size="sm" c="blue.9" fw={600} mt="xs" data-testid="proposed-participant">
          {t('dialogue.participants.likely', { percent: Math.round(value.likelihood * 100) })}
        </Text>
      )}
      <Group justify="space-between" mt="xs" gap="sm">
        {value.person_id ? <PostOnDate personId={value.person_id} date={date} /> : <span />}
        <Button
          variant="subtle"
          size="xs"
          onClick={onRemove}
          aria-label={t('dialogue.participants.remove', { n })}
        >
          {t('dialogue.participants.removeShort')}
        </Button>
      </Group>
    </Fieldset>
  );
}

/** The people who took part, each found in the registry (or named as written), with the post held that day. */
export function ParticipantsEditor({
  value,
  onChange,
  date,
  error,
  prefix = '',
}: {
  prefix?: string;
  value: ParticipantDraft[];
  onChange: (v: ParticipantDraft[]) => void;
  date: string;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('dialogue.fields.participants')}</Text>
      {value.map((p, i) => (
        <ParticipantRow
          key={p.key}
          index={i}
          value={p}
          date={date}
          error={error}
          prefix={prefix}
          onChange={(v) => onChange(value.map((x) => (x.key === p.key ? v : x)))}
          onRemove={() => onChange(value.filter((x) => x.key !== p.key))}
        />
      ))}
      <Group>
        <Button variant="default" onClick={() => onChange([...value, newParticipant()])}>
          {t('dialogue.participants.add')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The participants as the API takes them. */
export function participantsInput(value: ParticipantDraft[]) {
  // Empty rows are sent too, so that the API's complaint lands next to the row it is about.
  return value.map((p) => ({
    ...(p.person_id ? { person_id: p.person_id } : { name: p.name.trim() }),
    side: p.side,
  }));
}
