import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersonOut, personCreate, personPatch } from '../../../schemas/registry/person.schema.js';
import { request } from '../../core/api/client.js';
import { useLang } from '../../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';
import { type NameDraft, NamesEditor, nameDraft, namesInput, newName } from './NamesEditor.js';

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
  const { form, set } = useFormFields({
    gender: (person?.gender ?? null) as string | null,
    birth_date: person?.birth_date ?? '',
    nationality: person?.nationality ?? '',
    summary: person?.summary ?? '',
  });
  const save = useMutation({
    mutationFn: async () => {
      const body = {
        names: namesInput(names),
        gender: form.gender,
        birth_date: orNull(form.birth_date),
        nationality: orNull(form.nationality.toUpperCase()),
        summary: orNull(form.summary),
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
  const field = fieldBinder(form, set, save.error, personCreate.shape);
  return (
    <FormScaffold save={save} shown={SHOWN} submitLabel={t('registry.forms.save')}>
      <NamesEditor value={names} onChange={setNames} error={save.error} />
      <Group align="flex-start">
        <TextInput
          label={t('people.nationality')}
          description={t('registry.forms.nationalityHelp')}
          {...field.text('nationality')}
          maxLength={2}
          w={200}
        />
        <TextInput
          label={t('registry.forms.birthDate')}
          placeholder="1965-04-01"
          {...field.text('birth_date')}
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
          error={field.error('gender')}
          w={200}
        />
      </Group>
      <Textarea label={t('registry.forms.summary')} {...field.text('summary')} autosize minRows={2} />
    </FormScaffold>
  );
}
