import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '../core/components/common.js';
import { localeOf } from '../core/i18n/format.js';
import type { Signoff } from './api.js';

/** A sign-off as who, when, and the exact content (version and hash) it is bound to. */
export function SignOffsTable({
  caption,
  organization,
  partner,
  partnerName,
}: {
  caption: string;
  organization: Signoff;
  partner: Signoff;
  partnerName: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const when = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
  const rows = [
    { side: t('programmes.side.organization'), s: organization },
    { side: partnerName, s: partner },
  ];
  return (
    <Table withTableBorder captionSide="top">
      <caption>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('programmes.signoff.side')}</Table.Th>
          <Table.Th>{t('programmes.signoff.by')}</Table.Th>
          <Table.Th>{t('programmes.signoff.at')}</Table.Th>
          <Table.Th>{t('programmes.signoff.boundTo')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ side, s }) => (
          <Table.Tr key={side}>
            <Table.Th scope="row">{side}</Table.Th>
            {s ? (
              <>
                <Table.Td translate={s.by_name ? 'no' : undefined}>
                  {s.by_name ?? t('programmes.signoff.unknownSigner')}
                </Table.Td>
                <Table.Td>
                  <time dateTime={s.at}>{when.format(new Date(s.at))}</time>
                </Table.Td>
                <Table.Td>
                  {t('programmes.signoff.version', { n: s.version })}{' '}
                  <Code title={s.hash}>{s.hash.slice(0, 12)}</Code>
                </Table.Td>
              </>
            ) : (
              <Table.Td colSpan={3}>
                <Text size="sm" c="dimmed">
                  {t('programmes.signoff.notSigned')}
                </Text>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
