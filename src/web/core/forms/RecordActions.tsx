import { Alert, Button, Group, Modal } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../api/client.js';
import { ErrorNotice } from '../components/common.js';
import { RemoveButton } from './RemoveButton.js';

interface Deletable {
  id: string;
  version: number;
  can: { update: boolean; delete: boolean; restore?: boolean };
}

/**
 * Edit, delete and restore for one record, offered as its `can` allows: the edit form opens in a
 * dialog; a deletion names the version read (If-Match) and leaves a notice with "Restore" on the page
 * as long as the reader stays, so that a deletion is undone where it was made.
 */
export function RecordActions<T extends Deletable>({
  record,
  path,
  queryKey,
  noun,
  edit,
  restorable = true,
}: {
  record: T;
  /** the record's API address, e.g. /api/people/ivanov */
  path: string;
  /** the query that holds the record on this page */
  queryKey: readonly unknown[];
  /** what the record is, for the buttons and the dialog ("person", "meeting") */
  noun: string;
  /** the edit form, given a way to close the dialog once saved */
  edit?: (close: () => void) => ReactNode;
  /** the API has a restore route for this kind of record */
  restorable?: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const remove = useMutation({
    mutationFn: () => request<void>('DELETE', path, undefined, { version: record.version }),
    onSuccess: () => setDeleted(true),
  });
  const restore = useMutation({
    mutationFn: () => request<T>('POST', `${path}/restore`),
    onSuccess: (r) => {
      setDeleted(false);
      client.setQueryData(queryKey, r);
      void client.invalidateQueries();
    },
  });
  if (deleted)
    return (
      <Alert color="orange" title={t('forms.deleted', { noun })} role="status" my="sm">
        {restorable && record.can.restore !== false && (
          <Button mt="xs" size="xs" loading={restore.isPending} onClick={() => restore.mutate()}>
            {t('forms.restore')}
          </Button>
        )}
        {restore.error && <ErrorNotice error={restore.error} />}
      </Alert>
    );
  if (!record.can.update && !record.can.delete) return null;
  return (
    <>
      <Group gap="xs" my="xs">
        {record.can.update && edit && (
          <Button size="xs" variant="default" onClick={() => setEditing(true)}>
            {t('forms.edit', { noun })}
          </Button>
        )}
        {record.can.delete && (
          <RemoveButton
            noun={noun}
            label={t('forms.delete', { noun })}
            remove={remove}
            size="xs"
            color="red.9"
          />
        )}
      </Group>
      {remove.error && <ErrorNotice error={remove.error} />}
      {edit && (
        <Modal
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('forms.edit', { noun })}
          size="xl"
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {editing && edit(() => setEditing(false))}
        </Modal>
      )}
    </>
  );
}
