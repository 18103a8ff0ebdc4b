import { Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipationOut } from '../../../schemas/dashboard.schema.js';
import { get } from '../../api/client.js';
import { QueryState, useLang, usePageTitle } from '../../components/common.js';
import { formatCount } from '../../i18n/format.js';
import { ChartCard, type ChartData } from './ChartCard.js';

function bars(data: ChartData, horizontal = false) {
  const [category, ...series] = data.columns;
  const axis = { type: 'category', data: data.rows.map((r) => String(r[0])), name: category };
  const value = { type: 'value' };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: horizontal ? 180 : 48, right: 24, top: 40, bottom: 32 },
    xAxis: horizontal ? value : axis,
    yAxis: horizontal ? { ...axis, inverse: true, axisLabel: { width: 170, overflow: 'truncate' } } : value,
    series: series.map((name, i) => ({ name, type: 'bar', data: data.rows.map((r) => r[i + 1]) })),
  };
}

/** Activities and participation by area, year and partner, for the organization and Ally observers. */
export function DashboardPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('dashboard.title'));
  const [from, setFrom] = useState<number | undefined>();
  const [to, setTo] = useState<number | undefined>();
  const query = useQuery({
    queryKey: ['dashboard', 'participation', from, to],
    queryFn: () => get<ParticipationOut>('/api/dashboard/participation', { from, to }),
  });
  const counts = [t('dashboard.iterations'), t('dashboard.nominations'), t('dashboard.attended')];
  const year = (set: (v: number | undefined) => void) => (v: string | number) =>
    set(typeof v === 'number' && v >= 1900 && v <= 2200 ? v : undefined);

  return (
    <Stack>
      <Title order={1}>{t('dashboard.title')}</Title>
      <Text c="dimmed">{t('dashboard.intro')}</Text>
      <Group>
        <NumberInput label={t('dashboard.from')} value={from ?? ''} onChange={year(setFrom)} w={140} />
        <NumberInput label={t('dashboard.to')} value={to ?? ''} onChange={year(setTo)} w={140} />
      </Group>
      <QueryState query={query}>
        {(d) => {
          const byArea: ChartData = {
            columns: [t('dashboard.area'), ...counts],
            rows: d.by_area.map((a) => [
              a.names[lang] ?? a.names.en ?? a.area ?? '—',
              a.iterations,
              a.nominations,
              a.attended,
            ]),
          };
          const byYear: ChartData = {
            columns: [t('dashboard.year'), t('dashboard.activities'), ...counts],
            rows: d.by_year.map((y) => [
              String(y.year),
              y.activities,
              y.iterations,
              y.nominations,
              y.attended,
            ]),
          };
          const byPartner: ChartData = {
            columns: [
              t('dashboard.partner'),
              t('dashboard.nominations'),
              t('dashboard.accepted'),
              t('dashboard.attended'),
            ],
            rows: [...d.by_partner]
              .sort((a, b) => b.nominations - a.nominations)
              .slice(0, 20)
              .map((p) => [p.partner_id.toUpperCase(), p.nominations, p.accepted, p.attended]),
          };
          const total = d.by_year.reduce((n, y) => n + y.nominations, 0);
          return (
            <>
              <Text>{t('dashboard.summary', { nominations: formatCount(total, lang) })}</Text>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <ChartCard
                  name="participation-by-year"
                  title={t('dashboard.byYear')}
                  data={byYear}
                  option={bars(byYear)}
                />
                <ChartCard
                  name="participation-by-partner"
                  title={t('dashboard.byPartner')}
                  data={byPartner}
                  option={bars(byPartner, true)}
                  height={420}
                />
              </SimpleGrid>
              <ChartCard
                name="participation-by-area"
                title={t('dashboard.byArea')}
                data={byArea}
                option={bars(byArea, true)}
                height={Math.max(240, byArea.rows.length * 34)}
              />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

export default DashboardPage;
