import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
import { activityQuery, areasQuery } from '../menu/api.js';
import type { Content } from './api.js';

/** The objectives tree as it is in force (or as proposed), to read. */
export function ContentView({ content, title }: { content: Content; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const ids = [
    ...new Set(
      content.objectives.flatMap((o) => o.goals.flatMap((g) => g.activities.map((a) => a.activity_id))),
    ),
  ];
  const activities = useQueries({
    queries: ids.map(activityQuery),
    combine: (results) => new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data] as const] : []))),
  });
  const areas = useQuery(areasQuery());
  // An area by its name in the reader's language (its code is for filters and exports).
  const area = (code: string | null) => {
    if (!code) return null;
    const found = areas.data?.items.find((a) => a.code === code);
    return (
      <Badge variant="outline" color="dark" size="sm" tt="none">
        {found ? (found.names[lang] ?? found.name) : '…'}
      </Badge>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      <Text>
        {t(`programmes.kind.${content.kind}`, { defaultValue: content.kind })} ·{' '}
        <PartialDate value={content.period.start} /> – <PartialDate value={content.period.end} />
      </Text>
      {content.objectives.length === 0 ? (
        <Text c="dimmed">{t('programmes.editor.empty')}</Text>
      ) : (
        <List type="ordered" spacing="sm" aria-label={t('programmes.editor.objectives')}>
          {content.objectives.map((o) => (
            <List.Item key={o.id}>
              <Group gap="xs">
                <Text fw={700} translate="no">
                  {o.title}
                </Text>
                {area(o.area)}
                {o.status === 'completed' && <Text size="sm">({t('programmes.itemStatus.completed')})</Text>}
              </Group>
              <List withPadding type="ordered" spacing="xs">
                {o.goals.map((g) => (
                  <List.Item key={g.id}>
                    <Group gap="xs">
                      <Text fw={600} translate="no">
                        {g.title}
                      </Text>
                      {area(g.area)}
                    </Group>
                    <List withPadding size="sm">
                      {g.activities.map((a) => {
                        const activity = activities.get(a.activity_id);
                        return (
                          <List.Item key={a.activity_id}>
                            <RouterAnchor to={`/menu/activities/${encodeURIComponent(a.activity_id)}`}>
                              <span translate="no">
                                {activity ? `${activity.key} ${activity.title}` : '…'}
                              </span>
                            </RouterAnchor>{' '}
                            · {t(`programmes.priority.${a.priority}`)}
                          </List.Item>
                        );
                      })}
                    </List>
                  </List.Item>
                ))}
              </List>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
