import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../core/components/common.js';
import { programmeApi } from './api.js';
import { SignOffsTable } from './SignOffs.js';
import { type ProgrammePanelProps, StatusBadge, whoseMove } from './ui.js';

/**
 * Where the programme stands: its status, both sides' sign-offs, and the moves open to the signed-in
 * user now (the API says which); when the move is the other side's, it says whom it waits for.
 */
export function SignOffPanel({ programme, side, partnerName, onChanged }: ProgrammePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const move = useMutation({
    mutationFn: (transition: string) => programmeApi.transition(programme, transition),
    onSuccess: (p) => {
      setConfirming(false);
      onChanged(p);
      void client.invalidateQueries({ queryKey: ['programmes'] });
      void client.invalidateQueries({ queryKey: ['programme-versions', p.id] });
    },
  });
  const moves = programme.moves.filter((m) => m !== 'supersede');
  const next = whoseMove(programme.status);
  const waiting = next && next !== side;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={id}>
            {t('programmes.signoff.title')}
          </Title>
          <StatusBadge status={programme.status} />
        </Group>
        <Text size="sm">
          {t('programmes.signoff.current', { version: programme.content_version })}{' '}
          <code title={programme.hash}>{programme.hash.slice(0, 12)}</code>
        </Text>
        <SignOffsTable
          caption={t('programmes.signoff.caption')}
          organization={programme.organization_signoff}
          partner={programme.partner_signoff}
          partnerName={partnerName}
        />
        {moves.length > 0 && (
          <Group>
            {moves.map((m) => (
              <Button
                key={m}
                variant={m === 'return' || m === 'decline' ? 'default' : 'filled'}
                loading={move.isPending && move.variables === m}
                onClick={() => move.mutate(m)}
              >
                {t(`programmes.move.${m}`)}
              </Button>
            ))}
          </Group>
        )}
        {moves.length > 0 && (
          <Text size="sm" c="dimmed">
            {moves.map((m) => t(`programmes.moveHelp.${m}`)).join(' ')}
          </Text>
        )}
        {waiting && (
          <Text role="note" fw={600}>
            {t(`programmes.signoff.waiting.${next}`, { partner: partnerName })}
          </Text>
        )}
        {!side && <Text size="sm">{t('programmes.signoff.readOnly')}</Text>}
        {programme.moves.includes('supersede') &&
          (confirming ? (
            <Alert color="red" title={t('programmes.signoff.supersedeConfirm')}>
              <Group>
                <Button color="red.9" onClick={() => move.mutate('supersede')} loading={move.isPending}>
                  {t('programmes.move.supersede')}
                </Button>
                <Button variant="default" onClick={() => setConfirming(false)}>
                  {t('programmes.editor.cancel')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <Group>
              <Button variant="default" size="xs" onClick={() => setConfirming(true)}>
                {t('programmes.move.supersede')}…
              </Button>
            </Group>
          ))}
        {move.error && <ErrorNotice error={move.error} />}
      </Stack>
    </Paper>
  );
}
