import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { peopleQuery } from '../api/queries.js';
import { personName } from '../i18n/names.js';
import { useLang } from './common.js';

type Props = Omit<
  SelectProps,
  'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter' | 'value' | 'onChange'
> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** what the search box starts with, e.g. the surname of a draft person */
  initialSearch?: string;
  /** a person not to offer (the one being merged away) */
  exclude?: string;
  /** options read "Name (id)", to tell namesakes apart */
  showId?: boolean;
  /** characters typed before the registry is asked; 0 lists people at once */
  minChars?: number;
};

/**
 * A person of the registry, found by typing part of any of their names (the API searches every
 * spelling); the registry answers, not the select's own filter.
 */
export function PersonSelect({
  value,
  onChange,
  initialSearch = '',
  exclude,
  showId = false,
  minChars = 0,
  ...select
}: Props) {
  const lang = useLang();
  const [search, setSearch] = useState(initialSearch);
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = useQuery({
    ...peopleQuery({ q: q || undefined, limit: 20 }),
    enabled: q.length >= minChars,
    placeholderData: keepPreviousData,
  });
  // A choice cleared from outside (the form was saved) clears the search box with it.
  const previous = useRef(value);
  useEffect(() => {
    if (previous.current !== null && value === null) setSearch('');
    previous.current = value;
  }, [value]);
  const options = (people.data?.items ?? [])
    .filter((p) => p.id !== exclude)
    .map((p) => ({ value: p.id, label: showId ? `${personName(p, lang)} (${p.id})` : personName(p, lang) }));
  return (
    <Select
      {...select}
      searchable
      data={options}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={q.length >= Math.max(1, minChars) ? select.nothingFoundMessage : undefined}
    />
  );
}
