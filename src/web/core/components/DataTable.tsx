import { Group, Pagination, Table, type TableTdProps, Text, UnstyledButton } from '@mantine/core';
import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { firstDay } from '../i18n/format.js';
import { Dash, PartialDate, QueryState, SectionTitle, useLang } from './common.js';

export type SortValue = string | number | null | undefined;

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** what the column sorts by; a column without it is not sortable */
  sortValue?: (row: T) => SortValue;
  /** attributes of the column's cells (a language, a minimum width) */
  td?: TableTdProps;
}

interface Sort {
  key: string;
  dir: 'asc' | 'desc';
}

/**
 * The one table of the web app: columns declared once, sortable by their header (the choice kept
 * in the address when `urlKey` is given, so a shared link shows the same order), paged when long,
 * and an empty state. Loading and error states stay with the query (QueryState, ListPage).
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  labelledBy,
  defaultSort,
  urlKey,
  pageSize = 100,
  empty,
  highlightOnHover = true,
  rowProps,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  /** the id of the element that names the table (a heading or a count) */
  labelledBy: string;
  defaultSort?: Sort;
  urlKey?: string;
  pageSize?: number;
  empty?: ReactNode;
  highlightOnHover?: boolean;
  /** attributes of a row (a data- name tests and scripts find it by) */
  rowProps?: (row: T) => Record<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [sort, setSort] = useSortState(defaultSort, urlKey);
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort?.key);
    if (!column?.sortValue || !sort) return rows;
    const value = column.sortValue;
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...rows].sort((a, b) => sign * compare(value(a), value(b), lang));
  }, [rows, columns, sort, lang]);
  if (rows.length === 0) return empty ? <Text>{empty}</Text> : null;
  const pages = Math.ceil(sorted.length / pageSize);
  const current = Math.min(page, pages);
  const shown = pages > 1 ? sorted.slice((current - 1) * pageSize, current * pageSize) : sorted;
  return (
    <>
      <div className="table-scroll">
        <Table aria-labelledby={labelledBy} striped withTableBorder highlightOnHover={highlightOnHover}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th
                  key={c.key}
                  aria-sort={
                    sort?.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined
                  }
                >
                  {c.sortValue ? (
                    <UnstyledButton
                      fw={700}
                      fz="sm"
                      onClick={() =>
                        setSort({
                          key: c.key,
                          dir: sort?.key === c.key && sort.dir === 'asc' ? 'desc' : 'asc',
                        })
                      }
                    >
                      {c.header}
                      {/* Drawn by CSS (styles.css), so that the header's text stays its words. */}
                      <span
                        aria-hidden
                        className="sort-mark"
                        data-dir={sort?.key === c.key ? sort.dir : 'none'}
                      />
                    </UnstyledButton>
                  ) : (
                    c.header
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
                {columns.map((c) => (
                  <Table.Td key={c.key} {...c.td}>
                    {c.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {pages > 1 && (
        <Group justify="center">
          <Pagination total={pages} value={current} onChange={setPage} aria-label={t('table.pages')} />
        </Group>
      )}
    </>
  );
}

function compare(a: SortValue, b: SortValue, lang: string): number {
  if (a === b) return 0;
  // Unknown values go last whichever way the column is sorted.
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), lang, { numeric: true });
}

function useSortState(
  initial: Sort | undefined,
  urlKey: string | undefined,
): [Sort | undefined, (s: Sort) => void] {
  const [local, setLocal] = useState(initial);
  const [params, setParams] = useSearchParams();
  if (!urlKey) return [local, setLocal];
  const raw = params.get(urlKey);
  const [key, dir] = raw?.split(':') ?? [];
  const fromUrl = key ? { key, dir: dir === 'desc' ? ('desc' as const) : ('asc' as const) } : initial;
  return [
    fromUrl,
    (s) =>
      setParams(
        (p) => {
          p.set(urlKey, `${s.key}:${s.dir}`);
          return p;
        },
        { replace: true },
      ),
  ];
}

/** A column of partial dates, sorted by their first possible day; `whenEmpty` for an open end. */
export function dateColumn<T>(
  key: string,
  header: ReactNode,
  value: (row: T) => string | null | undefined,
  whenEmpty: ReactNode = <Dash />,
): Column<T> {
  return {
    key,
    header,
    sortValue: (row) => {
      const v = value(row);
      return v ? firstDay(v) : null;
    },
    cell: (row) => {
      const v = value(row);
      return v ? <PartialDate value={v} /> : whenEmpty;
    },
  };
}

/**
 * A titled section of a record's page holding one table: loading and error states from the query,
 * the empty state in words, the table named by the section's title.
 */
export function TableSection<D, T>({
  title,
  query,
  rows,
  empty,
  ...table
}: {
  title: ReactNode;
  query: { data: D | undefined; error: unknown; isPending: boolean };
  rows: (data: D) => readonly T[];
  empty: ReactNode;
} & Omit<Parameters<typeof DataTable<T>>[0], 'rows' | 'labelledBy' | 'empty'>) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{title}</SectionTitle>
      <QueryState query={query}>
        {(data) => <DataTable<T> rows={rows(data)} labelledBy={id} empty={empty} {...table} />}
      </QueryState>
    </section>
  );
}

/** A titled section holding one table of rows already at hand. */
export function TitledTable<T>({
  title,
  ...table
}: { title: ReactNode } & Omit<Parameters<typeof DataTable<T>>[0], 'labelledBy'>) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{title}</SectionTitle>
      <DataTable<T> labelledBy={id} {...table} />
    </section>
  );
}

/** A table of what a query answered, once it has: loading and error states from the query. */
export function QueryTable<D, T>({
  query,
  rows,
  ...table
}: {
  query: { data: D | undefined; error: unknown; isPending: boolean };
  rows: (data: D) => readonly T[];
} & Omit<Parameters<typeof DataTable<T>>[0], 'rows'>) {
  return <QueryState query={query}>{(data) => <DataTable<T> rows={rows(data)} {...table} />}</QueryState>;
}

/** A record's facts, one labelled line each (the label a row header), as on an activity's page. */
export function FactsTable({
  rows,
  ...name
}: { rows: [string, ReactNode][] } & ({ labelledBy: string } | { label: string })) {
  return (
    <div className="table-scroll">
      <Table
        aria-labelledby={'labelledBy' in name ? name.labelledBy : undefined}
        aria-label={'label' in name ? name.label : undefined}
        withTableBorder
        maw={760}
        variant="vertical"
      >
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
