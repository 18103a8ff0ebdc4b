import { Anchor, Group, NativeSelect, Pagination, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { NOMINATION_STATUSES } from '../../domain/menu/vocabulary.js';
import { organizationsQuery } from '../core/api/queries.js';
import { QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { type NominationStatus, nominationsQuery } from './api.js';
import { NominationTable } from './NominationTable.js';

const PAGE_SIZE = 50;
const isStatus = (v: string | null): v is NominationStatus =>
  (NOMINATION_STATUSES as readonly string[]).includes(v ?? '');

/** Nominations by partner and by iteration, filtered by status. A partner official sees its own. */
export default function NominationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { ownPartner } = useSession();
  const [params, setParams] = useSearchParams();
  usePageTitle(t('menu.nominations.pageTitle'));
  const partner = ownPartner ?? (params.get('partner') || undefined);
  const iteration = params.get('iteration') || undefined;
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const partners = useQuery({ ...organizationsQuery({ kind: 'state', limit: 500 }), enabled: !ownPartner });
  const list = useQuery(
    nominationsQuery({
      partner_id: partner,
      iteration_id: iteration,
      status,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
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
  return (
    <Stack gap="md">
      <Title order={1}>{t('menu.nominations.pageTitle')}</Title>
      <Text maw={760}>{t(ownPartner ? 'menu.nominations.introPartner' : 'menu.nominations.intro')}</Text>
      <Group align="flex-end" gap="md">
        {!ownPartner && (
          <NativeSelect
            label={t('menu.nominations.partner')}
            value={partner ?? ''}
            onChange={(e) => set('partner', e.currentTarget.value || null)}
            data={[
              { value: '', label: t('menu.filters.anyPartner') },
              ...[...(partners.data?.items ?? [])]
                .map((p) => ({ value: p.id, label: organizationName(p, lang) }))
                .sort((a, b) => a.label.localeCompare(b.label, lang)),
            ]}
            w={260}
          />
        )}
        <NativeSelect
          label={t('menu.nominations.status')}
          value={status ?? ''}
          onChange={(e) => set('status', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('menu.nominations.anyStatus') },
            ...NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`menu.status.${s}`) })),
          ]}
          w={220}
        />
        {iteration && (
          <Group gap="xs">
            <Text>
              {t('menu.nominations.iterationFilter')}{' '}
              <RouterAnchor to={`/menu/iterations/${encodeURIComponent(iteration)}`}>
                {iteration}
              </RouterAnchor>
            </Text>
            <Anchor component="button" type="button" onClick={() => set('iteration', null)}>
              {t('menu.nominations.allIterations')}
            </Anchor>
          </Group>
        )}
      </Group>
      <QueryState query={list}>
        {(data) => (
          <Stack gap="sm">
            <Text role="status" id={`${id}-count`}>
              {t('menu.nominations.count', { count: data.total, formatted: formatCount(data.total, lang) })}
            </Text>
            {data.items.length > 0 && (
              <NominationTable items={data.items} labelledBy={`${id}-count`} showIteration />
            )}
            {data.total > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(data.total / PAGE_SIZE)}
                value={page}
                onChange={(n) => set('page', n > 1 ? String(n) : null)}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
