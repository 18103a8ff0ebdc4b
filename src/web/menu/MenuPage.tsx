import { Anchor, Group, NativeSelect, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EVENT_TYPES } from '../../domain/menu/vocabulary.js';
import { useOrganizationsById } from '../core/api/queries.js';
import { Dash, Loading, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { FilterSelect, usePartnerFilterOptions } from '../core/components/filters.js';
import { PagedResults } from '../core/components/ListPage.js';
import { useSearchText } from '../core/components/search-text.js';
import { formatCount } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { type ActivityOut, activitiesQuery, areasQuery, CALENDAR_URL, exportUrl } from './api.js';
import { type MenuFilter, useMenuFilter } from './filters.js';

const MenuCalendar = lazy(() => import('./MenuCalendar.js'));
const PAGE_SIZE = 25;

type Facet = { value: string; count: number }[];

function FacetSelect({
  label,
  facet,
  value,
  name,
  onChange,
}: {
  label: string;
  facet: Facet;
  value: string | undefined;
  name: (value: string) => string;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = facet.map((f) => ({
    value: f.value,
    label: `${name(f.value)} (${formatCount(f.count, lang)})`,
  }));
  if (value && !facet.some((f) => f.value === value)) options.push({ value, label: `${name(value)} (0)` });
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: t('menu.filters.any') }, ...options]}
      w={260}
    />
  );
}

function Filters({
  filter,
  set,
  facets,
}: {
  filter: MenuFilter;
  set: (key: keyof MenuFilter, value: string | null) => void;
  facets: { area: Facet; type: Facet; provider: Facet } | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const areas = useQuery(areasQuery());
  const partners = usePartnerFilterOptions();
  const providers = useOrganizationsById((facets?.provider ?? []).map((f) => f.value));
  const areaName = (code: string) => {
    const area = areas.data?.items.find((a) => a.code === code);
    return area ? `${code} · ${area.names[lang] ?? area.name}` : code;
  };
  const typeFacet = facets?.type ?? EVENT_TYPES.map((value) => ({ value, count: 0 }));
  return (
    <Group align="flex-end" gap="md">
      <FacetSelect
        label={t('menu.filters.area')}
        facet={facets?.area ?? []}
        value={filter.area}
        name={areaName}
        onChange={(v) => set('area', v)}
      />
      <FacetSelect
        label={t('menu.filters.type')}
        facet={typeFacet}
        value={filter.type}
        name={(v) => t(`menu.type.${v}`, { defaultValue: v })}
        onChange={(v) => set('type', v)}
      />
      <FacetSelect
        label={t('menu.filters.provider')}
        facet={facets?.provider ?? []}
        value={filter.provider}
        name={(v) => {
          const org = providers.get(v);
          return org ? organizationName(org, lang) : v;
        }}
        onChange={(v) => set('provider', v)}
      />
      <TextInput
        type="date"
        label={t('menu.filters.from')}
        value={filter.from ?? ''}
        onChange={(e) => set('from', e.currentTarget.value || null)}
      />
      <TextInput
        type="date"
        label={t('menu.filters.to')}
        value={filter.to ?? ''}
        onChange={(e) => set('to', e.currentTarget.value || null)}
      />
      <FilterSelect
        label={t('menu.filters.eligibleFor')}
        value={filter.eligible_for}
        onChange={(v) => set('eligible_for', v)}
        any={t('menu.filters.anyPartner')}
        options={partners}
        w={260}
      />
    </Group>
  );
}

function ActivityTable({ items, labelledBy }: { items: ActivityOut[]; labelledBy: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const providers = useOrganizationsById(items.map((a) => a.provider_id));
  const columns: Column<ActivityOut>[] = [
    { key: 'key', header: t('menu.activity.key'), cell: (a) => a.key },
    {
      key: 'title',
      header: t('menu.activity.title'),
      cell: (a) => (
        <RouterAnchor to={`/menu/activities/${encodeURIComponent(a.id)}`}>
          <span translate="no">{a.title}</span>
        </RouterAnchor>
      ),
    },
    {
      key: 'provider',
      header: t('menu.activity.provider'),
      cell: (a) => {
        const provider = providers.get(a.provider_id);
        return provider ? organizationName(provider, lang) : a.provider_id;
      },
    },
    { key: 'area', header: t('menu.activity.area'), cell: (a) => a.area_code ?? <Dash /> },
    {
      key: 'type',
      header: t('menu.activity.type'),
      cell: (a) => t(`menu.type.${a.event_type}`, { defaultValue: a.event_type }),
    },
    {
      key: 'iterations',
      header: t('menu.activity.iterations'),
      cell: (a) => formatCount(a.iterations.length, lang),
    },
  ];
  return <DataTable rows={items} columns={columns} rowKey={(a) => a.id} labelledBy={labelledBy} />;
}

function Downloads({ filter }: { filter: MenuFilter }) {
  const { t } = useTranslation();
  const { area, provider, eligible_for } = filter;
  return (
    <Group gap="lg">
      <Anchor href={exportUrl('csv', { area, provider, eligible_for })} download>
        {t('menu.download.csv')}
      </Anchor>
      <Anchor href={exportUrl('xlsx', { area, provider, eligible_for })} download>
        {t('menu.download.xlsx')}
      </Anchor>
      <Anchor href={CALENDAR_URL}>{t('menu.download.ics')}</Anchor>
    </Group>
  );
}

export default function MenuPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useSession();
  const { filter, set, page, setPage } = useMenuFilter();
  const [text, setText, q] = useSearchText();
  const [params, setParams] = useSearchParams();
  // A new search starts again from its first page (a shared address keeps its page).
  const searched = useRef(q);
  useEffect(() => {
    if (searched.current === q) return;
    searched.current = q;
    if (page > 1) setPage(1);
  }, [q, page, setPage]);
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list';
  usePageTitle(t('menu.title'));
  const list = useQuery(
    activitiesQuery({ ...filter, q: q || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const setView = (value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === 'calendar') next.set('view', 'calendar');
        else next.delete('view');
        return next;
      },
      { replace: true },
    );
  return (
    <Stack gap="md">
      <Title order={1}>{t('menu.title')}</Title>
      <Text maw={760}>{t('menu.intro')}</Text>
      <Group justify="space-between">
        <Downloads filter={filter} />
        {can('menu.write') && <RouterAnchor to="/menu/import">{t('menu.import.link')}</RouterAnchor>}
      </Group>
      <TextInput
        type="search"
        label={t('menu.filters.search')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        w={380}
      />
      <Filters filter={filter} set={set} facets={list.data?.facets} />
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List aria-label={t('menu.views')}>
          <Tabs.Tab value="list">{t('menu.listView')}</Tabs.Tab>
          <Tabs.Tab value="calendar">{t('menu.calendarView')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <PagedResults
            query={list}
            count={(data) => t('menu.count', { count: data.total, formatted: formatCount(data.total, lang) })}
            pageSize={PAGE_SIZE}
            page={page}
            onPage={setPage}
            labels="menu.pagination"
          >
            {(data, countId) =>
              data.items.length > 0 && <ActivityTable items={data.items} labelledBy={countId} />
            }
          </PagedResults>
        </Tabs.Panel>
        <Tabs.Panel value="calendar" pt="md">
          <Suspense fallback={<Loading />}>
            <MenuCalendar filter={filter} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
