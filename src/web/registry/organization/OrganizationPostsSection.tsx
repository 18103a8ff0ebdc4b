import { Badge, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationOut } from '../../core/api/client.js';
import { RouterAnchor, SectionTitle, useLang } from '../../core/components/common.js';
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
  const id = useId();
  const ours = people.filter((p) => p.side === 'organization');
  if (ours.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>
        {t('dialogue.partner.organizationPosts', {
          partner: organizationName(org, lang, day),
          date: formatPartialDate(day, lang),
        })}
      </SectionTitle>
      <div className="table-scroll">
        <Table aria-labelledby={id} striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dialogue.partner.post')}</Table.Th>
              <Table.Th>{t('dialogue.partner.holder')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ours.map((p) => (
              <Table.Tr key={`${p.post_id}:${p.person_id ?? ''}`}>
                <Table.Td>
                  <RouterAnchor to={postPath(p.post_id)}>{p.post}</RouterAnchor>
                </Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </section>
  );
}
