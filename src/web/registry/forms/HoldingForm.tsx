import { Checkbox, Group, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HoldingOut, holdingCreate, holdingPatch } from '../../../schemas/registry/post.schema.js';
import { request } from '../../core/api/client.js';
import { useLang } from '../../core/components/common.js';
import { FormScaffold, fieldBinder, orNull, useFormFields } from '../../core/forms/FormScaffold.js';
import { validated } from '../../core/forms/validate.js';
import { PostSelect } from './PostSelect.js';

const SHOWN = ['post_id', 'start_date', 'end_date', 'acting', 'note'];

/**
 * A person takes up a post (or acts in it), from a day and possibly until one; or, given `holding`,
 * the dates of that term are corrected — the end of a term is how a handover is written.
 */
export function HoldingForm({
  personId,
  holding,
  onSaved,
}: {
  personId: string;
  holding?: HoldingOut;
  onSaved: (h: HoldingOut) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const [postId, setPostId] = useState<string | null>(holding?.post_id ?? null);
  const { form, set } = useFormFields({
    start_date: holding?.start_date ?? '',
    end_date: holding?.end_date ?? '',
    acting: holding?.acting ?? false,
    note: holding?.note ?? '',
  });
  const save = useMutation({
    mutationFn: async () => {
      const fields = {
        start_date: form.start_date.trim(),
        end_date: orNull(form.end_date),
        acting: form.acting,
        note: orNull(form.note),
      };
      const title = t('forms.invalid');
      if (!holding) {
        const body = validated(
          holdingCreate,
          { post_id: postId ?? '', person_id: personId, ...fields },
          lang,
          title,
        );
        return request<HoldingOut>('POST', '/api/holdings', body);
      }
      const patch = validated(holdingPatch, fields, lang, title);
      return request<HoldingOut>('PATCH', `/api/holdings/${encodeURIComponent(holding.id)}`, patch, {
        version: holding.version,
      });
    },
    onSuccess: (h) => {
      void client.invalidateQueries({ queryKey: ['person-holdings', h.person_id] });
      void client.invalidateQueries({ queryKey: ['holders', h.post_id] });
      void client.invalidateQueries({ queryKey: ['holding', h.id] });
      onSaved(h);
    },
  });
  const field = fieldBinder(form, set, save.error, holdingCreate.shape);
  return (
    <FormScaffold
      save={save}
      shown={SHOWN}
      submitLabel={holding ? t('registry.forms.save') : t('registry.forms.takeUp')}
    >
      {!holding && (
        <PostSelect
          label={t('registry.forms.post')}
          value={postId}
          onChange={setPostId}
          required
          error={field.error('post_id')}
        />
      )}
      <Group align="flex-start">
        <TextInput
          label={t('registry.forms.since')}
          description={t('registry.forms.dateHelp')}
          placeholder="2011-06-22"
          {...field.text('start_date')}
          required
        />
        <TextInput
          label={t('registry.forms.until')}
          description={t('registry.forms.untilHelp')}
          {...field.text('end_date')}
        />
      </Group>
      <Checkbox
        label={t('registry.forms.acting')}
        checked={form.acting}
        onChange={(e) => set('acting', e.currentTarget.checked)}
      />
      <Textarea label={t('registry.forms.note')} {...field.text('note')} autosize minRows={1} />
    </FormScaffold>
  );
}
