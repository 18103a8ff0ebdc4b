import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationOut } from '../../core/api/client.js';
import { RouterAnchor, useLang } from '../../core/components/common.js';
import { type Column, TitledTable } from '../../core/components/DataTable.js';
import { personPath, postPath } from '../../core/components/links.js';
import { formatPartialDate } from '../../core/i18n/format.js';
import { organizationName } from '../../core/i18n/names.js';
import type { DossierPerson } from '../../dialogue/api.js';

/**
 * The organization's side on the day: its posts concerning the partner (the Special Representative,
 * the liaison officer, the Secretary General) and who held them, as the briefing pack lists them.
 */
export function OrganizationPostsSection({
  org,
  people,
  day,
}: {
  org: OrganizationOut;
  people: DossierPerson[];
  day: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const ours = people.filter((p) => p.side === 'organization');
  if (ours.length === 0) return null;
  const columns: Column<DossierPerson>[] = [
    {
      key: 'post',
      header: t('dialogue.partner.post'),
      cell: (p) => <RouterAnchor to={postPath(p.post_id)}>{p.post}</RouterAnchor>,
    },
    {
      key: 'holder',
      header: t('dialogue.partner.holder'),
      cell: (p) => (
        <>
          {p.person_id ? (
            <RouterAnchor to={personPath(p.person_id)}>{p.name ?? p.person_id}</RouterAnchor>
          ) : p.name ? (
            p.name
          ) : (
            <Text span size="sm" c="dimmed">
              {t('dialogue.partner.vacant')}
            </Text>
          )}{' '}
          {p.certainty === 'possible' && (
            <Badge size="sm" variant="outline" color="red.9" tt="none">
              {t('certainty.possible')}
            </Badge>
          )}
        </>
      ),
    },
  ];
  return (
    <TitledTable
      title={t('dialogue.partner.organizationPosts', {
        partner: organizationName(org, lang, day),
        date: formatPartialDate(day, lang),
      })}
      rows={ours}
      columns={columns}
      rowKey={(p) => `${p.post_id}:${p.person_id ?? ''}`}
      highlightOnHover={false}
    />
  );
}
