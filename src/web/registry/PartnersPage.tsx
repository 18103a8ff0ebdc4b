import { Badge, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { MembershipOut, OrganizationKind, OrganizationOut } from '../core/api/client.js';
import { membersQuery, organizationsQuery, useOrganizationsById } from '../core/api/queries.js';
import { QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { organizationPath } from '../core/components/links.js';
import { useSearchText } from '../core/components/search-text.js';
import { formatCount, todayIso } from '../core/i18n/format.js';
import { organizationName, organizationShortName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';

const KINDS: OrganizationKind[] = ['state', 'framework', 'international_organization', 'body'];

function isKind(value: string | null): value is OrganizationKind {
  return KINDS.includes(value as OrganizationKind);
}

/** For each state, the frameworks it belongs to today: one query per framework, not per state. */
function useFrameworksToday(enabled: boolean) {
  const frameworks = useQuery({ ...organizationsQuery({ kind: 'framework', limit: 500 }), enabled });
  const today = todayIso();
  return useQueries({
    queries: (frameworks.data?.items ?? []).map((f) => membersQuery(f.id, today)),
    combine: (results) => {
      const byMember = new Map<string, MembershipOut[]>();
      for (const r of results) {
        for (const m of r.data?.items ?? [])
          byMember.set(m.member_id, [...(byMember.get(m.member_id) ?? []), m]);
      }
      return byMember;
    },
  });
}

function OrganizationRow({
  org,
  states,
  memberships,
  frameworks,
}: {
  org: OrganizationOut;
  states: boolean;
  memberships: MembershipOut[];
  frameworks: Map<string, OrganizationOut>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table.Tr>
      <Table.Td>
        <RouterAnchor to={organizationPath(org)}>{organizationName(org, lang)}</RouterAnchor>
      </Table.Td>
      {states ? (
        <>
          <Table.Td>{org.iso2}</Table.Td>
          <Table.Td>
            <Group gap={6}>
              {memberships.map((m) => {
                const f = frameworks.get(m.organization_id);
                const suspended = m.status === 'suspended';
                return (
                  <Badge
                    key={m.id}
                    variant={suspended ? 'outline' : 'light'}
                    color={suspended ? 'red.9' : 'blue'}
                    tt="none"
                  >
                    {f ? organizationShortName(f, lang) : m.organization_name}
                    {suspended && ` (${t('status.suspended')})`}
                  </Badge>
                );
              })}
            </Group>
          </Table.Td>
        </>
      ) : (
        <Table.Td>{t(`kind.${org.kind}`)}</Table.Td>
      )}
    </Table.Tr>
  );
}

export function PartnersPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: OrganizationKind | undefined =
    kindParam === 'all' ? undefined : isKind(kindParam) ? kindParam : 'state';
  const [text, setText, q] = useSearchText();
  const { can } = useSession();
  usePageTitle(t('partners.title'));

  const list = useQuery(organizationsQuery({ q: q || undefined, kind, limit: 500 }));
  const states = kind === 'state';
  const membershipsToday = useFrameworksToday(states);
  const frameworks = useOrganizationsById(
    [...membershipsToday.values()].flat().map((m) => m.organization_id),
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.title')}</Title>
      <Text maw={760}>
        {t('partners.intro')}{' '}
        {can('registry.write') && (
          <RouterAnchor to="/organizations/new">{t('registry.organizations.new')}</RouterAnchor>
        )}
      </Text>
      <Group align="flex-end" gap="md">
        <TextInput
          type="search"
          label={t('partners.search')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={380}
        />
        <NativeSelect
          label={t('partners.kind')}
          value={kind ?? 'all'}
          onChange={(e) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.set('kind', e.currentTarget.value);
                return next;
              },
              { replace: true },
            )
          }
          data={[
            ...KINDS.map((k) => ({ value: k, label: t(`kindPlural.${k}`) })),
            { value: 'all', label: t('partners.allKinds') },
          ]}
          w={260}
        />
      </Group>
      <QueryState query={list}>
        {(page) => (
          <>
            <Text role="status" id={`${id}-count`}>
              {t('partners.count', { count: page.total, formatted: formatCount(page.total, lang) })}
            </Text>
            {page.items.length > 0 && (
              <div className="table-scroll">
                <Table aria-labelledby={`${id}-count`} striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('partners.name')}</Table.Th>
                      {states ? (
                        <>
                          <Table.Th>{t('partners.iso')}</Table.Th>
                          <Table.Th>{t('partners.frameworksToday')}</Table.Th>
                        </>
                      ) : (
                        <Table.Th>{t('partners.kind')}</Table.Th>
                      )}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...page.items]
                      .sort((a, b) =>
                        organizationName(a, lang).localeCompare(organizationName(b, lang), lang),
                      )
                      .map((org) => (
                        <OrganizationRow
                          key={org.id}
                          org={org}
                          states={states}
                          memberships={membershipsToday.get(org.id) ?? []}
                          frameworks={frameworks}
                        />
                      ))}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
