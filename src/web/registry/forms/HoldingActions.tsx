import { Button, Group, Modal } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldingOut } from '../../../schemas/registry/post.schema.js';
import { request } from '../../core/api/client.js';
import { ErrorNotice } from '../../core/components/common.js';
import { RemoveButton } from '../../core/forms/RemoveButton.js';
import { HoldingForm } from './HoldingForm.js';

/**
 * A term in post, corrected or ended (a handover is the end of one term and another's take-up), or
 * removed when it was recorded by mistake; offered as the holding's `can` allows.
 */
export function HoldingActions({ holding, label }: { holding: HoldingOut; label: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      request<void>('DELETE', `/api/holdings/${encodeURIComponent(holding.id)}`, undefined, {
        version: holding.version,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['person-holdings', holding.person_id] });
      void client.invalidateQueries({ queryKey: ['holders', holding.post_id] });
    },
  });
  if (!holding.can.update && !holding.can.delete) return null;
  return (
    <>
      <Group gap={4} wrap="nowrap">
        {holding.can.update && (
          <Button size="compact-xs" variant="default" onClick={() => setOpen(true)}>
            {t('registry.forms.editTerm', { post: label })}
          </Button>
        )}
        {holding.can.delete && (
          <RemoveButton
            noun={t('registry.nouns.holding')}
            label={t('registry.forms.removeTerm', { post: label })}
            remove={remove}
          />
        )}
      </Group>
      {remove.error && <ErrorNotice error={remove.error} />}
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('registry.forms.editTerm', { post: label })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open && (
          <HoldingForm personId={holding.person_id} holding={holding} onSaved={() => setOpen(false)} />
        )}
      </Modal>
    </>
  );
}
