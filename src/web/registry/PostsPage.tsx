import { Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { postsQuery, useOrganizationsById } from '../core/api/queries.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { organizationPath, postPath } from '../core/components/links.js';
import { useSearchText } from '../core/components/search-text.js';
import { formatCount } from '../core/i18n/format.js';
import { organizationName, postLabel } from '../core/i18n/names.js';

export function PostsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [text, setText, q] = useSearchText();
  const posts = useQuery(postsQuery({ q: q || undefined, limit: 500 }));
  const owners = useOrganizationsById((posts.data?.items ?? []).map((p) => p.organization_id));
  usePageTitle(t('posts.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('posts.title')}</Title>
      <Text maw={760}>{t('posts.intro')}</Text>
      <TextInput
        type="search"
        label={t('posts.search')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maw={420}
      />
      <QueryState query={posts}>
        {(page) => (
          <>
            <Text role="status" id={`${id}-count`}>
              {t('posts.count', { count: page.total, formatted: formatCount(page.total, lang) })}
            </Text>
            {page.items.length > 0 && (
              <div className="table-scroll">
                <Table aria-labelledby={`${id}-count`} striped highlightOnHover withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('offices.post')}</Table.Th>
                      <Table.Th>{t('offices.body')}</Table.Th>
                      <Table.Th>{t('posts.from')}</Table.Th>
                      <Table.Th>{t('posts.until')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {[...page.items]
                      .sort((a, b) => postLabel(a, lang).localeCompare(postLabel(b, lang), lang))
                      .map((post) => {
                        const owner = owners.get(post.organization_id);
                        return (
                          <Table.Tr key={post.id}>
                            <Table.Td>
                              <RouterAnchor to={postPath(post.id)}>{postLabel(post, lang)}</RouterAnchor>
                            </Table.Td>
                            <Table.Td>
                              {owner ? (
                                <RouterAnchor to={organizationPath(owner)}>
                                  {organizationName(owner, lang)}
                                </RouterAnchor>
                              ) : (
                                post.organization_name
                              )}
                            </Table.Td>
                            <Table.Td>
                              {post.start_date ? <PartialDate value={post.start_date} /> : <Dash />}
                            </Table.Td>
                            <Table.Td>
                              {post.end_date ? <PartialDate value={post.end_date} /> : <Dash />}
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
