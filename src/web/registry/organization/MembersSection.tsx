import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationOut } from '../../core/api/client.js';
import { membersQuery, useOrganizationsById } from '../../core/api/queries.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RouterAnchor,
  SectionTitle,
  useLang,
} from '../../core/components/common.js';
import { organizationPath } from '../../core/components/links.js';
import { firstDay, formatPartialDate } from '../../core/i18n/format.js';
import { organizationName } from '../../core/i18n/names.js';

/** Who belongs (or belonged) to a framework or an international organization. */
export function MembersSection({ org, on }: { org: OrganizationOut; on?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const members = useQuery(membersQuery(org.id, on));
  const names = useOrganizationsById((members.data?.items ?? []).map((m) => m.member_id));
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>
        {on ? t('members.titleOn', { date: formatPartialDate(on, lang) }) : t('members.title')}
      </SectionTitle>
      <QueryState query={members}>
        {(page) =>
          page.items.length === 0 ? (
            <Text>{t('members.none')}</Text>
          ) : (
            <div className="table-scroll">
              <Table aria-labelledby={id} striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('members.member')}</Table.Th>
                    <Table.Th>{t('memberships.start')}</Table.Th>
                    <Table.Th>{t('memberships.end')}</Table.Th>
                    <Table.Th>{t('memberships.endReason')}</Table.Th>
                    <Table.Th>{t('memberships.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...page.items]
                    .sort((a, b) => firstDay(a.start_date).localeCompare(firstDay(b.start_date)))
                    .map((m) => {
                      const member = names.get(m.member_id);
                      return (
                        <Table.Tr key={m.id}>
                          <Table.Td>
                            {member ? (
                              <RouterAnchor to={organizationPath(member)}>
                                {organizationName(member, lang)}
                              </RouterAnchor>
                            ) : (
                              m.member_name
                            )}
                          </Table.Td>
                          <Table.Td>
                            <PartialDate value={m.start_date} />
                          </Table.Td>
                          <Table.Td>
                            {m.end_date ? <PartialDate value={m.end_date} /> : t('memberships.ongoing')}
                          </Table.Td>
                          <Table.Td>{m.end_reason ? t(`endReason.${m.end_reason}`) : <Dash />}</Table.Td>
                          <Table.Td>
                            {m.status === 'suspended' ? (
                              <Text span fw={700} c="red.9">
                                {t('status.suspended')}
                              </Text>
                            ) : (
                              t('status.active')
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                </Table.Tbody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </section>
  );
}
