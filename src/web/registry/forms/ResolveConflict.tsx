import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ConflictOut,
  type ConflictResolution,
  conflictResolve,
} from '../../../schemas/registry/source.schema.js';
import { ApiError, request } from '../../core/api/client.js';
import { errorUnder } from '../../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../../core/components/common.js';
import { maxLengthOf, validated } from '../../core/forms/validate.js';
import { formatPartialDate, isPartialDate } from '../../core/i18n/format.js';
import { READABLE_ERRORS } from './ui.js';

/**
 * Settles one conflict: the value that holds and why. The claims stating it are followed, the others
 * set aside, and the decision is kept as a claim with its source and reason (POST /api/conflicts/resolve).
 */
export function ResolveConflict({ conflict }: { conflict: ConflictOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const client = useQueryClient();
  const values = [...new Set(conflict.claims.map((c) => c.value).filter((v): v is string => v !== null))];
  const [value, setValue] = useState<string | null>(conflict.followed_value);
  const [reason, setReason] = useState('');
  const resolve = useMutation({
    mutationFn: () => {
      const body = validated(
        conflictResolve,
        {
          subject_type: conflict.subject_type,
          subject_id: conflict.subject_id,
          field: conflict.field,
          value: value ?? '',
          reason,
        },
        lang,
        t('forms.invalid'),
      );
      return request<ConflictResolution>('POST', '/api/conflicts/resolve', body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['conflicts'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  if (!conflict.claims.every((c) => c.can.update)) return null;
  const error = resolve.error;
  const unplaced =
    error instanceof ApiError
      ? error.errors.length === 0 || error.errors.some((e) => !['value', 'reason'].includes(e.field))
      : !!error;
  return (
    <form
      style={READABLE_ERRORS}
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate();
      }}
    >
      <Stack gap="xs" mt="md">
        {unplaced && <ErrorNotice error={error} />}
        <Radio.Group
          id={`${id}-title`}
          label={t('registry.conflicts.follow')}
          value={value}
          onChange={setValue}
          error={errorUnder(error, 'value')}
        >
          <Group mt={4}>
            {values.map((v) => (
              <Radio
                key={v}
                value={v}
                label={conflict.field.endsWith('_date') && isPartialDate(v) ? formatPartialDate(v, lang) : v}
              />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('registry.conflicts.reason')}
          description={t('registry.conflicts.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={maxLengthOf(conflictResolve.shape.reason)}
          error={errorUnder(error, 'reason')}
          autosize
          minRows={1}
          required
        />
        <Group>
          <Button type="submit" size="sm" loading={resolve.isPending}>
            {t('registry.conflicts.resolve')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
