import { Text } from '@mantine/core';
import { type UseQueryResult, useQueries, useQuery } from '@tanstack/react-query';
import { type ComponentProps, Suspense, use, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipOut, OrganizationOut, Page } from '../../core/api/client.js';
import { membershipsQuery, organizationQuery, organizationsQuery } from '../../core/api/queries.js';
import {
  Dash,
  ErrorNotice,
  Loading,
  QueryState,
  RouterAnchor,
  SectionTitle,
  useLang,
} from '../../core/components/common.js';
import { type Column, DataTable } from '../../core/components/DataTable.js';
import { organizationPath } from '../../core/components/links.js';
import type MembershipTimeline from '../../core/components/MembershipTimeline.js';
import type { TimelineEvent } from '../../core/components/MembershipTimeline.js';
import { firstDay, formatPartialDate } from '../../core/i18n/format.js';
import { organizationName } from '../../core/i18n/names.js';
import { useSession } from '../../core/session/session.js';
import { JoinFramework, MembershipActions } from '../forms/MembershipActions.js';
import { membershipPeriodColumns } from './membership-columns.js';
import { FRAMEWORK_LISTS, loadedTimeline, loadTimeline } from './preload.js';

/**
 * ECharts is loaded with the first timeline, not with the app. The chunk is requested when the route
 * matches (preload.ts); once loaded, the chart is drawn in the same commit as the table, without the
 * Suspense round (and React's throttled reveal of suspended content) that React.lazy would cost.
 */
function Timeline(props: ComponentProps<typeof MembershipTimeline>) {
  const Loaded = loadedTimeline() ?? use(loadTimeline());
  return <Loaded {...props} />;
}

// Module-level, so that TanStack Query keeps the combined results (and the chart's option) between renders.
function combineListed(results: { data?: Page<OrganizationOut>; isPending: boolean }[]) {
  const byId = new Map<string, OrganizationOut>();
  for (const { data } of results) for (const org of data?.items ?? []) byId.set(org.id, org);
  return { byId, pending: results.some((r) => r.isPending) };
}

function combineOneByOne(results: { data?: OrganizationOut; isPending: boolean }[]) {
  const byId = new Map<string, OrganizationOut>();
  for (const { data } of results) if (data) byId.set(data.id, data);
  return { byId, pending: results.some((r) => r.isPending) };
}

/**
 * The organizations the memberships are in (their names in the UI language): from the lists of
 * frameworks and international organizations, asked with the memberships (preload.ts), and one by one
 * for any other; `pending` until all are known, so that the timeline is drawn once, with its names.
 */
function useFrameworks(ids: string[]) {
  const listed = useQueries({ queries: FRAMEWORK_LISTS.map(organizationsQuery), combine: combineListed });
  const missing = listed.pending ? [] : [...new Set(ids)].filter((id) => !listed.byId.has(id));
  const fetched = useQueries({ queries: missing.map(organizationQuery), combine: combineOneByOne });
  const byId = useMemo(
    () => (fetched.byId.size ? new Map([...listed.byId, ...fetched.byId]) : listed.byId),
    [listed.byId, fetched.byId],
  );
  return { byId, pending: listed.pending || fetched.pending };
}

const byStart = (a: MembershipOut, b: MembershipOut) =>
  firstDay(a.start_date).localeCompare(firstDay(b.start_date));

function FrameworkCell({ m, org }: { m: MembershipOut; org: OrganizationOut | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const atStart = org ? organizationName(org, lang, firstDay(m.start_date)) : m.organization_name_at_start;
  return (
    <>
      {org ? <RouterAnchor to={organizationPath(org)}>{atStart}</RouterAnchor> : atStart}
      {m.organization_renamed.map((r) => (
        <Text size="sm" c="dimmed" key={`${r.name}:${r.start_date}`}>
          {t('memberships.renamed', {
            name: org && r.start_date ? organizationName(org, lang, firstDay(r.start_date)) : r.name,
            date: formatPartialDate(r.start_date, lang),
          })}
        </Text>
      ))}
    </>
  );
}

function MembershipsTable({
  memberships,
  organizations,
  on,
  labelledBy,
}: {
  memberships: MembershipOut[];
  organizations: Map<string, OrganizationOut>;
  on?: string;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const changeable = memberships.some((m) => m.can.update || m.can.delete);
  const frameworkName = (m: MembershipOut) => {
    const framework = organizations.get(m.organization_id);
    return framework ? organizationName(framework, lang) : m.organization_name;
  };
  const columns: Column<MembershipOut>[] = [
    {
      key: 'framework',
      header: t('memberships.framework'),
      cell: (m) => <FrameworkCell m={m} org={organizations.get(m.organization_id)} />,
    },
    {
      key: 'role',
      header: t('memberships.role'),
      cell: (m) => (m.role ? t(`role.${m.role}`, { defaultValue: m.role }) : <Dash />),
    },
    ...membershipPeriodColumns(t),
    ...(on
      ? [
          {
            key: 'certainty',
            header: t('memberships.certainty'),
            cell: (m: MembershipOut) => (m.certainty ? t(`certainty.${m.certainty}`) : <Dash />),
          },
        ]
      : []),
    {
      key: 'note',
      header: t('memberships.note'),
      cell: (m) =>
        m.note ? (
          <details>
            <summary>{t('memberships.showNote')}</summary>
            <Text size="sm" lang="en" translate="no" maw={420}>
              {m.note}
            </Text>
          </details>
        ) : (
          <Dash />
        ),
    },
    ...(changeable
      ? [
          {
            key: 'actions',
            header: t('forms.actions'),
            cell: (m: MembershipOut) => <MembershipActions membership={m} label={frameworkName(m)} />,
          },
        ]
      : []),
  ];
  return (
    <DataTable
      rows={[...memberships].sort(byStart)}
      columns={columns}
      rowKey={(m) => m.id}
      labelledBy={labelledBy}
      highlightOnHover={false}
    />
  );
}

/** The timeline of every membership, and the memberships table (of the day asked, when one is). */
export function MembershipsSection({
  org,
  all,
  on,
  events,
}: {
  org: OrganizationOut;
  all: UseQueryResult<Page<MembershipOut>>;
  on?: string;
  /** programmes, meetings and exercises drawn beside the memberships */
  events?: TimelineEvent[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { can } = useSession();
  const onDay = useQuery({ ...membershipsQuery(org.id, on), enabled: !!on });
  // The frameworks' own records give their names in the UI language, short forms and renamings.
  const frameworks = useFrameworks((all.data?.items ?? []).map((m) => m.organization_id));
  const organizations = frameworks.byId;
  if (all.error) return <ErrorNotice error={all.error} />;
  if (all.isPending) return <Loading />;
  const items = all.data?.items ?? [];
  if (items.length === 0 && org.kind !== 'state') return null;
  return (
    <>
      {items.length > 0 && (
        <section aria-labelledby={`${id}-timeline`}>
          <SectionTitle id={`${id}-timeline`}>{t('timeline.title')}</SectionTitle>
          {/* Drawn with the frameworks' names (NACC, EAPC) rather than redrawn when they arrive; they
              are requested with the memberships when the page opens (preload.ts). */}
          {frameworks.pending ? (
            <Loading />
          ) : (
            <Suspense fallback={<Loading />}>
              <Timeline memberships={items} organizations={organizations} asOf={on} events={events} />
            </Suspense>
          )}
        </section>
      )}
      <section aria-labelledby={`${id}-memberships`}>
        <SectionTitle id={`${id}-memberships`}>
          {on ? t('memberships.titleOn', { date: formatPartialDate(on, lang) }) : t('memberships.title')}
        </SectionTitle>
        {on ? (
          <QueryState query={onDay}>
            {(page) =>
              page.items.length ? (
                <MembershipsTable
                  memberships={page.items}
                  organizations={organizations}
                  on={on}
                  labelledBy={`${id}-memberships`}
                />
              ) : (
                <Text>{t('memberships.noneOn')}</Text>
              )
            }
          </QueryState>
        ) : items.length ? (
          <MembershipsTable
            memberships={items}
            organizations={organizations}
            labelledBy={`${id}-memberships`}
          />
        ) : (
          <Text>{t('memberships.none')}</Text>
        )}
        {can('registry.write') && <JoinFramework memberId={org.id} />}
      </section>
    </>
  );
}
