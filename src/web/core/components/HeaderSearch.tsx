import { Kbd, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The one search box of the header; "/" anywhere (outside a field) puts the cursor in it. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  const input = useRef<HTMLInputElement>(null);

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
    if (q) void navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  return (
    <search style={{ flex: 1, minWidth: 0, maxWidth: 520 }}>
      <form onSubmit={submit}>
        <TextInput
          ref={input}
          type="search"
          name="q"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          aria-label={t('header.searchLabel')}
          aria-keyshortcuts="/"
          placeholder={t('header.searchPlaceholder')}
          rightSection={
            <Kbd aria-hidden visibleFrom="sm">
              /
            </Kbd>
          }
          rightSectionPointerEvents="none"
        />
      </form>
    </search>
  );
}
