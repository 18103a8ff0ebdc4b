import { Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState, usePageTitle } from './common.js';

/**
 * The one layout of a list page: its title and introduction, a search field, the count of what the
 * search found (announced as it changes), and the list itself once the query has answered.
 */
export function ListPage<T>({
  title,
  intro,
  search,
  query,
  count,
  children,
}: {
  title: string;
  intro?: ReactNode;
  search?: { label: string; description?: string; value: string; onChange: (value: string) => void };
  query: { data: T | undefined; error: unknown; isPending: boolean };
  count: (data: T) => string;
  /** the list, named by the count's element id */
  children: (data: T, countId: string) => ReactNode;
}) {
  const id = useId();
  usePageTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      {intro && <Text maw={760}>{intro}</Text>}
      {search && (
        <TextInput
          type="search"
          label={search.label}
          description={search.description}
          value={search.value}
          onChange={(e) => search.onChange(e.currentTarget.value)}
          maw={420}
        />
      )}
      <QueryState query={query}>
        {(data) => (
          <>
            <Text role="status" id={`${id}-count`}>
              {count(data)}
            </Text>
            {children(data, `${id}-count`)}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

/**
 * One page of a list the server pages: the count of all that matched (announced as it changes), the
 * page's rows (named by the count), and the pager when there is more than one page. `labels` is the
 * translation prefix of the pager's controls (`menu.pagination` → `menu.pagination.next`…).
 */
export function PagedResults<D extends { total: number }>({
  query,
  count,
  pageSize,
  page,
  onPage,
  labels,
  children,
}: {
  query: { data: D | undefined; error: unknown; isPending: boolean };
  count: (data: D) => string;
  pageSize: number;
  page: number;
  onPage: (page: number) => void;
  labels?: string;
  children: (data: D, countId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <QueryState query={query}>
      {(data) => (
        <Stack gap="sm">
          <Text role="status" id={`${id}-count`}>
            {count(data)}
          </Text>
          {children(data, `${id}-count`)}
          {data.total > pageSize && (
            <Pagination
              total={Math.ceil(data.total / pageSize)}
              value={page}
              onChange={onPage}
              {...(labels
                ? {
                    getControlProps: (control: string) => ({ 'aria-label': t(`${labels}.${control}`) }),
                    getItemProps: (n: number) => ({ 'aria-label': t(`${labels}.page`, { page: n }) }),
                  }
                : {})}
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
