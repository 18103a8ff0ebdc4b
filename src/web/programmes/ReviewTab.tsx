import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState, useLang } from '../core/components/common.js';
import { formatCount, localeOf } from '../core/i18n/format.js';
import { ChartCard, type ChartData } from '../insight/ChartCard.js';
import { exportUrl, type ReviewOut, reviewQuery } from './api.js';

function bars(data: ChartData) {
  const [category, ...series] = data.columns;
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: data.rows.map((r) => String(r[0])), name: category },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((name, i) => ({ name, type: 'bar', data: data.rows.map((r) => r[i + 1]) })),
  };
}

function Exports({ id }: { id: string }) {
  const { t } = useTranslation();
  const links = [
    { href: exportUrl(id, 'csv', 'programme'), label: t('programmes.review.export.csv') },
    { href: exportUrl(id, 'xlsx', 'programme'), label: t('programmes.review.export.xlsx') },
    { href: exportUrl(id, 'html', 'review'), label: t('programmes.review.export.html') },
    { href: exportUrl(id, 'pdf', 'review'), label: t('programmes.review.export.pdf') },
    { href: exportUrl(id, 'pdf', 'programme'), label: t('programmes.review.export.documentPdf') },
  ];
  return (
    <Group gap="lg" component="nav" aria-label={t('programmes.review.export.title')}>
      {links.map((l) => (
        <Anchor key={l.href} href={l.href} download>
          {l.label}
        </Anchor>
      ))}
    </Group>
  );
}

function ObjectivesTable({ review }: { review: ReviewOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = (v: number) => formatCount(v, lang);
  return (
    <div className="table-scroll">
      <Table withTableBorder striped captionSide="top">
        <caption>{t('programmes.review.byObjective')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('programmes.review.item')}</Table.Th>
            <Table.Th>{t('programmes.review.area')}</Table.Th>
            <Table.Th ta="right">{t('programmes.review.planned')}</Table.Th>
            <Table.Th ta="right">{t('programmes.review.held')}</Table.Th>
            <Table.Th ta="right">{t('programmes.review.attended')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {review.objectives.map((o, i) => (
            <Fragment key={o.id}>
              <Table.Tr>
                <Table.Th scope="row" translate="no">{`${i + 1}. ${o.title}`}</Table.Th>
                <Table.Td>{o.area ?? ''}</Table.Td>
                <Table.Td ta="right">{n(o.planned)}</Table.Td>
                <Table.Td ta="right">{n(o.held)}</Table.Td>
                <Table.Td ta="right">{n(o.attended)}</Table.Td>
              </Table.Tr>
              {o.goals.map((g, j) => (
                <Table.Tr key={g.id}>
                  <Table.Th scope="row" fw={400} pl="xl" translate="no">
                    {`${i + 1}.${j + 1} ${g.title}`}
                  </Table.Th>
                  <Table.Td>{g.area ?? ''}</Table.Td>
                  <Table.Td ta="right">{n(g.planned)}</Table.Td>
                  <Table.Td ta="right">{n(g.held)}</Table.Td>
                  <Table.Td ta="right">{n(g.attended)}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('programmes.review.total')}</Table.Th>
            <Table.Td />
            <Table.Td ta="right">{n(review.totals.planned)}</Table.Td>
            <Table.Td ta="right">{n(review.totals.held)}</Table.Td>
            <Table.Td ta="right">{n(review.totals.attended)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </div>
  );
}

function Feedback({ review }: { review: ReviewOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  const rating = review.totals.average_rating;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {t('programmes.review.feedback')}
      </Title>
      <Text>
        {review.totals.feedback === 0
          ? t('programmes.review.feedbackNone')
          : t('programmes.review.feedbackSummary', {
              count: review.totals.feedback,
              formatted: formatCount(review.totals.feedback, lang),
              rating:
                rating === null
                  ? '—'
                  : new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(rating),
            })}
      </Text>
      {review.feedback.length > 0 && (
        <Table withTableBorder aria-labelledby={id}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('programmes.review.iteration')}</Table.Th>
              <Table.Th>{t('programmes.review.rating')}</Table.Th>
              <Table.Th>{t('programmes.review.comment')}</Table.Th>
              <Table.Th>{t('programmes.review.date')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {review.feedback.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{f.iteration_id}</Table.Td>
                <Table.Td>{t('programmes.review.outOf5', { rating: f.rating })}</Table.Td>
                <Table.Td>{f.comment ?? ''}</Table.Td>
                <Table.Td>
                  <time dateTime={f.created_at}>{when.format(new Date(f.created_at))}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** Implementation over the period: planned, held and attended, by area and objective; feedback; files. */
export function ReviewTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const review = useQuery(reviewQuery(programmeId));
  const byArea = useMemo<ChartData | null>(
    () =>
      review.data
        ? {
            columns: [
              t('programmes.review.area'),
              t('programmes.review.planned'),
              t('programmes.review.held'),
              t('programmes.review.attended'),
            ],
            rows: review.data.areas.map((a) => [a.code, a.planned, a.held, a.attended]),
          }
        : null,
    [review.data, t],
  );
  const option = useMemo(() => (byArea ? bars(byArea) : null), [byArea]);
  return (
    <QueryState query={review}>
      {(data) => (
        <Stack gap="lg">
          <Exports id={programmeId} />
          {byArea && option && (
            <ChartCard
              name={`${programmeId}-review`}
              title={t('programmes.review.byArea')}
              data={byArea}
              option={option}
            />
          )}
          <Paper withBorder p="md">
            <ObjectivesTable review={data} />
          </Paper>
          <Feedback review={data} />
        </Stack>
      )}
    </QueryState>
  );
}
