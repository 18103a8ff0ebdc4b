import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MembershipOut } from '../../../schemas/registry/membership.schema.js';
import type { OrganizationOut } from '../../core/api/client.js';
import { membersQuery, useOrganizationsById } from '../../core/api/queries.js';
import { RouterAnchor, useLang } from '../../core/components/common.js';
import { type Column, TableSection } from '../../core/components/DataTable.js';
import { organizationPath } from '../../core/components/links.js';
import { formatPartialDate } from '../../core/i18n/format.js';
import { organizationName } from '../../core/i18n/names.js';
import { membershipPeriodColumns } from './membership-columns.js';

/** Who belongs (or belonged) to a framework or an international organization. */
export function MembersSection({ org, on }: { org: OrganizationOut; on?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const members = useQuery(membersQuery(org.id, on));
  const names = useOrganizationsById((members.data?.items ?? []).map((m) => m.member_id));
  const memberName = (m: MembershipOut) => {
    const member = names.get(m.member_id);
    return member ? organizationName(member, lang) : m.member_name;
  };
  const columns: Column<MembershipOut>[] = [
    {
      key: 'member',
      header: t('members.member'),
      sortValue: memberName,
      cell: (m) => {
        const member = names.get(m.member_id);
        return member ? (
          <RouterAnchor to={organizationPath(member)}>{memberName(m)}</RouterAnchor>
        ) : (
          memberName(m)
        );
      },
    },
    ...membershipPeriodColumns(t),
  ];
  return (
    <TableSection
      title={on ? t('members.titleOn', { date: formatPartialDate(on, lang) }) : t('members.title')}
      query={members}
      rows={(page) => page.items}
      empty={t('members.none')}
      columns={columns}
      rowKey={(m) => m.id}
      defaultSort={{ key: 'start', dir: 'asc' }}
      highlightOnHover={false}
    />
  );
}
