import { Group, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DialogueFrequencyOut,
  ParticipationOut,
  ProgrammeImplementationOut,
} from '../../schemas/insight/dashboard.schema.js';
import { get } from '../core/api/client.js';
import { useOrganizationsById } from '../core/api/queries.js';
import { QueryState, useLang, usePageTitle } from '../core/components/common.js';
import { formatCount, formatPartialDate } from '../core/i18n/format.js';
import { organizationName } from '../core/i18n/names.js';
import { ChartCard, type ChartData } from './ChartCard.js';

/** Bars of the columns `plot` (by default every column after the category), side by side or stacked. */
function bars(
  data: ChartData,
  horizontal = false,
  { plot, stack }: { plot?: number[]; stack?: boolean } = {},
) {
  const [category] = data.columns;
  const plotted = plot ?? data.columns.slice(1).map((_, i) => i + 1);
  const axis = { type: 'category', data: data.rows.map((r) => String(r[0])), name: category };
  const value = { type: 'value' };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    // A legend of many series wraps onto a second line.
    grid: { left: horizontal ? 180 : 48, right: 24, top: plotted.length > 4 ? 72 : 40, bottom: 32 },
    xAxis: horizontal ? value : axis,
    yAxis: horizontal ? { ...axis, inverse: true, axisLabel: { width: 170, overflow: 'truncate' } } : value,
    series: plotted.map((i) => ({
      name: data.columns[i],
      type: 'bar',
      ...(stack ? { stack: 'total' } : {}),
      data: data.rows.map((r) => r[i]),
    })),
  };
}

/**
 * Activities and participation by area, year and partner, programme implementation and dialogue
 * frequency, for the organization and Ally observers.
 */
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
  const programmes = useQuery({
    queryKey: ['dashboard', 'programmes', from, to],
    queryFn: () => get<ProgrammeImplementationOut>('/api/dashboard/programmes', { from, to }),
  });
  const dialogue = useQuery({
    queryKey: ['dashboard', 'dialogue', from, to],
    queryFn: () => get<DialogueFrequencyOut>('/api/dashboard/dialogue', { from, to }),
  });
  const partners = useOrganizationsById([
    ...(programmes.data?.programmes.map((p) => p.partner_id) ?? []),
    ...(dialogue.data?.by_partner.map((p) => p.partner_id) ?? []),
  ]);
  const partnerName = (id: string) => {
    const org = partners.get(id);
    return org ? organizationName(org, lang) : id.toUpperCase();
  };
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
      <QueryState query={programmes}>
        {(d) => {
          const data: ChartData = {
            columns: [
              t('dashboard.programme'),
              t('dashboard.programmeTitle'),
              t('dashboard.partner'),
              t('dashboard.kind'),
              t('dashboard.period'),
              t('dashboard.planned'),
              t('dashboard.held'),
              t('dashboard.attended'),
              t('dashboard.rate'),
            ],
            rows: [...d.programmes].reverse().map((p) => [
              // Titles start alike ("Individual Partnership Programme…"): the axis shows who, what, when.
              `${partnerName(p.partner_id)} ${p.kind} ${p.start_date.slice(0, 4)}–${p.end_date.slice(0, 4)}`,
              p.title,
              partnerName(p.partner_id),
              p.kind,
              `${formatPartialDate(p.start_date, lang)} – ${formatPartialDate(p.end_date, lang)}`,
              p.planned,
              p.held,
              p.attended,
              p.rate === null ? '—' : Math.round(p.rate * 100),
            ]),
          };
          const rate = d.totals.rate === null ? null : Math.round(d.totals.rate * 100);
          return (
            <>
              <Text>
                {t('dashboard.programmesSummary', {
                  count: d.count,
                  formatted: formatCount(d.count, lang),
                  rate: rate === null ? '—' : formatCount(rate, lang),
                })}
              </Text>
              <ChartCard
                name="programme-implementation"
                title={t('dashboard.implementation')}
                data={data}
                option={bars(data, true, { plot: [5, 6, 7] })}
                height={Math.max(240, data.rows.length * 40)}
              />
            </>
          );
        }}
      </QueryState>
      <QueryState query={dialogue}>
        {(d) => {
          const kinds = d.kinds.map((k) => t(`dialogue.kinds.${k}`, { defaultValue: k }));
          const plot = d.kinds.map((_, i) => i + 1);
          const byYear: ChartData = {
            columns: [t('dashboard.year'), ...kinds, t('dashboard.total')],
            rows: d.by_year.map((y) => [String(y.year), ...d.kinds.map((k) => y.by_kind[k] ?? 0), y.total]),
          };
          const byPartner: ChartData = {
            columns: [t('dashboard.partner'), ...kinds, t('dashboard.total')],
            rows: d.by_partner
              .slice(0, 20)
              .map((p) => [partnerName(p.partner_id), ...d.kinds.map((k) => p.by_kind[k] ?? 0), p.total]),
          };
          return (
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <ChartCard
                name="dialogue-by-year"
                title={t('dashboard.dialogueByYear')}
                data={byYear}
                option={bars(byYear, false, { plot, stack: true })}
                height={360}
              />
              <ChartCard
                name="dialogue-by-partner"
                title={t('dashboard.dialogueByPartner')}
                data={byPartner}
                option={bars(byPartner, true, { plot, stack: true })}
                height={Math.max(240, byPartner.rows.length * 34 + 80)}
              />
            </SimpleGrid>
          );
        }}
      </QueryState>
    </Stack>
  );
}

export default DashboardPage;
