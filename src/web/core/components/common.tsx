import { Alert, Anchor, Group, List, Loader, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api/client.js';
import { formatPartialDate } from '../i18n/format.js';
import { isLang, type Lang } from '../i18n/i18n.js';

export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : 'en';
}

/** Sets the window title (WCAG 2.4.2): the page, then the application. */
export function usePageTitle(title: string | undefined) {
  useDocumentTitle(title ? `${title} · Concord` : 'Concord');
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status" py="sm">
      <Loader size="sm" aria-hidden />
      <Text>{label ?? t('common.loading')}</Text>
    </Group>
  );
}

/** An API error as a readable message: its title and detail, and each field with its reason. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError) {
    const title =
      error.status === 0
        ? t('errors.network')
        : error.status === 404
          ? t('errors.notFound')
          : t('errors.api', { status: error.status, title: error.title });
    return (
      <Alert color="red" title={title} my="sm">
        {/* A validation problem's detail repeats its fields: the list says it more clearly. */}
        {error.detail && error.errors.length === 0 && <Text size="sm">{error.detail}</Text>}
        {error.errors.length > 0 && (
          <List size="sm" mt="xs">
            {error.errors.map((e) => (
              <List.Item key={`${e.field}:${e.reason}`}>
                <Text span fw={600} size="sm">
                  {e.field}
                </Text>
                {`: ${e.reason}`}
              </List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={t('errors.unexpected')} my="sm">
      {error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}

/** A record page whose record could not be read: a heading, and why. */
export function RecordError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.recordTitle'));
  return (
    <>
      <Title order={1}>{t('errors.recordTitle')}</Title>
      <ErrorNotice error={error} />
    </>
  );
}

/** Loading, error or the content, for one query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorNotice error={query.error} />;
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}

/** A partial date written as precisely as it is known, in the UI language. */
export function PartialDate({ value }: { value: string | null | undefined }) {
  const lang = useLang();
  if (!value) return null;
  return <time dateTime={value}>{formatPartialDate(value, lang)}</time>;
}

export function SectionTitle({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Title order={2} id={id} size="h3" mt="xl" mb="sm">
      {children}
    </Title>
  );
}

export function RouterAnchor({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to}>
      {children}
    </Anchor>
  );
}

export function Dash() {
  const { t } = useTranslation();
  return (
    <>
      <Text span c="dimmed" aria-hidden>
        —
      </Text>
      <VisuallyHidden>{t('common.unknown')}</VisuallyHidden>
    </>
  );
}
