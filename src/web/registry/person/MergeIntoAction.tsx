import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PersonMergeOut } from '../../../schemas/registry/person-merge.schema.js';
import { type PersonOut, request } from '../../core/api/client.js';
import { fieldError } from '../../core/api/field-errors.js';
import { ErrorNotice, useLang } from '../../core/components/common.js';
import { personPath } from '../../core/components/links.js';
import { PersonSelect } from '../../core/components/PersonSelect.js';
import { personName } from '../../core/i18n/names.js';

/**
 * "Merge into…": the person shown is a duplicate of another, chosen by name; the other keeps
 * everything (names as variants, posts, nominations, meetings, sources) and this one is deleted.
 */
export default function MergeIntoAction({ person }: { person: PersonOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [into, setInto] = useState<string | null>(null);
  const merge = useMutation({
    mutationFn: (target: string) =>
      request<PersonMergeOut>(
        'POST',
        `/api/people/${encodeURIComponent(person.id)}/merge`,
        { into: target },
        {
          version: person.version,
        },
      ),
    onSuccess: async (out) => {
      await client.invalidateQueries({ queryKey: ['people'] });
      await client.invalidateQueries({ queryKey: ['person'] });
      await client.invalidateQueries({ queryKey: ['person-holdings'] });
      close();
      void navigate(personPath(out.person.id));
    },
  });
  const error = merge.error;
  const intoError = fieldError(error, 'into');

  return (
    <>
      <Group>
        <Button variant="default" size="xs" onClick={open}>
          {t('personMerge.action')}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={close}
        title={t('personMerge.title', { name: personName(person, lang) })}
        closeButtonProps={{ 'aria-label': t('personMerge.cancel') }}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (into) merge.mutate(into);
          }}
        >
          <Stack>
            <Text size="sm">{t('personMerge.explain')}</Text>
            <PersonSelect
              label={t('personMerge.into')}
              description={t('personMerge.intoHelp')}
              value={into}
              onChange={setInto}
              exclude={person.id}
              showId
              minChars={2}
              nothingFoundMessage={t('personMerge.nobody')}
              error={intoError}
              required
            />
            {error && !intoError ? <ErrorNotice error={error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('personMerge.cancel')}
              </Button>
              <Button type="submit" color="red" disabled={!into} loading={merge.isPending}>
                {t('personMerge.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
