import { Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleQuery } from '../core/api/queries.js';
import { Dash, QueryState, RouterAnchor, useLang, usePageTitle } from '../core/components/common.js';
import { personPath } from '../core/components/links.js';
import { useSearchText } from '../core/components/search-text.js';
import { countryName, formatCount } from '../core/i18n/format.js';
import { personName } from '../core/i18n/names.js';

export function PeoplePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [text, setText, q] = useSearchText();
  const people = useQuery(peopleQuery({ q: q || undefined, limit: 500 }));
  usePageTitle(t('people.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('people.title')}</Title>
      <Text maw={760}>{t('people.intro')}</Text>
      <TextInput
        type="search"
        label={t('people.search')}
        description={t('people.searchHelp')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maw={420}
      />
      <QueryState query={people}>
        {(page) => (
          <>
            <Text role="status" id={`${id}-count`}>
              {t('people.count', { count: page.total, formatted: formatCount(page.total, lang) })}
            </Text>
            {page.items.length > 0 && (
              <div className="table-scroll">
                <Table aria-labelledby={`${id}-count`} striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('people.name')}</Table.Th>
                      <Table.Th>{t('people.otherNames')}</Table.Th>
                      <Table.Th>{t('people.nationality')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...page.items]
                      .sort((a, b) => personName(a, lang).localeCompare(personName(b, lang), lang))
                      .map((person) => {
                        const name = personName(person, lang);
                        const others = [...new Set(person.names.map((n) => n.name))].filter(
                          (n) => n !== name,
                        );
                        return (
                          <Table.Tr key={person.id}>
                            <Table.Td>
                              <RouterAnchor to={personPath(person.id)}>{name}</RouterAnchor>
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm">{others.length ? others.join(' · ') : ''}</Text>
                            </Table.Td>
                            <Table.Td>
                              {person.nationality ? countryName(person.nationality, lang) : <Dash />}
                            </Table.Td>
                          </Table.Tr>
                        );
                      })}
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
