import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PRIORITY } from '../../domain/nominations/nomination-rules.js';
import { fieldError } from '../core/api/field-errors.js';
import { organizationsQuery } from '../core/api/queries.js';
import { ErrorNotice, useLang } from '../core/components/common.js';
import { PersonSelect } from '../core/components/PersonSelect.js';
import { organizationName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { type IterationOut, menuApi } from './api.js';
import { otherErrors } from './ui.js';

const SHOWN = ['partner_id', 'person_id', 'person_name', 'priority', 'note'];

/** Nominates a person of the registry, or a new person by name, to the iteration. */
export function NominateForm({ iteration }: { iteration: IterationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const { ownPartner = '' } = useSession();
  const [partner, setPartner] = useState(ownPartner);
  const [mode, setMode] = useState<'registry' | 'new'>('new');
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [priority, setPriority] = useState<number | string>(5);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const partners = useQuery({ ...organizationsQuery({ kind: 'state', limit: 500 }), enabled: !ownPartner });

  const nominate = useMutation({
    mutationFn: () =>
      menuApi.nominate({
        iteration_id: iteration.id,
        partner_id: partner,
        ...(mode === 'registry'
          ? { person_id: personId ?? undefined }
          : { person_name: name.trim() || undefined }),
        priority: Number(priority),
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (n) => {
      // Only a saved nomination clears the form: a refused one keeps what was typed.
      setDone(t('menu.nominate.done', { name: n.person_name }));
      setName('');
      setPersonId(null);
      setNote('');
      void client.invalidateQueries({ queryKey: ['nominations'] });
    },
    onMutate: () => setDone(null),
  });
  const error = nominate.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        nominate.mutate();
      }}
      aria-label={t('menu.nominate.title')}
    >
      <Stack gap="sm" maw={560}>
        {error && otherErrors(error, SHOWN) && <ErrorNotice error={error} />}
        {done && (
          <Alert color="green" role="status" c="dark.8">
            {done}
          </Alert>
        )}
        {!ownPartner && (
          <NativeSelect
            label={t('menu.nominate.partner')}
            required
            value={partner}
            onChange={(e) => setPartner(e.currentTarget.value)}
            error={fieldError(error, 'partner_id')}
            data={[
              { value: '', label: t('menu.nominate.choosePartner') },
              ...[...(partners.data?.items ?? [])]
                .map((p) => ({ value: p.id, label: organizationName(p, lang) }))
                .sort((a, b) => a.label.localeCompare(b.label, lang)),
            ]}
          />
        )}
        <Radio.Group
          label={t('menu.nominate.who')}
          value={mode}
          onChange={(v) => setMode(v === 'registry' ? 'registry' : 'new')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="new" label={t('menu.nominate.newPerson')} />
            <Radio value="registry" label={t('menu.nominate.fromRegistry')} />
          </Group>
        </Radio.Group>
        {mode === 'registry' ? (
          <PersonSelect
            label={t('menu.nominate.person')}
            clearable
            required
            value={personId}
            onChange={setPersonId}
            nothingFoundMessage={t('menu.nominate.nobody')}
            error={fieldError(error, 'person_id')}
          />
        ) : (
          <TextInput
            label={t('menu.nominate.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'person_name', 'person_id')}
          />
        )}
        <NumberInput
          label={t('menu.nominate.priority')}
          description={t('menu.nominate.priorityHelp')}
          min={1}
          max={MAX_PRIORITY}
          value={priority}
          onChange={setPriority}
          error={fieldError(error, 'priority')}
        />
        <Textarea
          label={t('menu.nominate.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(error, 'note')}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={nominate.isPending}>
            {t('menu.nominate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
