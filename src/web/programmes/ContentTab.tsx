import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREED_STATUSES, type ProgrammeStatus } from '../../domain/programmes/lifecycle.js';
import { AmendmentPanel } from './AmendmentPanel.js';
import { type ProgrammeOut, programmeApi } from './api.js';
import { type ContentDraft, ContentEditor, inputOf } from './ContentEditor.js';
import { ContentView } from './ContentView.js';

const DRAFTING: ReadonlySet<string> = new Set(['draft', 'in_consultation', 'approved_by_organization']);

import type { ProgrammePanelProps } from './ui.js';

/**
 * The programme's content: edited directly while it is being drafted; once agreed, read, and changed
 * only by proposing an amendment that both sides sign.
 */
export function ContentTab({ programme, side, partnerName, onChanged }: ProgrammePanelProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [amending, setAmending] = useState(false);
  const changed = (p: ProgrammeOut) => {
    onChanged(p);
    void client.invalidateQueries({ queryKey: ['programme-versions', p.id] });
    void client.invalidateQueries({ queryKey: ['programmes'] });
  };
  const save = useMutation({
    mutationFn: (draft: ContentDraft) => programmeApi.update(programme, inputOf(draft)),
    onSuccess: changed,
  });
  const propose = useMutation({
    mutationFn: (draft: ContentDraft) => programmeApi.propose(programme, inputOf(draft)),
    onSuccess: (p) => {
      setAmending(false);
      changed(p);
    },
  });
  const status = programme.status as ProgrammeStatus;

  if (side && DRAFTING.has(status)) {
    return (
      <ContentEditor
        key={programme.id}
        initial={programme.content}
        partnerId={programme.partner_id}
        partnerName={partnerName}
        saveLabel={t('programmes.editor.save')}
        saving={save.isPending}
        error={save.error}
        onSave={(draft) => save.mutate(draft)}
        notice={
          status === 'approved_by_organization' ? (
            <Alert color="yellow" c="dark.8">
              {t('programmes.editor.reopensConsultation')}
            </Alert>
          ) : undefined
        }
      />
    );
  }

  if (side && AGREED_STATUSES.has(status) && amending) {
    return (
      <ContentEditor
        key={`${programme.id}-amendment`}
        initial={programme.amendment?.content ?? programme.content}
        partnerId={programme.partner_id}
        partnerName={partnerName}
        saveLabel={t('programmes.amendment.save')}
        saving={propose.isPending}
        error={propose.error}
        onSave={(draft) => propose.mutate(draft)}
        onCancel={() => setAmending(false)}
        notice={<Text>{t('programmes.amendment.editing')}</Text>}
      />
    );
  }

  return (
    <Stack gap="lg">
      {side && AGREED_STATUSES.has(status) && (
        <Group>
          {programme.amendment ? null : (
            <Button onClick={() => setAmending(true)}>{t('programmes.amendment.propose')}</Button>
          )}
          <Text size="sm" c="dimmed">
            {t('programmes.amendment.why')}
          </Text>
        </Group>
      )}
      {programme.amendment && (
        <AmendmentPanel
          programme={programme}
          side={side}
          partnerName={partnerName}
          onChanged={changed}
          onEdit={() => setAmending(true)}
        />
      )}
      <ContentView content={programme.content} title={t('programmes.content.inForce')} />
    </Stack>
  );
}
