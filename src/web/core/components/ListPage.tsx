import { Stack, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
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
