import { Anchor, Breadcrumbs, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartialDate } from './common.js';

/**
 * The head of every record's page: the breadcrumbs from the list it belongs to (the record itself
 * the current page), then its name as the page's one heading. The window title is set where the
 * page knows its name (usePageTitle), as some pages title the window differently from the heading.
 */
export function RecordHeader({
  trail,
  current,
  title,
  mt,
  translate,
}: {
  /** the lists above the record, outermost first */
  trail: { to: string; label: ReactNode }[];
  /** the record in the breadcrumbs, when not its title */
  current?: ReactNode;
  title: ReactNode;
  mt?: string;
  /** 'no' when the title is written content (a meeting's own title), not the interface's words */
  translate?: 'no';
}) {
  const { t } = useTranslation();
  return (
    <>
      <Breadcrumbs aria-label={t('common.breadcrumbs')}>
        {trail.map((crumb) => (
          <Anchor key={crumb.to} component={Link} to={crumb.to}>
            {crumb.label}
          </Anchor>
        ))}
        <Text span aria-current="page">
          {current ?? title}
        </Text>
      </Breadcrumbs>
      <Title order={1} mt={mt} translate={translate}>
        {title}
      </Title>
    </>
  );
}

/** One dated fact of a record's header ("Born 1 April 1965"): nothing when the date is unknown. */
export function DatedFact({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <Text size="sm">
      {label} <PartialDate value={value} />
    </Text>
  );
}
