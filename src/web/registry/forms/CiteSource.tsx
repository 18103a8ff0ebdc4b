import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type ClaimOut, claimCreate, type SUBJECT_TYPES } from '../../../schemas/registry/source.schema.js';
import { api, request } from '../../core/api/client.js';
import { useLang } from '../../core/components/common.js';
import { ModalAction } from '../../core/components/ModalAction.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';
import { useSession } from '../../core/session/session.js';
import { NewSource } from './SourceForm.js';

const SHOWN = ['source_id', 'field', 'value', 'excerpt', 'confidence'];

/**
 * Cites a source for one field of a record (or the whole record), with the passage quoted: a claim.
 * Claims that disagree on a field appear on the conflicts screen.
 */
export function CiteSource({
  subjectType,
  subjectId,
  fields,
}: {
  subjectType: (typeof SUBJECT_TYPES)[number];
  subjectId: string;
  /** the record's fields a source may state */
  fields: string[];
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('registry.write')) return null;
  return (
    <ModalAction label={t('registry.forms.cite')}>
      {(close) => (
        <CiteForm subjectType={subjectType} subjectId={subjectId} fields={fields} onSaved={close} />
      )}
    </ModalAction>
  );
}

function CiteForm({
  subjectType,
  subjectId,
  fields,
  onSaved,
}: {
  subjectType: (typeof SUBJECT_TYPES)[number];
  subjectId: string;
  fields: string[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const sources = useQuery({ queryKey: ['sources', 'all'], queryFn: () => api.sources({ limit: 500 }) });
  const { form, set } = useFormFields({
    source_id: null as string | null,
    field: '*',
    value: '',
    excerpt: '',
    confidence: 'secondary' as ClaimOut['confidence'],
  });
  const save = useMutation({
    mutationFn: () => {
      const body = validated(
        claimCreate,
        {
          subject_type: subjectType,
          subject_id: subjectId,
          source_id: form.source_id ?? '',
          field: form.field,
          value: form.field === '*' ? null : orNull(form.value),
          excerpt: orNull(form.excerpt),
          confidence: form.confidence,
        },
        lang,
        t('forms.invalid'),
      );
      return request<ClaimOut>('POST', '/api/claims', body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['conflicts'] });
      void client.invalidateQueries({ queryKey: ['claims'] });
      onSaved();
    },
  });
  const field = fieldBinder(form, set, save.error, claimCreate.shape);
  return (
    <FormScaffold save={save} shown={SHOWN} submitLabel={t('registry.forms.citeSave')}>
      <Select
        label={t('registry.forms.source')}
        data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.title }))}
        value={form.source_id}
        onChange={(v) => set('source_id', v)}
        searchable
        required
        error={field.error('source_id')}
      />
      <NewSource onCreated={(s) => set('source_id', s.id)} />
      <Group grow align="flex-start">
        <Select
          label={t('registry.forms.field')}
          data={['*', ...fields].map((f) => ({
            value: f,
            label: f === '*' ? t('registry.forms.wholeRecord') : t(`fields.${f}`, { defaultValue: f }),
          }))}
          {...field.choice('field')}
        />
        <TextInput
          label={t('registry.forms.value')}
          description={t('registry.forms.valueHelp')}
          {...field.text('value')}
          disabled={form.field === '*'}
        />
      </Group>
      <Textarea label={t('registry.forms.quote')} {...field.text('excerpt')} autosize minRows={2} />
      <Select
        label={t('registry.forms.confidence')}
        data={(['confirmed', 'secondary', 'unconfirmed'] as const).map((c) => ({
          value: c,
          label: t(`confidence.${c}`),
        }))}
        {...field.choice('confidence')}
        error={undefined}
      />
    </FormScaffold>
  );
}
