import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { placeName } from '../../domain/registry/place-names.js';
import { Loading, QueryState, RouterAnchor, useLang } from '../core/components/common.js';
import { countryName, formatCount, localeOf, todayIso } from '../core/i18n/format.js';
import { type IterationOut, iterationsQuery } from './api.js';
import type { MenuFilter } from './filters.js';

/**
 * The year the agenda opens on: the year of the next iteration, or of the last one when the whole
 * menu lies in the past (the demo's is 2010–2013).
 */
function useDefaultYear(provider: string | undefined): number | undefined {
  const today = todayIso();
  const next = useQuery(iterationsQuery({ provider, from: today, limit: 1 }));
  const past = useQuery(iterationsQuery({ provider, to: today, limit: 1 }));
  const last = useQuery({
    ...iterationsQuery({ provider, to: today, limit: 1, offset: Math.max(0, (past.data?.total ?? 1) - 1) }),
    enabled: past.data !== undefined && next.data?.total === 0,
  });
  const upcoming = next.data?.items[0];
  if (upcoming) return Number(upcoming.start_date.slice(0, 4));
  if (next.data && past.data?.total === 0) return Number(today.slice(0, 4));
  const latest = last.data?.items[0];
  return latest ? Number(latest.start_date.slice(0, 4)) : undefined;
}

/** Iterations by the month they start in (one begun the year before shows in that year). */
function byMonth(items: IterationOut[], year: number): [string, IterationOut[]][] {
  const months = new Map<string, IterationOut[]>();
  for (const it of items) {
    if (!it.start_date.startsWith(String(year))) continue;
    const month = it.start_date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), it]);
  }
  return [...months.entries()];
}

function IterationLine({ it }: { it: IterationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const day = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dates = it.end_date
    ? day.formatRange(new Date(it.start_date), new Date(it.end_date))
    : day.format(new Date(it.start_date));
  const full = it.seats_taken >= it.seats && it.seats > 0;
  return (
    <List.Item>
      <Group gap="xs" wrap="wrap">
        <Text span fw={600}>
          <time dateTime={it.start_date}>{dates}</time>
        </Text>
        <RouterAnchor to={`/menu/iterations/${encodeURIComponent(it.id)}`}>
          <span translate="no">{`${it.activity_key} · ${it.activity_title}`}</span>
        </RouterAnchor>
        <Text span size="sm">
          {[
            it.city ? placeName(it.city, lang) : null,
            it.country_id ? countryName(it.country_id.toUpperCase(), lang) : null,
          ]
            .filter(Boolean)
            .join(', ')}
        </Text>
        <Text span size="sm">
          {t('menu.iteration.seatsTaken', {
            taken: formatCount(it.seats_taken, lang),
            seats: formatCount(it.seats, lang),
          })}
        </Text>
        <Badge variant="outline" color="gray" c="dark.8" tt="none">
          {t(`menu.iterationStatus.${it.status}`, { defaultValue: it.status })}
        </Badge>
        {full && (
          <Badge variant="light" color="orange" c="dark.8" tt="none">
            {t('menu.iteration.full')}
          </Badge>
        )}
      </Group>
    </List.Item>
  );
}

/** The iterations of a year as an agenda, month by month. */
export default function MenuCalendar({ filter }: { filter: MenuFilter }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const fallback = useDefaultYear(filter.provider);
  const asked = Number(params.get('year'));
  const year =
    asked >= 1900 && asked <= 2200 ? asked : filter.from ? Number(filter.from.slice(0, 4)) : fallback;
  const from = [`${year}-01-01`, filter.from].filter(Boolean).sort().at(-1);
  const to = [`${year}-12-31`, filter.to].filter(Boolean).sort().at(0);
  const list = useQuery({
    ...iterationsQuery({ provider: filter.provider, from, to, limit: 500 }),
    enabled: year !== undefined,
  });
  if (year === undefined) return <Loading />;
  const go = (next: number) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.set('year', String(next));
        return p;
      },
      { replace: true },
    );
  const monthName = new Intl.DateTimeFormat(localeOf(lang), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id={id}>
          {t('menu.calendar.title', { year })}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => go(year - 1)}>
            {t('menu.calendar.previous', { year: year - 1 })}
          </Button>
          <Button variant="default" onClick={() => go(year + 1)}>
            {t('menu.calendar.next', { year: year + 1 })}
          </Button>
        </Group>
      </Group>
      <Text size="sm">{t('menu.calendar.note')}</Text>
      <QueryState query={list}>
        {(page) =>
          byMonth(page.items, year).length === 0 ? (
            <Text>{t('menu.calendar.none')}</Text>
          ) : (
            byMonth(page.items, year).map(([month, items]) => (
              <section key={month} aria-labelledby={`${id}-${month}`} data-month={month}>
                <Title order={3} size="h4" id={`${id}-${month}`} mt="md">
                  {`${monthName.format(new Date(`${month}-01`))} (${formatCount(items.length, lang)})`}
                </Title>
                <List spacing="xs" listStyleType="none">
                  {items.map((it) => (
                    <IterationLine key={it.id} it={it} />
                  ))}
                </List>
              </section>
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}
