import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Side } from '../../domain/programmes/lifecycle.js';
import { ErrorNotice } from '../core/components/common.js';
import { diffQuery, type ProgrammeOut, programmeApi } from './api.js';
import { DiffView } from './DiffView.js';
import { SignOffsTable } from './SignOffs.js';

/** A pending amendment: what it changes against the agreed version, and both sides' signatures. */
export function AmendmentPanel({
  programme,
  side,
  partnerName,
  onChanged,
  onEdit,
}: {
  programme: ProgrammeOut;
  side: Side | null;
  partnerName: string;
  onChanged: (p: ProgrammeOut) => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const amendment = programme.amendment;
  const diff = useQuery({
    ...diffQuery(programme.id, programme.content_version, amendment?.version ?? programme.content_version),
    enabled: !!amendment,
  });
  const sign = useMutation({
    mutationFn: () => programmeApi.signAmendment(programme, amendment?.hash ?? ''),
    onSuccess: onChanged,
  });
  const withdraw = useMutation({
    mutationFn: () => programmeApi.withdrawAmendment(programme),
    onSuccess: onChanged,
  });
  if (!amendment) return null;
  const mine =
    side === 'organization'
      ? amendment.organization_signoff
      : side === 'partner'
        ? amendment.partner_signoff
        : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {t('programmes.amendment.title', { version: amendment.version })}
        </Title>
        <Text size="sm">
          {t('programmes.amendment.intro', { agreed: programme.content_version })}{' '}
          <code title={amendment.hash}>{amendment.hash.slice(0, 12)}</code>
        </Text>
        <DiffView
          title={t('programmes.amendment.diff', { from: programme.content_version, to: amendment.version })}
          changes={amendment.changes}
          text={diff.data?.text}
        />
        <SignOffsTable
          caption={t('programmes.amendment.signoffs')}
          organization={amendment.organization_signoff}
          partner={amendment.partner_signoff}
          partnerName={partnerName}
        />
        {side && (
          <Group>
            {!mine && (
              <Button onClick={() => sign.mutate()} loading={sign.isPending}>
                {t('programmes.amendment.sign')}
              </Button>
            )}
            <Button variant="default" onClick={onEdit}>
              {t('programmes.amendment.edit')}
            </Button>
            <Button variant="default" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>
              {t('programmes.amendment.withdraw')}
            </Button>
          </Group>
        )}
        {mine && (
          <Text size="sm">
            {t(`programmes.amendment.waiting.${side === 'organization' ? 'partner' : 'organization'}`, {
              partner: partnerName,
            })}
          </Text>
        )}
        {sign.error && <ErrorNotice error={sign.error} />}
        {withdraw.error && <ErrorNotice error={withdraw.error} />}
      </Stack>
    </Paper>
  );
}
