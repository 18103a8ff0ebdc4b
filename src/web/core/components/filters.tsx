import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { organizationsQuery } from '../api/queries.js';
import { organizationName } from '../i18n/names.js';
import { useLang } from './common.js';

/**
 * A list's filters live in the address (a shared link shows the same list): `set(key, value)` writes
 * one, or removes it when empty, and starts the list again from its first page.
 */
export function useUrlFilter(): [URLSearchParams, (key: string, value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [params, set];
}

/** A filter choosing one value or none ("any"), as a native select (usable on phones). */
export function FilterSelect({
  label,
  value,
  onChange,
  any,
  options,
  w,
}: {
  label: string;
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  /** the words for "no filter" */
  any: string;
  options: { value: string; label: string }[];
  w?: number;
}) {
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || null)}
      data={[{ value: '', label: any }, ...options]}
      w={w}
    />
  );
}

/** The partner countries as a filter's options, named in the UI language and in its order. */
export function usePartnerFilterOptions(enabled = true): { value: string; label: string }[] {
  const lang = useLang();
  const partners = useQuery({ ...organizationsQuery({ kind: 'state', limit: 500 }), enabled });
  return [...(partners.data?.items ?? [])]
    .map((p) => ({ value: p.id, label: organizationName(p, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}
