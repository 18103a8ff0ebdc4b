import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_STATUSES } from '../../domain/programmes/lifecycle.js';
import { useOrganizationsById } from '../core/api/queries.js';
import { Dash, PartialDate, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { FilterSelect, useUrlFilter } from '../core/components/filters.js';
import { PagedResults } from '../core/components/ListPage.js';
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
  const columns: Column<ProgrammeOut>[] = [
    {
      key: 'title',
      header: t('programmes.fields.title'),
      cell: (p) => (
        <RouterAnchor to={`/programmes/${encodeURIComponent(p.id)}`}>
          <span translate="no">{p.title}</span>
        </RouterAnchor>
      ),
    },
    {
      key: 'partner',
      header: t('programmes.fields.partner'),
      cell: (p) => {
        const partner = partners.get(p.partner_id);
        return partner ? organizationName(partner, lang) : p.partner_id;
      },
    },
    { key: 'kind', header: t('programmes.fields.kind'), cell: (p) => p.kind },
    {
      key: 'period',
      header: t('programmes.fields.period'),
      cell: (p) => (
        <>
          <PartialDate value={p.start_date} /> – <PartialDate value={p.end_date} />
        </>
      ),
    },
    { key: 'status', header: t('programmes.fields.status'), cell: (p) => <StatusBadge status={p.status} /> },
    {
      key: 'next',
      header: t('programmes.fields.nextMove'),
      cell: (p) => {
        const side = whoseMove(p.status);
        const mine = side !== null && side === p.can.side;
        return side ? mine ? t('programmes.side.you') : t(`programmes.side.${side}`) : <Dash />;
      },
    },
  ];
  return <DataTable rows={items} columns={columns} rowKey={(p) => p.id} labelledBy={labelledBy} />;
}

/** The individual programmes the user may read, newest period first, and (for staff) a new one. */
export default function ProgrammesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const _id = useId();
  const { can, ownPartner, loading } = useSession();
  usePageTitle(t('programmes.title'));
  const [params, set] = useUrlFilter();
  const [creating, setCreating] = useState(false);
  const partners = usePartnerOptions();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const kind = params.get('kind') as ProgrammeKind | null;
  const filter = {
    partner_id: params.get('partner') ?? undefined,
    kind: kind && PROGRAMME_KINDS.includes(kind) ? kind : undefined,
    status: params.get('status') ?? undefined,
  };
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
          <FilterSelect
            label={t('programmes.fields.partner')}
            value={filter.partner_id}
            onChange={(v) => set('partner', v)}
            any={t('programmes.filters.anyPartner')}
            options={partners}
            w={260}
          />
        )}
        <FilterSelect
          label={t('programmes.fields.kind')}
          value={filter.kind}
          onChange={(v) => set('kind', v)}
          any={t('programmes.filters.any')}
          options={PROGRAMME_KINDS.map((k) => ({ value: k, label: k }))}
          w={160}
        />
        <FilterSelect
          label={t('programmes.fields.status')}
          value={filter.status}
          onChange={(v) => set('status', v)}
          any={t('programmes.filters.any')}
          options={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programmes.status.${s}`) }))}
          w={240}
        />
      </Group>
      <PagedResults
        query={list}
        count={(data) =>
          t('programmes.count', { count: data.total, formatted: formatCount(data.total, lang) })
        }
        pageSize={PAGE_SIZE}
        page={page}
        onPage={(n) => set('page', n > 1 ? String(n) : null)}
        labels="programmes.pagination"
      >
        {(data, countId) =>
          data.items.length > 0 && <ProgrammeTable items={data.items} labelledBy={countId} />
        }
      </PagedResults>
    </Stack>
  );
}
