import { Badge, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { OrganizationOut } from '../../core/api/client.js';
import {
  membershipsQuery,
  organizationQuery,
  organizationsQuery,
  postsQuery,
} from '../../core/api/queries.js';
import { AsOfDate, useOnDate } from '../../core/components/AsOfDate.js';
import {
  ErrorNotice,
  QueryState,
  RecordError,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../../core/components/common.js';
import { organizationPath } from '../../core/components/links.js';
import { NamesSection } from '../../core/components/NamesSection.js';
import { DatedFact, RecordHeader } from '../../core/components/RecordHeader.js';
import { RecordHistory } from '../../core/components/RecordHistory.js';
import { RecordActions } from '../../core/forms/RecordActions.js';
import { organizationName } from '../../core/i18n/names.js';
import { dossierQuery } from '../../dialogue/api.js';
import { BriefingPackMenu } from '../../insight/DossierMenu.js';
import { OrganizationForm } from '../forms/OrganizationForm.js';
import { MembershipsSection } from './MembershipsSection.js';
import { MembersSection } from './MembersSection.js';
import { OfficesSection } from './OfficesSection.js';
import { OrganizationPostsSection } from './OrganizationPostsSection.js';
import { PartnerDialogueSection } from './PartnerDialogueSection.js';
import { PartnerExercisesSection } from './PartnerExercisesSection.js';
import { FRAMEWORK_LISTS, loadTimeline } from './preload.js';
import { SubjectConflicts } from './SubjectConflicts.js';
import { usePartnerTimeline } from './usePartnerTimeline.js';

const nothing = () => null; // started here, read by MembershipsSection: no re-render of the page

export function OrganizationPage() {
  const { id = '' } = useParams();
  const organization = useQuery(organizationQuery(id));
  // On route match, the memberships and the timeline's code load beside the organization rather than
  // after it: the table and the chart are the page's first paint.
  useQuery(membershipsQuery(id));
  useQueries({ queries: FRAMEWORK_LISTS.map(organizationsQuery), combine: nothing });
  void loadTimeline();
  if (organization.error) return <RecordError error={organization.error} />;
  return <QueryState query={organization}>{(org) => <OrganizationView org={org} />}</QueryState>;
}

function Heading({ org }: { org: OrganizationOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const parent = useQuery({ ...organizationQuery(org.parent_id ?? ''), enabled: !!org.parent_id });
  const name = organizationName(org, lang);
  usePageTitle(name);
  return (
    <Stack gap="xs">
      <RecordHeader
        trail={[
          org.kind === 'state'
            ? { to: '/partners', label: t('nav.partners') }
            : { to: `/partners?kind=${org.kind}`, label: t(`kindPlural.${org.kind}`) },
        ]}
        title={name}
      />
      <RecordActions
        record={org}
        path={`/api/organizations/${encodeURIComponent(org.id)}`}
        queryKey={['organization', org.id]}
        noun={t('registry.nouns.organization')}
        edit={(close) => <OrganizationForm organization={org} onSaved={close} />}
      />
      <Group gap="sm">
        <Badge variant="light" tt="none">
          {t(`kind.${org.kind}`)}
        </Badge>
        {org.iso2 && (
          <Text size="sm">
            {t('organization.iso')}: <strong>{org.iso2}</strong>
          </Text>
        )}
        {parent.data && (
          <Text size="sm">
            {t('organization.partOf')}{' '}
            <RouterAnchor to={organizationPath(parent.data)}>
              {organizationName(parent.data, lang)}
            </RouterAnchor>
          </Text>
        )}
        <DatedFact label={t('organization.founded')} value={org.founding_date} />
        <DatedFact label={t('organization.dissolved')} value={org.dissolution_date} />
      </Group>
    </Stack>
  );
}

function OrganizationView({ org }: { org: OrganizationOut }) {
  const { t } = useTranslation();
  const [on, setOn] = useOnDate();
  const memberships = useQuery(membershipsQuery(org.id));
  // The rest of the page (dozens of requests on a large partner) starts once the memberships are in,
  // in a deferred render after the table and the timeline have been drawn, so that it competes with
  // them neither for the server nor for the main thread.
  const rest = useDeferredValue(!memberships.isPending);
  const bodies = useQuery({ ...organizationsQuery({ parent_id: org.id, limit: 500 }), enabled: rest });
  const bodyIds = bodies.data?.items.map((b) => b.id) ?? [];
  // The posts of the organization itself (a head of state) and of its bodies (ministries, offices).
  const posts = useQueries({
    queries: (rest ? [org.id, ...bodyIds] : []).map((orgId) =>
      postsQuery({ organization_id: orgId, limit: 500 }),
    ),
    combine: (results) => ({
      items: results.flatMap((r) => r.data?.items ?? []),
      pending: results.length === 0 || results.some((r) => r.isPending),
      error: results.find((r) => r.error)?.error,
    }),
  });
  const subjects = new Set([
    `organization:${org.id}`,
    ...bodyIds.map((b) => `organization:${b}`),
    ...(memberships.data?.items ?? []).map((m) => `membership:${m.id}`),
    ...posts.items.map((p) => `post:${p.id}`),
  ]);
  const hasMembers = org.kind === 'framework' || org.kind === 'international_organization';
  // A partner country's page also carries the briefing: both sides' posts, dialogue, exercises.
  const isPartner = org.kind === 'state';
  const dossier = useQuery({
    ...dossierQuery(org.id, on),
    enabled: isPartner && rest,
    placeholderData: keepPreviousData,
  });
  const events = usePartnerTimeline(org.id, dossier.data, isPartner && rest);

  return (
    <Stack gap={0}>
      <Heading org={org} />
      <Group mt="lg" align="flex-end" justify="space-between">
        <AsOfDate
          value={on}
          onChange={setOn}
          label={t('asOf.label')}
          description={t('asOf.description')}
          clearLabel={t('asOf.clear')}
        />
        {isPartner && <BriefingPackMenu partnerId={org.id} on={on} />}
      </Group>
      <MembershipsSection org={org} all={memberships} on={on} events={events} />
      {rest && (
        <>
          {hasMembers && <MembersSection org={org} on={on} />}
          <NamesSection names={org.names} />
          <OfficesSection org={org} bodies={bodies.data?.items ?? []} posts={posts} on={on} />
          {isPartner && dossier.data && (
            <>
              <OrganizationPostsSection org={org} people={dossier.data.people} day={dossier.data.on} />
              <PartnerDialogueSection partnerId={org.id} dossier={dossier.data} />
              <PartnerExercisesSection exercises={dossier.data.exercises} />
            </>
          )}
          {isPartner && dossier.error && <ErrorNotice error={dossier.error} />}
          <SubjectConflicts
            subjects={subjects}
            postIds={posts.items.map((p) => p.id)}
            title={t(
              org.kind === 'state' ? 'conflicts.concerningPartner' : 'conflicts.concerningOrganization',
            )}
          />
          <RecordHistory entity="organization" id={org.id} />
        </>
      )}
    </Stack>
  );
}
