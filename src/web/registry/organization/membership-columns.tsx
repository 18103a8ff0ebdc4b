import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { MembershipOut } from '../../core/api/client.js';
import { Dash } from '../../core/components/common.js';
import { type Column, dateColumn } from '../../core/components/DataTable.js';

/**
 * A membership's period and state, the same columns wherever memberships are listed: a country's
 * frameworks (MembershipsSection) and a framework's members (MembersSection).
 */
export function membershipPeriodColumns(t: TFunction): Column<MembershipOut>[] {
  return [
    dateColumn('start', t('memberships.start'), (m) => m.start_date),
    dateColumn('end', t('memberships.end'), (m) => m.end_date, t('memberships.ongoing')),
    {
      key: 'endReason',
      header: t('memberships.endReason'),
      cell: (m) => (m.end_reason ? t(`endReason.${m.end_reason}`) : <Dash />),
    },
    {
      key: 'status',
      header: t('memberships.status'),
      sortValue: (m) => m.status,
      cell: (m) =>
        m.status === 'suspended' ? (
          <Text span fw={700} c="red.9">
            {t('status.suspended')}
          </Text>
        ) : (
          t('status.active')
        ),
    },
  ];
}
