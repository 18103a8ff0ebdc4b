import { Group, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type SourceOut, sourceCreate } from '../../../schemas/registry/source.schema.js';
import { request } from '../../core/api/client.js';
import { useLang } from '../../core/components/common.js';
import { ModalAction } from '../../core/components/ModalAction.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';

const SHOWN = ['title', 'publisher', 'url', 'publication_date', 'language', 'excerpt'];

/** A new source: its title, the outlet that published it, where to read it, when, in which language. */
export function SourceForm({ onSaved }: { onSaved: (s: SourceOut) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const { form, set } = useFormFields({
    title: '',
    publisher: '',
    url: '',
    publication_date: '',
    language: '',
    excerpt: '',
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        title: form.title.trim(),
        publisher: orNull(form.publisher),
        url: orNull(form.url),
        publication_date: orNull(form.publication_date),
        language: orNull(form.language.toLowerCase()),
        excerpt: orNull(form.excerpt),
      };
      return request<SourceOut>(
        'POST',
        '/api/sources',
        validated(sourceCreate, body, lang, t('forms.invalid')),
      );
    },
    onSuccess: (s) => {
      void client.invalidateQueries({ queryKey: ['sources'] });
      onSaved(s);
    },
  });
  const field = fieldBinder(form, set, save.error, sourceCreate.shape);
  return (
    <FormScaffold
      save={save}
      shown={SHOWN}
      submitLabel={t('registry.sources.save')}
      label={t('registry.sources.new')}
    >
      <TextInput label={t('registry.sources.title')} {...field.text('title')} required />
      <Group grow align="flex-start">
        <TextInput label={t('registry.sources.publisher')} {...field.text('publisher')} />
        <TextInput label={t('registry.sources.url')} placeholder="https://" {...field.text('url')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('registry.sources.date')}
          description={t('registry.forms.dateHelp')}
          {...field.text('publication_date')}
        />
        <TextInput
          label={t('registry.sources.language')}
          description={t('registry.sources.languageHelp')}
          {...field.text('language')}
          maxLength={2}
        />
      </Group>
      <Textarea label={t('registry.forms.quote')} {...field.text('excerpt')} autosize minRows={2} />
    </FormScaffold>
  );
}

/** "New source", beside a choice of sources: the one created is chosen. */
export function NewSource({ onCreated }: { onCreated: (s: SourceOut) => void }) {
  const { t } = useTranslation();
  return (
    <ModalAction label={t('registry.sources.new')}>
      {(close) => (
        <SourceForm
          onSaved={(s) => {
            onCreated(s);
            close();
          }}
        />
      )}
    </ModalAction>
  );
}
