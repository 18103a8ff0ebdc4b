import { Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addYears, format, isValid, parseISO, subDays } from 'date-fns';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../core/api/client.js';
import { fieldError } from '../core/api/field-errors.js';
import { ErrorNotice } from '../core/components/common.js';
import { useSession } from '../core/session/session.js';
import { usePartnerOptions } from '../dialogue/ui.js';
import { PROGRAMME_KINDS, type ProgrammeKind, programmeApi } from './api.js';

const SHOWN = ['partner_id', 'kind', 'start_date', 'end_date', 'title', 'id'];

/** The usual two-year period: from the start to the day before its second anniversary. */
function twoYearsFrom(start: string): string {
  const date = parseISO(start);
  return isValid(date) ? format(subDays(addYears(date, 2), 1), 'yyyy-MM-dd') : '';
}

/** Starts a draft programme for a partner and period; opens it once created. A partner official starts its own. */
export function NewProgrammeForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const partners = usePartnerOptions();
  const { ownPartner } = useSession();
  const [form, setForm] = useState({
    partner_id: ownPartner ?? '',
    kind: 'IPP' as ProgrammeKind,
    start_date: '',
    end_date: '',
    title: '',
  });
  // The end follows the start until it is typed by hand.
  const [endTouched, setEndTouched] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      programmeApi.create({
        partner_id: form.partner_id,
        kind: form.kind,
        start_date: form.start_date,
        ...(form.end_date ? { end_date: form.end_date } : {}),
        ...(form.title.trim() ? { title: form.title.trim() } : {}),
      }),
    onSuccess: (p) => {
      void client.invalidateQueries({ queryKey: ['programmes'] });
      client.setQueryData(['programme', p.id], p);
      navigate(`/programmes/${encodeURIComponent(p.id)}`);
    },
  });
  const err = (field: string) => fieldError(save.error, field);
  const unshown =
    save.error instanceof ApiError &&
    (save.error.errors.length === 0 || save.error.errors.some((e) => !SHOWN.includes(e.field)));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h3" id={id}>
            {t('programmes.new.title')}
          </Title>
          <Group align="flex-start">
            {!ownPartner && (
              <NativeSelect
                label={t('programmes.fields.partner')}
                required
                value={form.partner_id}
                onChange={(e) => setForm({ ...form, partner_id: e.currentTarget.value })}
                data={[{ value: '', label: t('programmes.new.choosePartner') }, ...partners]}
                error={err('partner_id')}
                w={280}
              />
            )}
            <NativeSelect
              label={t('programmes.fields.kind')}
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.currentTarget.value as ProgrammeKind })}
              data={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(`programmes.kind.${k}`) }))}
              error={err('kind')}
              w={320}
            />
          </Group>
          <Group align="flex-start">
            <TextInput
              type="date"
              label={t('programmes.fields.start')}
              required
              value={form.start_date}
              onChange={(e) => {
                const start = e.currentTarget.value;
                setForm({
                  ...form,
                  start_date: start,
                  end_date: endTouched ? form.end_date : twoYearsFrom(start),
                });
              }}
              error={err('start_date')}
            />
            <TextInput
              type="date"
              label={t('programmes.fields.end')}
              description={t('programmes.new.endHint')}
              value={form.end_date}
              onChange={(e) => {
                setEndTouched(true);
                setForm({ ...form, end_date: e.currentTarget.value });
              }}
              error={err('end_date')}
            />
          </Group>
          <TextInput
            label={t('programmes.fields.title')}
            description={t('programmes.new.titleHint')}
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.currentTarget.value })}
            error={err('title') ?? err('id')}
            maw={600}
          />
          {unshown && <ErrorNotice error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('programmes.new.create')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('programmes.new.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
