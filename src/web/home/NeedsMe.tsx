import { Anchor, Badge, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../schemas/core/common.schema.js';
import type { CadenceOut, FollowUpOut } from '../../schemas/dialogue/meeting.schema.js';
import type { IterationOut } from '../../schemas/menu/menu.schema.js';
import type { NominationOut } from '../../schemas/nominations/nomination.schema.js';
import { get } from '../core/api/client.js';
import { PartialDate, SectionTitle, useLang } from '../core/components/common.js';
import { countryName, formatCount, todayIso } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';

function Tile({
  title,
  count,
  to,
  children,
  tone = 'blue',
}: {
  title: string;
  count: number | undefined;
  to: string;
  children?: ReactNode;
  tone?: 'blue' | 'red';
}) {
  const lang = useLang();
  const id = useId();
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        <Anchor component={Link} to={to}>
          {title}
        </Anchor>{' '}
        <Badge color={tone === 'red' && count ? 'red.8' : 'blue.8'} variant="filled">
          {count === undefined ? '…' : formatCount(count, lang)}
        </Badge>
      </Title>
      {children}
    </Card>
  );
}

/** What waits for the signed-in user: decisions, due actions, overdue dialogue, what comes next. */
export function NeedsMe() {
  const { t } = useTranslation();
  const lang = useLang();
  const { user, can } = useSession();
  const today = todayIso();
  const readsDialogue = can('dialogue.read');
  const toDecide = useQuery({
    queryKey: ['needs', 'nominations', user?.id],
    queryFn: () => get<Page<NominationOut>>('/api/nominations', { status: 'NEEDS-ACTION', limit: 5 }),
    enabled: can('nomination.write'),
  });
  // Whoever decides them (the provider, staff) is told so by each nomination; a nominating partner
  // reads its own pending ones on the nominations page instead.
  const decides = toDecide.data?.items.some((n) => n.can.decide) ?? false;
  const overdue = useQuery({
    queryKey: ['needs', 'follow-ups', user?.id],
    queryFn: () => get<Page<FollowUpOut>>('/api/follow-ups', { due: 'overdue', limit: 5 }),
    enabled: readsDialogue,
  });
  const cadence = useQuery({
    queryKey: ['needs', 'cadence', user?.id],
    queryFn: () => get<{ items: CadenceOut[] }>('/api/cadence'),
    // The cadence of the organization's own channels, for those who keep the dialogue.
    enabled: can('dialogue.write'),
  });
  const upcoming = useQuery({
    queryKey: ['needs', 'iterations', today],
    queryFn: () => get<Page<IterationOut>>('/api/iterations', { from: today, limit: 5 }),
    enabled: user !== null,
  });
  if (!user) return null;
  const overdueChannels = cadence.data?.items.filter((c) => c.overdue);
  const id = 'needs-me';
  return (
    <section aria-labelledby={id}>
      <SectionTitle id={id}>{t('home.needsMe')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {decides && (
          <Tile title={t('home.toDecide')} count={toDecide.data?.total} to="/nominations">
            <List size="sm" mt="xs">
              {toDecide.data?.items.map((n) => (
                <List.Item key={n.id}>
                  {n.person_name} — <span translate="no">{n.activity_title}</span>
                </List.Item>
              ))}
            </List>
          </Tile>
        )}
        {readsDialogue && (
          <Tile
            title={t('home.followUpsOverdue')}
            count={overdue.data?.total}
            to="/dialogue/follow-ups"
            tone="red"
          >
            <List size="sm" mt="xs">
              {overdue.data?.items.map((f) => (
                <List.Item key={f.id}>
                  <span translate="no">{f.action}</span> <PartialDate value={f.due_date} />
                </List.Item>
              ))}
            </List>
          </Tile>
        )}
        {overdueChannels && (
          <Tile title={t('home.channelsOverdue')} count={overdueChannels.length} to="/dialogue" tone="red">
            <List size="sm" mt="xs">
              {overdueChannels.slice(0, 5).map((c) => (
                <List.Item key={`${c.channel}:${c.partner_id}`}>
                  {/* The channel and the partner by their names in the reader's language, not their codes. */}
                  {t(`dialogue.channels.${c.channel}`, { defaultValue: c.channel.replace(/-/g, ' ') })}
                  {c.partner_id ? `, ${countryName(c.partner_id.toUpperCase(), lang)}` : ''} —{' '}
                  {t('home.lastContact')} <PartialDate value={c.last_contact} />
                </List.Item>
              ))}
            </List>
          </Tile>
        )}
        <Tile title={t('home.upcoming')} count={upcoming.data?.total} to="/menu">
          {upcoming.data?.total === 0 && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('home.nothingUpcoming')}
            </Text>
          )}
        </Tile>
      </SimpleGrid>
    </section>
  );
}
