import { Combobox, Kbd, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client.js';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const TYPEAHEAD_HITS = 3;

/**
 * The one search box of the header: suggestions from /api/search as one types (arrow keys move,
 * Enter opens, Escape closes), Enter without a suggestion opens the results page; "/" anywhere
 * (outside a field) puts the cursor in it.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  const [debounced] = useDebouncedValue(value.trim(), 150);
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const suggestions = useQuery({
    queryKey: ['search', debounced, TYPEAHEAD_HITS],
    queryFn: () => api.search(debounced, TYPEAHEAD_HITS),
    enabled: debounced.length >= 2,
    staleTime: 30_000,
  });
  const groups = (suggestions.data?.groups ?? []).filter((g) => g.hits.length > 0);

  useEffect(() => setValue(current), [current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = value.trim();
    combobox.closeDropdown();
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <search className="header-search">
      <form onSubmit={submit}>
        <Combobox
          store={combobox}
          onOptionSubmit={(path) => {
            combobox.closeDropdown();
            setValue('');
            void navigate(path);
          }}
        >
          <Combobox.Target>
            <TextInput
              ref={input}
              type="search"
              name="q"
              value={value}
              onChange={(e) => {
                setValue(e.currentTarget.value);
                combobox.openDropdown();
                combobox.updateSelectedOptionIndex();
              }}
              onFocus={() => combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
              onKeyDown={(e) => {
                // Enter with no suggestion chosen searches; with one chosen, Combobox opens it.
                if (e.key === 'Enter' && combobox.getSelectedOptionIndex() === -1) submit(e);
              }}
              aria-label={t('header.searchLabel')}
              aria-keyshortcuts="/"
              autoComplete="off"
              placeholder={t('header.searchPlaceholder')}
              rightSection={
                <Kbd aria-hidden visibleFrom="sm">
                  /
                </Kbd>
              }
              rightSectionPointerEvents="none"
            />
          </Combobox.Target>
          <Combobox.Dropdown hidden={debounced.length < 2 || groups.length === 0}>
            <Combobox.Options aria-label={t('search.suggestions')}>
              {groups.map((g) => (
                <Combobox.Group key={g.kind} label={t(`search.kinds.${g.kind}`)}>
                  {g.hits.map((hit) => (
                    <Combobox.Option value={hit.path} key={`${hit.kind}-${hit.id}`}>
                      <Text size="sm">{hit.label}</Text>
                      {hit.detail && (
                        <Text size="xs" c="dimmed">
                          {hit.detail}
                        </Text>
                      )}
                    </Combobox.Option>
                  ))}
                </Combobox.Group>
              ))}
            </Combobox.Options>
          </Combobox.Dropdown>
        </Combobox>
      </form>
    </search>
  );
}
