import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { postsQuery } from '../../core/api/queries.js';
import { useLang } from '../../core/components/common.js';
import { postLabel } from '../../core/i18n/names.js';

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value: string | null;
  onChange: (id: string | null) => void;
};

/** A post of the registry, found by typing part of its title; the registry answers, not the select. */
export function PostSelect({ value, onChange, ...select }: Props) {
  const lang = useLang();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const posts = useQuery({
    ...postsQuery({ q: q || undefined, limit: 30 }),
    placeholderData: keepPreviousData,
  });
  const options = (posts.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${postLabel(p, lang)} — ${p.organization_name}`,
  }));
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
    />
  );
}
