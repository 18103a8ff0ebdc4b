import { Button, Group, NativeSelect, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PROGRAMME_STATUSES } from '../../domain/programmes/lifecycle.js';
import { useOrganizationsById } from '../core/api/queries.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { formatCount } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { usePartnerOptions } from '../dialogue/ui.js';
import { PROGRAMME_KINDS, type ProgrammeKind, type ProgrammeOut, programmesQuery } from './api.js';
import { NewProgrammeForm } from './NewProgrammeForm.js';
import { StatusBadge, whoseMove } from './ui.js';

const PAGE_SIZE = 25;

function ProgrammeTable({ items, labelledBy }: { items: ProgrammeOut[]; labelledBy: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const partners = useOrganizationsById(items.map((p) => p.partner_id));
  return (
    <div className="table-scroll">
      <Table aria-labelledby={labelledBy} striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programmes.fields.title')}</Table.Th>
            <Table.Th>{t('programmes.fields.partner')}</Table.Th>
            <Table.Th>{t('programmes.fields.kind')}</Table.Th>
            <Table.Th>{t('programmes.fields.period')}</Table.Th>
            <Table.Th>{t('programmes.fields.status')}</Table.Th>
            <Table.Th>{t('programmes.fields.nextMove')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => {
            const partner = partners.get(p.partner_id);
            const side = whoseMove(p.status);
            const mine = side !== null && side === p.can.side;
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <RouterAnchor to={`/programmes/${encodeURIComponent(p.id)}`}>
                    <span translate="no">{p.title}</span>
                  </RouterAnchor>
                </Table.Td>
                <Table.Td>{partner ? organizationName(partner, lang) : p.partner_id}</Table.Td>
                <Table.Td>{p.kind}</Table.Td>
                <Table.Td>
                  <PartialDate value={p.start_date} /> – <PartialDate value={p.end_date} />
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  {side ? mine ? t('programmes.side.you') : t(`programmes.side.${side}`) : <Dash />}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** The individual programmes the user may read, newest period first, and (for staff) a new one. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { can, ownPartner, loading } = useSession();
  usePageTitle(t('programmes.title'));
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const partners = usePartnerOptions();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const kind = params.get('kind') as ProgrammeKind | null;
  const filter = {
    partner_id: params.get('partner') ?? undefined,
    kind: kind && PROGRAMME_KINDS.includes(kind) ? kind : undefined,
    status: params.get('status') ?? undefined,
  };
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  const readable = can('programme.read');
  const list = useQuery({
    ...programmesQuery({ ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    enabled: readable,
  });
  if (!loading && !readable) {
    return (
      <Stack>
        <Title order={1}>{t('programmes.title')}</Title>
        <Text>{t('programmes.noAccess')}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('programmes.title')}</Title>
        {can('programme.write') && !creating && (
          <Button onClick={() => setCreating(true)}>{t('programmes.new.button')}</Button>
        )}
      </Group>
      <Text maw={760}>{t('programmes.intro')}</Text>
      {creating && <NewProgrammeForm onCancel={() => setCreating(false)} />}
      <Group align="flex-end">
        {/* A partner official reads its own country's programmes only. */}
        {!ownPartner && (
          <NativeSelect
            label={t('programmes.fields.partner')}
            value={filter.partner_id ?? ''}
            onChange={(e) => set('partner', e.currentTarget.value || null)}
            data={[{ value: '', label: t('programmes.filters.anyPartner') }, ...partners]}
            w={260}
          />
        )}
        <NativeSelect
          label={t('programmes.fields.kind')}
          value={filter.kind ?? ''}
          onChange={(e) => set('kind', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('programmes.filters.any') },
            ...PROGRAMME_KINDS.map((k) => ({ value: k, label: k })),
          ]}
          w={160}
        />
        <NativeSelect
          label={t('programmes.fields.status')}
          value={filter.status ?? ''}
          onChange={(e) => set('status', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('programmes.filters.any') },
            ...PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programmes.status.${s}`) })),
          ]}
          w={240}
        />
      </Group>
      <QueryState query={list}>
        {(data) => (
          <Stack gap="sm">
            <Text role="status" id={`${id}-count`}>
              {t('programmes.count', { count: data.total, formatted: formatCount(data.total, lang) })}
            </Text>
            {data.items.length > 0 && <ProgrammeTable items={data.items} labelledBy={`${id}-count`} />}
            {data.total > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(data.total / PAGE_SIZE)}
                value={page}
                onChange={(n) => set('page', n > 1 ? String(n) : null)}
                getControlProps={(control) => ({ 'aria-label': t(`programmes.pagination.${control}`) })}
                getItemProps={(n) => ({ 'aria-label': t('programmes.pagination.page', { page: n }) })}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
