import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClaimOut, claimCreate, type SUBJECT_TYPES } from '../../../schemas/registry/source.schema.js';
import { api, request } from '../../core/api/client.js';
import { errorElsewhere, errorUnder } from '../../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../../core/components/common.js';
import { maxLengthOf, validated } from '../../core/forms/validate.js';
import { useSession } from '../../core/session/session.js';
import { NewSource } from './SourceForm.js';
import { READABLE_ERRORS } from './ui.js';

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
  const [open, setOpen] = useState(false);
  if (!can('registry.write')) return null;
  return (
    <>
      <Group>
        <Button size="xs" variant="default" onClick={() => setOpen(true)}>
          {t('registry.forms.cite')}
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('registry.forms.cite')} size="lg">
        {open && (
          <CiteForm
            subjectType={subjectType}
            subjectId={subjectId}
            fields={fields}
            onSaved={() => setOpen(false)}
          />
        )}
      </Modal>
    </>
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
  const [form, setForm] = useState({
    source_id: null as string | null,
    field: '*',
    value: '',
    excerpt: '',
    confidence: 'secondary' as ClaimOut['confidence'],
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = useMutation({
    mutationFn: () => {
      const body = validated(
        claimCreate,
        {
          subject_type: subjectType,
          subject_id: subjectId,
          source_id: form.source_id ?? '',
          field: form.field,
          value: form.field === '*' ? null : form.value.trim() || null,
          excerpt: form.excerpt.trim() || null,
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
        <Select
          label={t('registry.forms.source')}
          data={(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.title }))}
          value={form.source_id}
          onChange={(v) => set('source_id', v)}
          searchable
          required
          error={errorUnder(error, 'source_id')}
        />
        <NewSource onCreated={(s) => set('source_id', s.id)} />
        <Group grow align="flex-start">
          <Select
            label={t('registry.forms.field')}
            data={['*', ...fields].map((f) => ({
              value: f,
              label: f === '*' ? t('registry.forms.wholeRecord') : t(`fields.${f}`, { defaultValue: f }),
            }))}
            value={form.field}
            onChange={(v) => v && set('field', v)}
            allowDeselect={false}
            error={errorUnder(error, 'field')}
          />
          <TextInput
            label={t('registry.forms.value')}
            description={t('registry.forms.valueHelp')}
            value={form.value}
            onChange={(e) => set('value', e.currentTarget.value)}
            disabled={form.field === '*'}
            maxLength={maxLengthOf(claimCreate.shape.value)}
            error={errorUnder(error, 'value')}
          />
        </Group>
        <Textarea
          label={t('registry.forms.quote')}
          value={form.excerpt}
          onChange={(e) => set('excerpt', e.currentTarget.value)}
          maxLength={maxLengthOf(claimCreate.shape.excerpt)}
          error={errorUnder(error, 'excerpt')}
          autosize
          minRows={2}
        />
        <Select
          label={t('registry.forms.confidence')}
          data={(['confirmed', 'secondary', 'unconfirmed'] as const).map((c) => ({
            value: c,
            label: t(`confidence.${c}`),
          }))}
          value={form.confidence}
          onChange={(v) => v && set('confidence', v as ClaimOut['confidence'])}
          allowDeselect={false}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('registry.forms.citeSave')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
