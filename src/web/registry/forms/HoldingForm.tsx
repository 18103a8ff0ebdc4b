import { Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HoldingOut, holdingCreate, holdingPatch } from '../../../schemas/registry/post.schema.js';
import { request } from '../../core/api/client.js';
import { errorElsewhere, errorUnder } from '../../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../../core/components/common.js';
import { maxLengthOf, validated } from '../../core/forms/validate.js';
import { PostSelect } from './PostSelect.js';
import { READABLE_ERRORS } from './ui.js';

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
  const [form, setForm] = useState({
    start_date: holding?.start_date ?? '',
    end_date: holding?.end_date ?? '',
    acting: holding?.acting ?? false,
    note: holding?.note ?? '',
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const save = useMutation({
    mutationFn: async () => {
      const fields = {
        start_date: form.start_date.trim(),
        end_date: form.end_date.trim() || null,
        acting: form.acting,
        note: form.note.trim() || null,
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
        {!holding && (
          <PostSelect
            label={t('registry.forms.post')}
            value={postId}
            onChange={setPostId}
            required
            error={errorUnder(error, 'post_id')}
          />
        )}
        <Group align="flex-start">
          <TextInput
            label={t('registry.forms.since')}
            description={t('registry.forms.dateHelp')}
            placeholder="2011-06-22"
            value={form.start_date}
            onChange={(e) => set('start_date', e.currentTarget.value)}
            required
            error={errorUnder(error, 'start_date')}
          />
          <TextInput
            label={t('registry.forms.until')}
            description={t('registry.forms.untilHelp')}
            value={form.end_date}
            onChange={(e) => set('end_date', e.currentTarget.value)}
            error={errorUnder(error, 'end_date')}
          />
        </Group>
        <Checkbox
          label={t('registry.forms.acting')}
          checked={form.acting}
          onChange={(e) => set('acting', e.currentTarget.checked)}
        />
        <Textarea
          label={t('registry.forms.note')}
          value={form.note}
          onChange={(e) => set('note', e.currentTarget.value)}
          maxLength={maxLengthOf(holdingCreate.shape.note)}
          error={errorUnder(error, 'note')}
          autosize
          minRows={1}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {holding ? t('registry.forms.save') : t('registry.forms.takeUp')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
