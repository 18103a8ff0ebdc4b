import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PostOut } from '../../schemas/registry/post.schema.js';
import { postsQuery, useOrganizationsById } from '../core/api/queries.js';
import { Dash, PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
import { type Column, DataTable } from '../core/components/DataTable.js';
import { ListPage } from '../core/components/ListPage.js';
import { organizationPath, postPath } from '../core/components/links.js';
import { useSearchText } from '../core/components/search-text.js';
import { firstDay, formatCount } from '../core/i18n/format.js';
import { organizationName, postLabel } from '../core/i18n/names.js';

export function PostsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const [text, setText, q] = useSearchText();
  const posts = useQuery(postsQuery({ q: q || undefined, limit: 500 }));
  const owners = useOrganizationsById((posts.data?.items ?? []).map((p) => p.organization_id));
  const ownerName = (post: PostOut) => {
    const owner = owners.get(post.organization_id);
    return owner ? organizationName(owner, lang) : post.organization_name;
  };
  const columns: Column<PostOut>[] = [
    {
      key: 'post',
      header: t('offices.post'),
      sortValue: (p) => postLabel(p, lang),
      cell: (p) => <RouterAnchor to={postPath(p.id)}>{postLabel(p, lang)}</RouterAnchor>,
    },
    {
      key: 'body',
      header: t('offices.body'),
      sortValue: ownerName,
      cell: (p) => {
        const owner = owners.get(p.organization_id);
        return owner ? (
          <RouterAnchor to={organizationPath(owner)}>{ownerName(p)}</RouterAnchor>
        ) : (
          ownerName(p)
        );
      },
    },
    {
      key: 'from',
      header: t('posts.from'),
      sortValue: (p) => (p.start_date ? firstDay(p.start_date) : null),
      cell: (p) => (p.start_date ? <PartialDate value={p.start_date} /> : <Dash />),
    },
    {
      key: 'until',
      header: t('posts.until'),
      sortValue: (p) => (p.end_date ? firstDay(p.end_date) : null),
      cell: (p) => (p.end_date ? <PartialDate value={p.end_date} /> : <Dash />),
    },
  ];
  return (
    <ListPage
      title={t('posts.title')}
      intro={t('posts.intro')}
      search={{ label: t('posts.search'), value: text, onChange: setText }}
      query={posts}
      count={(page) => t('posts.count', { count: page.total, formatted: formatCount(page.total, lang) })}
    >
      {(page, countId) => (
        <DataTable
          rows={page.items}
          columns={columns}
          rowKey={(p) => p.id}
          labelledBy={countId}
          defaultSort={{ key: 'post', dir: 'asc' }}
          urlKey="sort"
        />
      )}
    </ListPage>
  );
}
