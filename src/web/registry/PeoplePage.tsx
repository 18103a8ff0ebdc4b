import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonOut } from '../../schemas/registry/person.schema.js';
import { peopleQuery } from '../core/api/queries.js';
import { Dash, RouterAnchor, useLang } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { ListPage } from '../core/components/ListPage.js';
import { personPath } from '../core/components/links.js';
import { useSearchText } from '../core/components/search-text.js';
import { countryName, formatCount } from '../core/i18n/format.js';
import { personName } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';

export function PeoplePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useSession();
  const [text, setText, q] = useSearchText();
  const people = useQuery(peopleQuery({ q: q || undefined, limit: 500 }));
  const columns: Column<PersonOut>[] = [
    {
      key: 'name',
      header: t('people.name'),
      sortValue: (p) => personName(p, lang),
      cell: (p) => <RouterAnchor to={personPath(p.id)}>{personName(p, lang)}</RouterAnchor>,
    },
    {
      key: 'other',
      header: t('people.otherNames'),
      cell: (p) => {
        const name = personName(p, lang);
        return (
          <Text size="sm">
            {[...new Set(p.names.map((n) => n.name))].filter((n) => n !== name).join(' · ')}
          </Text>
        );
      },
    },
    {
      key: 'nationality',
      header: t('people.nationality'),
      sortValue: (p) => (p.nationality ? countryName(p.nationality, lang) : null),
      cell: (p) => (p.nationality ? countryName(p.nationality, lang) : <Dash />),
    },
  ];
  return (
    <ListPage
      title={t('people.title')}
      intro={
        <>
          {t('people.intro')}{' '}
          {can('person.write') && <RouterAnchor to="/people/new">{t('registry.people.new')}</RouterAnchor>}
        </>
      }
      search={{
        label: t('people.search'),
        description: t('people.searchHelp'),
        value: text,
        onChange: setText,
      }}
      query={people}
      count={(page) => t('people.count', { count: page.total, formatted: formatCount(page.total, lang) })}
    >
      {(page, countId) => (
        <DataTable
          rows={page.items}
          columns={columns}
          rowKey={(p) => p.id}
          labelledBy={countId}
          defaultSort={{ key: 'name', dir: 'asc' }}
          urlKey="sort"
        />
      )}
    </ListPage>
  );
}
