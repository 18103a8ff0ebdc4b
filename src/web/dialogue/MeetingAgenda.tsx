import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartialDate, RouterAnchor, useLang } from '../core/components/common.js';
import { formatPartialDate } from '../core/i18n/format.js';
import type { MeetingOut } from './api.js';
import { placeOf } from './MeetingsTable.js';

/** The meetings as an agenda by month, newest month first. */
export function MeetingAgenda({ meetings }: { meetings: MeetingOut[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (meetings.length === 0) return <Text>{t('dialogue.list.none')}</Text>;
  const months = new Map<string, MeetingOut[]>();
  for (const m of meetings) {
    const month = m.start_date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), m]);
  }
  const ordered = [...months.entries()].sort(([a], [b]) => b.localeCompare(a));
  return (
    <Stack gap="md">
      {ordered.map(([month, items]) => (
        <section key={month} aria-label={formatPartialDate(month, lang)}>
          <Title order={3} size="h4">
            {formatPartialDate(month, lang)}
          </Title>
          <List spacing="xs" mt="xs">
            {[...items]
              .sort((a, b) => a.start_date.localeCompare(b.start_date))
              .map((m) => (
                <List.Item key={m.id}>
                  <RouterAnchor to={`/dialogue/meetings/${m.id}`}>
                    <PartialDate value={m.date} />
                  </RouterAnchor>
                  {' — '}
                  {t(`dialogue.kinds.${m.kind}`)}
                  {placeOf(m, lang) ? `, ${placeOf(m, lang)}` : ''}
                  {m.participants.length > 0 &&
                    `: ${m.participants
                      .map((p) => p.name ?? p.post)
                      .filter(Boolean)
                      .join(', ')}`}
                </List.Item>
              ))}
          </List>
        </section>
      ))}
    </Stack>
  );
}
