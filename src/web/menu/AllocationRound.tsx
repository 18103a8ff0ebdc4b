import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice, useLang } from '../core/components/common.js';
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
          {round.decisions.length > 0 && (
            <div className="table-scroll">
              <Table aria-labelledby={`${id}-summary`} striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('menu.nominations.person')}</Table.Th>
                    <Table.Th>{t('menu.nominations.partner')}</Table.Th>
                    <Table.Th>{t('menu.nominations.priority')}</Table.Th>
                    <Table.Th>{t('menu.round.weight')}</Table.Th>
                    <Table.Th>{t('menu.round.outcome')}</Table.Th>
                    <Table.Th>{t('menu.round.explanation')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {round.decisions.map((d) => (
                    <Table.Tr key={d.nomination_id}>
                      <Table.Td>{d.person_name}</Table.Td>
                      <Table.Td>{countryName(d.partner_id.toUpperCase(), lang)}</Table.Td>
                      <Table.Td>{formatCount(d.priority, lang)}</Table.Td>
                      <Table.Td>{formatCount(d.weight, lang)}</Table.Td>
                      <Table.Td>{t(`menu.round.outcomes.${d.outcome}`)}</Table.Td>
                      <Table.Td lang="en">{d.reason}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
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
