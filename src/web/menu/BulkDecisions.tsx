import { Alert, Button, Group, List, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../core/api/client.js';
import { ErrorNotice } from '../core/components/common.js';
import { menuApi, type NominationOut } from './api.js';

const DECISIONS = [
  ['ACCEPTED', 'accept'],
  ['WAITLISTED', 'waitlist'],
  ['DECLINED', 'decline'],
] as const;

/** A refused batch: which nomination the API refused and why (nothing of the batch was saved). */
function DecisionErrors({ error, chosen }: { error: unknown; chosen: NominationOut[] }) {
  const { t } = useTranslation();
  const rows =
    error instanceof ApiError
      ? error.errors.flatMap((e) => {
          const match = /^decisions\[(\d+)\]/.exec(e.field);
          const n = match ? chosen[Number(match[1])] : undefined;
          return n ? [{ name: n.person_name, reason: e.reason }] : [];
        })
      : [];
  if (!(error instanceof ApiError) || rows.length === 0) return <ErrorNotice error={error} />;
  return (
    <Alert color="red" title={t('menu.decide.refused', { title: error.title })} my="sm">
      <List size="sm">
        {rows.map((r) => (
          <List.Item key={`${r.name}:${r.reason}`}>
            <Text span fw={600} size="sm">
              {r.name}
            </Text>
            {`: ${r.reason}`}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** Decides the ticked nominations at once: the API takes all of them, or none. */
export function BulkDecisions({
  selected,
  items,
  onDone,
}: {
  selected: Set<string>;
  items: NominationOut[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const chosen = items.filter((n) => selected.has(n.id));
  const decide = useMutation({
    mutationFn: ({ status, chosen }: { status: (typeof DECISIONS)[number][0]; chosen: NominationOut[] }) =>
      menuApi.decide(
        chosen.map((n) => ({
          id: n.id,
          status,
          version: n.version,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        })),
      ),
    onSuccess: () => {
      setReason('');
      onDone();
      void client.invalidateQueries({ queryKey: ['nominations'] });
      void client.invalidateQueries({ queryKey: ['iteration'] });
    },
  });
  return (
    <>
      <Group align="flex-end" gap="sm">
        <Text role="status">{t('menu.decide.selected', { count: selected.size })}</Text>
        <TextInput
          label={t('menu.decide.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {DECISIONS.map(([status, key]) => (
          <Button
            key={status}
            variant="default"
            disabled={selected.size === 0}
            loading={decide.isPending && decide.variables?.status === status}
            onClick={() => decide.mutate({ status, chosen })}
          >
            {t(`menu.decide.${key}`)}
          </Button>
        ))}
      </Group>
      {decide.error && <DecisionErrors error={decide.error} chosen={decide.variables?.chosen ?? []} />}
    </>
  );
}
