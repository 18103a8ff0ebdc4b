import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, useLang } from '../core/components/common.js';
import { DataTable } from '../core/components/DataTable.js';
import { countryName, formatCount } from '../core/i18n/format.js';
import { type IterationOut, menuApi, type RoundOut } from './api.js';

/** Proposes an allocation round for the iteration, explains each decision, and applies it on request. */
export function AllocationRound({ iteration }: { iteration: IterationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const client = useQueryClient();
  const [round, setRound] = useState<RoundOut | null>(null);
  const propose = useMutation({
    mutationFn: () => menuApi.proposeRound([iteration.id]),
    onSuccess: setRound,
  });
  const apply = useMutation({
    mutationFn: (r: RoundOut) => menuApi.applyRound(r),
    onSuccess: (applied) => {
      setRound(applied);
      void client.invalidateQueries({ queryKey: ['nominations'] });
      void client.invalidateQueries({ queryKey: ['iteration', iteration.id] });
      void client.invalidateQueries({ queryKey: ['iterations'] });
    },
  });
  return (
    <Stack gap="sm">
      <Text maw={760}>{t('menu.round.intro')}</Text>
      <Group>
        <Button
          variant={round ? 'default' : 'filled'}
          onClick={() => {
            apply.reset();
            propose.mutate();
          }}
          loading={propose.isPending}
        >
          {t('menu.round.propose')}
        </Button>
      </Group>
      {propose.error && <ErrorNotice error={propose.error} />}
      {round && (
        <Stack gap="sm">
          <Text role="status" id={`${id}-summary`}>
            {t(round.status === 'applied' ? 'menu.round.appliedSummary' : 'menu.round.summary', {
              accepted: formatCount(round.accepted, lang),
              waitlisted: formatCount(round.waitlisted, lang),
              objective: formatCount(round.objective, lang),
            })}
          </Text>
          <DataTable
            rows={round.decisions}
            rowKey={(d) => d.nomination_id}
            labelledBy={`${id}-summary`}
            highlightOnHover={false}
            columns={[
              { key: 'person', header: t('menu.nominations.person'), cell: (d) => d.person_name },
              {
                key: 'partner',
                header: t('menu.nominations.partner'),
                cell: (d) => countryName(d.partner_id.toUpperCase(), lang),
              },
              {
                key: 'priority',
                header: t('menu.nominations.priority'),
                cell: (d) => formatCount(d.priority, lang),
              },
              { key: 'weight', header: t('menu.round.weight'), cell: (d) => formatCount(d.weight, lang) },
              {
                key: 'outcome',
                header: t('menu.round.outcome'),
                cell: (d) => t(`menu.round.outcomes.${d.outcome}`),
              },
              {
                key: 'reason',
                header: t('menu.round.explanation'),
                cell: (d) => d.reason,
                td: { lang: 'en' },
              },
            ]}
          />
          {round.status === 'proposed' ? (
            <Group>
              <Button onClick={() => apply.mutate(round)} loading={apply.isPending}>
                {t('menu.round.apply')}
              </Button>
            </Group>
          ) : (
            <Alert color="green" c="dark.8">
              {t('menu.round.applied')}
            </Alert>
          )}
          {apply.error && <ErrorNotice error={apply.error} />}
        </Stack>
      )}
    </Stack>
  );
}
