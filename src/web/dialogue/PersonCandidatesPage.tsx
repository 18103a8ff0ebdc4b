import { Button, Group, Modal, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../core/api/client.js';
import { errorUnder } from '../core/api/field-errors.js';
import { Dash, QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { personPath } from '../core/components/links.js';
import { PersonSelect } from '../core/components/PersonSelect.js';
import { formatCount } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';
import { type CandidateOut, confirmDraftPerson, draftPeopleQuery, rejectDraftPerson } from './api.js';
import { READABLE_ERRORS } from './ui.js';

const PAGE = 25;
const STATUSES = ['draft', 'confirmed', 'rejected', 'all'] as const;
type StatusFilter = (typeof STATUSES)[number];

/** After a decision the drafts, the meetings naming them and the people all may have changed. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      ['person-candidates', 'meeting', 'meetings', 'people'].map((key) =>
        client.invalidateQueries({ queryKey: [key] }),
      ),
    );
}

/** The error of a decision without a field of its own (a stale version, a draft decided meanwhile). */
function rowError(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return error.errors[0]?.reason ?? error.detail ?? error.title;
  return error instanceof Error ? error.message : String(error);
}

function LinkDialog({ draft, onClose }: { draft: CandidateOut; onClose: () => void }) {
  const { t } = useTranslation();
  const _lang = useLang();
  const refresh = useRefresh();
  const [personId, setPersonId] = useState<string | null>(null);
  const link = useMutation({
    mutationFn: () => confirmDraftPerson(draft, personId ? { person_id: personId } : {}),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('dialogue.drafts.linkTitle', { name: draft.name })}
      closeButtonProps={{ 'aria-label': t('dialogue.drafts.cancel') }}
    >
      <form
        style={READABLE_ERRORS}
        onSubmit={(e) => {
          e.preventDefault();
          link.mutate();
        }}
      >
        <Stack gap="sm">
          <PersonSelect
            label={t('dialogue.drafts.person')}
            description={t('dialogue.drafts.personHelp')}
            clearable
            required
            initialSearch={draft.name.split(/\s+/).pop() ?? ''}
            value={personId}
            onChange={setPersonId}
            nothingFoundMessage={t('dialogue.drafts.nobody')}
            error={errorUnder(link.error, 'person_id') ?? rowError(link.error)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('dialogue.drafts.cancel')}
            </Button>
            <Button type="submit" loading={link.isPending} disabled={!personId}>
              {t('dialogue.drafts.link')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DraftActions({ draft, onLink }: { draft: CandidateOut; onLink: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const errorId = useId();
  const create = useMutation({ mutationFn: () => confirmDraftPerson(draft, {}), onSuccess: refresh });
  const reject = useMutation({ mutationFn: () => rejectDraftPerson(draft), onSuccess: refresh });
  const error = rowError(create.error ?? reject.error);
  const busy = create.isPending || reject.isPending;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {draft.can.confirm && (
          <Button
            size="xs"
            onClick={() => create.mutate()}
            loading={create.isPending}
            disabled={busy}
            aria-describedby={error ? errorId : undefined}
            aria-label={t('dialogue.drafts.confirmNewOf', { name: draft.name })}
          >
            {t('dialogue.drafts.confirmNew')}
          </Button>
        )}
        {draft.can.confirm && (
          <Button
            size="xs"
            variant="default"
            onClick={onLink}
            disabled={busy}
            aria-label={t('dialogue.drafts.linkOf', { name: draft.name })}
          >
            {t('dialogue.drafts.linkExisting')}
          </Button>
        )}
        {draft.can.reject && (
          <Button
            size="xs"
            variant="default"
            c="red.9"
            onClick={() => reject.mutate()}
            loading={reject.isPending}
            disabled={busy}
            aria-label={t('dialogue.drafts.rejectOf', { name: draft.name })}
          >
            {t('dialogue.drafts.reject')}
          </Button>
        )}
      </Group>
      {error && (
        <Text id={errorId} size="sm" c="red.9" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Draft people: names met in meetings and reports that the registry lacks, to confirm or reject. */
export default function DraftPeoplePage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('dialogue.drafts.title'));
  const id = useId();
  const { can } = useSession();
  const [status, setStatus] = useState<StatusFilter>('draft');
  const [page, setPage] = useState(1);
  const [linking, setLinking] = useState<CandidateOut | null>(null);
  // Draft people come from restricted records too: the API lists them to those who write dialogue.
  const staff = can('dialogue.write');
  const query = useQuery({
    ...draftPeopleQuery({
      ...(status === 'all' ? {} : { status }),
      limit: PAGE,
      offset: (page - 1) * PAGE,
    }),
    enabled: staff,
    placeholderData: keepPreviousData,
  });
  if (!staff) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('dialogue.drafts.title')}</Title>
        <Text>{t('dialogue.staffOnly')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.drafts.title')}</Title>
      <Text>{t('dialogue.drafts.intro')}</Text>
      <Select
        label={t('dialogue.drafts.status')}
        data={STATUSES.map((s) => ({ value: s, label: t(`dialogue.drafts.statuses.${s}`) }))}
        value={status}
        onChange={(v) => {
          setPage(1);
          setStatus((v as StatusFilter | null) ?? 'draft');
        }}
        allowDeselect={false}
        w={220}
      />
      <QueryState query={query}>
        {(data) => (
          <>
            <Text size="sm" role="status">
              {t('dialogue.drafts.count', { count: data.total, formatted: formatCount(data.total, lang) })}
            </Text>
            {data.items.length > 0 && (
              <div className="table-scroll">
                <Table striped withTableBorder captionSide="top" aria-labelledby={`${id}-caption`}>
                  <Table.Caption id={`${id}-caption`}>{t('dialogue.drafts.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('dialogue.drafts.name')}</Table.Th>
                      <Table.Th>{t('dialogue.drafts.spellings')}</Table.Th>
                      <Table.Th>{t('dialogue.drafts.meetings')}</Table.Th>
                      <Table.Th>{t('dialogue.drafts.state')}</Table.Th>
                      <Table.Th>{t('dialogue.drafts.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((c) => {
                      const others = c.names.filter((n) => n !== c.name);
                      return (
                        <Table.Tr key={c.id}>
                          <Table.Td>{c.name}</Table.Td>
                          <Table.Td>{others.length ? others.join(' · ') : <Dash />}</Table.Td>
                          <Table.Td>{formatCount(c.meetings, lang)}</Table.Td>
                          <Table.Td>
                            {t(`dialogue.drafts.statuses.${c.status}`)}
                            {c.person_id && (
                              <>
                                {' → '}
                                <RouterAnchor to={personPath(c.person_id)}>
                                  {t('dialogue.drafts.openPerson')}
                                </RouterAnchor>
                              </>
                            )}
                          </Table.Td>
                          <Table.Td>
                            {c.can.confirm || c.can.reject ? (
                              <DraftActions draft={c} onLink={() => setLinking(c)} />
                            ) : (
                              <Dash />
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </div>
            )}
            {data.total > PAGE && (
              <Pagination
                total={Math.ceil(data.total / PAGE)}
                value={page}
                onChange={setPage}
                aria-label={t('dialogue.drafts.pages')}
                getControlProps={(control) => ({
                  'aria-label': t(`dialogue.list.page.${control}`),
                })}
                getItemProps={(n) => ({ 'aria-label': t('dialogue.list.page.number', { n }) })}
              />
            )}
          </>
        )}
      </QueryState>
      {linking && <LinkDialog key={linking.id} draft={linking} onClose={() => setLinking(null)} />}
    </Stack>
  );
}
