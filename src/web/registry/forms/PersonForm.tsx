import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonOut, personCreate, personPatch } from '../../../schemas/registry/person.schema.js';
import { request } from '../../core/api/client.js';
import { errorElsewhere, errorUnder } from '../../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../../core/components/common.js';
import { maxLengthOf, validated } from '../../core/forms/validate.js';
import { type NameDraft, NamesEditor, nameDraft, namesInput, newName } from './NamesEditor.js';
import { READABLE_ERRORS } from './ui.js';

const SHOWN = ['names', 'gender', 'birth_date', 'nationality', 'summary'];

/**
 * A person's names over time (with transliterations), nationality, birth date and summary: a new
 * person when `person` is absent, else a change of that version of the person.
 */
export function PersonForm({ person, onSaved }: { person?: PersonOut; onSaved: (p: PersonOut) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [names, setNames] = useState<NameDraft[]>(
    person ? person.names.map(nameDraft) : [newName('en'), newName('ru')],
  );
  const [form, setForm] = useState({
    gender: (person?.gender ?? null) as string | null,
    birth_date: person?.birth_date ?? '',
    nationality: person?.nationality ?? '',
    summary: person?.summary ?? '',
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        names: namesInput(names),
        gender: form.gender,
        birth_date: form.birth_date.trim() || null,
        nationality: form.nationality.trim().toUpperCase() || null,
        summary: form.summary.trim() || null,
      };
      const title = t('forms.invalid');
      if (!person)
        return request<PersonOut>('POST', '/api/people', validated(personCreate, body, lang, title));
      const patch = validated(personPatch, body, lang, title);
      return request<PersonOut>('PATCH', `/api/people/${encodeURIComponent(person.id)}`, patch, {
        version: person.version,
      });
    },
    onSuccess: (p) => {
      client.setQueryData(['person', p.id], p);
      void client.invalidateQueries({ queryKey: ['people'] });
      void client.invalidateQueries({ queryKey: ['audit', 'person', p.id] });
      onSaved(p);
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
        <NamesEditor value={names} onChange={setNames} error={error} />
        <Group align="flex-start">
          <TextInput
            label={t('people.nationality')}
            description={t('registry.forms.nationalityHelp')}
            value={form.nationality}
            onChange={(e) => set('nationality', e.currentTarget.value)}
            maxLength={2}
            error={errorUnder(error, 'nationality')}
            w={200}
          />
          <TextInput
            label={t('registry.forms.birthDate')}
            placeholder="1965-04-01"
            value={form.birth_date}
            onChange={(e) => set('birth_date', e.currentTarget.value)}
            error={errorUnder(error, 'birth_date')}
            w={200}
          />
          <Select
            label={t('registry.forms.gender')}
            data={(['female', 'male', 'other'] as const).map((g) => ({
              value: g,
              label: t(`registry.forms.genders.${g}`),
            }))}
            value={form.gender}
            onChange={(v) => set('gender', v)}
            clearable
            error={errorUnder(error, 'gender')}
            w={200}
          />
        </Group>
        <Textarea
          label={t('registry.forms.summary')}
          value={form.summary}
          onChange={(e) => set('summary', e.currentTarget.value)}
          maxLength={maxLengthOf(personCreate.shape.summary)}
          error={errorUnder(error, 'summary')}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('registry.forms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
