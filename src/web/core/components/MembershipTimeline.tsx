import { VisuallyHidden } from '@mantine/core';
import type { EChartsCoreOption } from 'echarts/core';
import { format } from 'echarts/core';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipOut, OrganizationOut } from '../api/client.js';
import { firstDay, formatPartialDate, lastDay, todayIso } from '../i18n/format.js';
import { organizationName, organizationShortName } from '../i18n/names.js';
import { useLang } from './common.js';
import { EChart } from './EChart.js';

const DAY = 86_400_000;
// Dark enough for white labels (≥ 4.5:1); a renamed framework takes the next colour at its new name.
const COLOURS = ['#364fc7', '#1864ab', '#0b7285', '#2b8a3e', '#862e9c', '#c92a2a', '#5c940d', '#a61e4d'];

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Something else on the partner's time axis: a period (a programme) or a day (a meeting, an exercise). */
export interface TimelineEvent {
  /** the row it is drawn on, e.g. "Meetings" */
  row: string;
  /** first day, YYYY-MM-DD */
  from: string;
  /** last day of a period; absent for a single day, drawn as a point */
  until?: string;
  /** the text drawn on a period's bar */
  label?: string;
  /** the sentence in the tooltip and in the chart's accessible summary */
  description: string;
  /** the part of the description people wrote (a title), shown as written: translate="no" */
  written?: string;
  colour: string;
}

interface Mark {
  row: number;
  from: number;
  until: number;
  label: string;
  colour: string;
  point: boolean;
}

interface Segment {
  row: number;
  from: string; // first day, YYYY-MM-DD
  until: string | null; // last day, null when open
  label: string;
  fullName: string;
  colour: string;
  membership: MembershipOut;
}

/** Each membership cut at the renamings of its framework (NACC → EAPC), one row per framework. */
function segmentsOf(
  memberships: MembershipOut[],
  organizations: Map<string, OrganizationOut>,
  lang: 'en' | 'fr' | 'ru',
  suspendedLabel: string,
): { rows: string[]; segments: Segment[] } {
  const sorted = [...memberships].sort((a, b) =>
    firstDay(a.start_date).localeCompare(firstDay(b.start_date)),
  );
  const rowIds = [...new Set(sorted.map((m) => m.organization_id))];
  const rows = rowIds.map((id) => {
    const org = organizations.get(id);
    return org
      ? organizationShortName(org, lang)
      : (sorted.find((m) => m.organization_id === id)?.organization_name ?? id);
  });
  const segments: Segment[] = [];
  let colour = 0;
  for (const m of sorted) {
    const org = organizations.get(m.organization_id);
    const from = firstDay(m.start_date);
    const until = m.end_date ? lastDay(m.end_date) : null;
    const cuts = m.organization_renamed
      .map((r) => r.start_date)
      .filter((d): d is string => !!d && firstDay(d) > from && (!until || firstDay(d) <= until))
      .map(firstDay)
      .sort();
    const starts = [from, ...cuts];
    starts.forEach((start, i) => {
      const next = starts[i + 1];
      const segmentUntil = next ? isoOf(ms(next) - DAY) : until;
      const name = org ? organizationShortName(org, lang, start) : m.organization_name_at_start;
      // The status is today's: a suspended membership shows it on its last stretch.
      const label = m.status === 'suspended' && !next ? `${name} — ${suspendedLabel}` : name;
      const fullName = org ? organizationName(org, lang, start) : m.organization_name;
      segments.push({
        row: rowIds.indexOf(m.organization_id),
        from: start,
        until: segmentUntil,
        label,
        fullName,
        colour: COLOURS[colour++ % COLOURS.length] ?? '#1864ab',
        membership: m,
      });
    });
  }
  return { rows, segments };
}

/**
 * The partner's memberships on a time axis from the first one to today, drawn by ECharts; the same
 * facts are in the memberships table, and in the chart's accessible name as a sentence.
 */
export default function MembershipTimeline({
  memberships,
  organizations,
  asOf,
  events = [],
}: {
  memberships: MembershipOut[];
  organizations: Map<string, OrganizationOut>;
  asOf?: string;
  events?: TimelineEvent[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const today = todayIso();
  const { rows, segments } = useMemo(
    () => segmentsOf(memberships, organizations, lang, t('status.suspended')),
    [memberships, organizations, lang, t],
  );

  // Dates as written in the record ("1992"), except where a renaming cuts a membership.
  const describe = useCallback(
    (s: Segment) => {
      const { start_date, end_date } = s.membership;
      const from = formatPartialDate(s.from === firstDay(start_date) ? start_date : s.from, lang);
      const until =
        s.until === null
          ? t('timeline.today')
          : formatPartialDate(end_date && s.until === lastDay(end_date) ? end_date : s.until, lang);
      return t('timeline.segment', { name: s.label, from, until });
    },
    [lang, t],
  );

  const allRows = useMemo(() => [...rows, ...new Set(events.map((e) => e.row))], [rows, events]);
  const option = useMemo((): EChartsCoreOption => {
    const first = [...segments.map((s) => s.from), ...events.map((e) => e.from)].sort()[0] ?? today;
    const min = Date.UTC(Number(first.slice(0, 4)), 0, 1);
    const max = ms(today) + DAY;
    const marks: Mark[] = [
      ...segments.map((s) => ({
        row: s.row,
        from: ms(s.from),
        until: s.until ? ms(s.until) + DAY : max,
        label: s.label,
        colour: s.colour,
        point: false,
      })),
      ...events.map((e) => ({
        row: allRows.indexOf(e.row),
        from: ms(e.from),
        until: e.until ? ms(e.until) + DAY : ms(e.from),
        label: e.label ?? '',
        colour: e.colour,
        point: !e.until,
      })),
    ];
    return {
      animation: false,
      grid: { left: 8, right: 24, top: asOf ? 30 : 12, bottom: 28, containLabel: true },
      xAxis: {
        type: 'time',
        min,
        max,
        axisLabel: { formatter: '{yyyy}', color: '#343a40', hideOverlap: true },
        splitLine: { show: true, lineStyle: { color: '#e9ecef' } },
      },
      yAxis: {
        type: 'category',
        data: allRows,
        inverse: true,
        axisTick: { show: false },
        axisLabel: { color: '#212529', fontWeight: 600 },
      },
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataIndex: number }) => {
          const s = segments[p.dataIndex];
          const e = events[p.dataIndex - segments.length];
          if (!s) return e ? format.encodeHTML(e.description) : '';
          const lines = [`<strong>${format.encodeHTML(s.fullName)}</strong>`, format.encodeHTML(describe(s))];
          if (
            s.membership.end_reason &&
            s.until === (s.membership.end_date ? lastDay(s.membership.end_date) : null)
          ) {
            lines.push(format.encodeHTML(t(`endReason.${s.membership.end_reason}`)));
          }
          return lines.join('<br/>');
        },
      },
      series: [
        {
          type: 'custom',
          clip: true,
          encode: { x: [1, 2], y: 0 },
          data: marks.map((m) => [m.row, m.from, m.until]),
          renderItem: (
            params: { dataIndex: number },
            api: {
              value: (dim: number) => unknown;
              coord: (v: unknown[]) => number[];
              size?: (v: unknown[]) => number | number[];
            },
          ) => {
            const s = marks[params.dataIndex];
            if (!s) return null;
            const [x0 = 0, y = 0] = api.coord([api.value(1), api.value(0)]);
            const [x1 = 0] = api.coord([api.value(2), api.value(0)]);
            const band = api.size?.([0, 1]);
            const height = (Array.isArray(band) ? (band[1] ?? 30) : 30) * 0.6;
            if (s.point)
              return {
                type: 'circle',
                shape: { cx: x0, cy: y, r: 6 },
                style: { fill: s.colour, stroke: '#ffffff', lineWidth: 1.5 },
              };
            const width = Math.max(x1 - x0, 2);
            return {
              type: 'rect',
              shape: { x: x0, y: y - height / 2, width, height, r: 3 },
              style: { fill: s.colour },
              textContent: {
                style: {
                  text: s.label,
                  fill: '#ffffff',
                  fontSize: 12,
                  fontWeight: 600,
                  width: Math.max(width - 8, 0),
                  overflow: 'truncate',
                },
              },
              textConfig: { position: 'inside' },
            };
          },
          markLine: asOf
            ? {
                silent: true,
                symbol: 'none',
                lineStyle: { color: '#c92a2a', width: 2, type: 'solid' },
                label: { formatter: formatPartialDate(asOf, lang), color: '#c92a2a', position: 'start' },
                data: [{ xAxis: ms(asOf) }],
              }
            : undefined,
        },
      ],
    };
  }, [segments, events, allRows, asOf, today, lang, t, describe]);

  const summary = [...segments.map(describe), ...eventSummary(events, t)].join('; ');
  return (
    <>
      <div role="img" aria-label={t('timeline.label', { summary })}>
        <EChart option={option} height={Math.max(120, 70 + allRows.length * 46)} />
      </div>
      {events.length > 0 && (
        // Every event, for whoever cannot see the chart: a list to move through, not one long label.
        <VisuallyHidden>
          <ul aria-label={t('timeline.events')}>
            {events.map((e) => (
              <li key={`${e.row}|${e.from}|${e.description}`}>
                {e.written && e.description.includes(e.written) ? (
                  <>
                    {e.description.slice(0, e.description.indexOf(e.written))}
                    <span translate="no">{e.written}</span>
                    {e.description.slice(e.description.indexOf(e.written) + e.written.length)}
                  </>
                ) : (
                  e.description
                )}
              </li>
            ))}
          </ul>
        </VisuallyHidden>
      )}
    </>
  );
}

// A row with more events than a listener can follow is told as its count and its latest event.
const LISTED_EVENTS = 5;

function eventSummary(events: readonly TimelineEvent[], t: TFunction): string[] {
  const rows = new Map<string, TimelineEvent[]>();
  for (const e of events) rows.set(e.row, [...(rows.get(e.row) ?? []), e]);
  return [...rows].flatMap(([row, list]) => {
    if (list.length <= LISTED_EVENTS) return list.map((e) => e.description);
    const latest = list.reduce((a, b) => (b.from > a.from ? b : a));
    return [t('timeline.manyEvents', { row, count: list.length, latest: latest.description })];
  });
}
