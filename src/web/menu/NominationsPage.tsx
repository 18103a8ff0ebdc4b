import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NOMINATION_STATUSES } from '../../domain/menu/vocabulary.js';
import { RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { FilterSelect, usePartnerFilterOptions, useUrlFilter } from '../core/components/filters.js';
import { PagedResults } from '../core/components/ListPage.js';
import { formatCount } from '../core/i18n/format.js';
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
  const { ownPartner } = useSession();
  const [params, set] = useUrlFilter();
  usePageTitle(t('menu.nominations.pageTitle'));
  const partner = ownPartner ?? (params.get('partner') || undefined);
  const iteration = params.get('iteration') || undefined;
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const partners = usePartnerFilterOptions(!ownPartner);
  const list = useQuery(
    nominationsQuery({
      partner_id: partner,
      iteration_id: iteration,
      status,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
  return (
    <Stack gap="md">
      <Title order={1}>{t('menu.nominations.pageTitle')}</Title>
      <Text maw={760}>{t(ownPartner ? 'menu.nominations.introPartner' : 'menu.nominations.intro')}</Text>
      <Group align="flex-end" gap="md">
        {!ownPartner && (
          <FilterSelect
            label={t('menu.nominations.partner')}
            value={partner}
            onChange={(v) => set('partner', v)}
            any={t('menu.filters.anyPartner')}
            options={partners}
            w={260}
          />
        )}
        <FilterSelect
          label={t('menu.nominations.status')}
          value={status}
          onChange={(v) => set('status', v)}
          any={t('menu.nominations.anyStatus')}
          options={NOMINATION_STATUSES.map((s) => ({ value: s, label: t(`menu.status.${s}`) }))}
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
      <PagedResults
        query={list}
        count={(data) =>
          t('menu.nominations.count', { count: data.total, formatted: formatCount(data.total, lang) })
        }
        pageSize={PAGE_SIZE}
        page={page}
        onPage={(n) => set('page', n > 1 ? String(n) : null)}
      >
        {(data, countId) =>
          data.items.length > 0 && <NominationTable items={data.items} labelledBy={countId} showIteration />
        }
      </PagedResults>
    </Stack>
  );
}
