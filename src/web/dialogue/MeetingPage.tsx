import { Anchor, Blockquote, Group, List, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { organizationQuery, useOrganizationsById, usePostsById } from '../core/api/queries.js';
import {
  Dash,
  PartialDate,
  QueryState,
  RecordError,
  RouterAnchor,
  SectionTitle,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { personPath, postPath } from '../core/components/links.js';
import { RecordHeader } from '../core/components/RecordHeader.js';
import { RecordHistory } from '../core/components/RecordHistory.js';
import { RecordActions } from '../core/forms/RecordActions.js';
import { formatPartialDate } from '../core/i18n/format.js';
import { organizationName, postLabel } from '../core/i18n/names.js';
import { useSession } from '../core/session/session.js';
import { areasQuery } from '../menu/api.js';
import { type MeetingOut, meetingQuery } from './api.js';
import { FollowUpsSection } from './FollowUpsSection.js';
import { MeetingAttachments } from './MeetingAttachments.js';
import { MeetingEditForm } from './MeetingEditForm.js';
import { placeOf } from './MeetingsTable.js';
import { useChannelLabel } from './ui.js';

export default function MeetingPage() {
  const { id = '' } = useParams();
  const meeting = useQuery(meetingQuery(id));
  if (meeting.error) return <RecordError error={meeting.error} />;
  return <QueryState query={meeting}>{(m) => <MeetingView meeting={m} />}</QueryState>;
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="facts">
      {items.map(([label, value]) => (
        <Group key={label} gap="xs" wrap="nowrap" align="baseline">
          <Text component="dt" fw={600} size="sm" miw={180}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value || <Dash />}
          </Text>
        </Group>
      ))}
    </dl>
  );
}

/** Items as written (topics, outcomes), or as `name` says them (areas by their names, not codes). */
function Strings({
  items,
  labelledBy,
  name,
}: {
  items: string[];
  labelledBy: string;
  name?: (item: string) => string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('dialogue.meeting.noneRecorded')}</Text>;
  return (
    <List aria-labelledby={labelledBy}>
      {items.map((s) => (
        <List.Item key={s} translate={name ? undefined : 'no'}>
          {name ? name(s) : s}
        </List.Item>
      ))}
    </List>
  );
}

function MeetingView({ meeting: m }: { meeting: MeetingOut }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { can } = useSession();
  const channelLabel = useChannelLabel();
  const areas = useQuery(areasQuery());
  // Posts in the reader's language (the meeting names them in English).
  const posts = usePostsById(m.participants.map((p) => p.post_id));
  const areaName = (code: string) => {
    const area = areas.data?.items.find((a) => a.code === code);
    return area ? (area.names[lang] ?? area.name) : code;
  };
  const partner = useQuery(organizationQuery(m.partner_id));
  const partnerName = partner.data ? organizationName(partner.data, lang, m.start_date) : m.partner_id;
  const title = t('dialogue.meeting.title', {
    kind: t(`dialogue.kinds.${m.kind}`),
    partner: partnerName,
    date: formatPartialDate(m.date, lang),
  });
  usePageTitle(title);
  const organizations = useOrganizationsById([m.host_org_id, m.visitor_org_id]);
  const sides = (side: 'host' | 'visitor') => {
    const id = side === 'host' ? m.host_org_id : m.visitor_org_id;
    const org = id ? organizations.get(id) : undefined;
    return org ? organizationName(org, lang, m.start_date) : (id ?? '');
  };
  return (
    <Stack gap={0}>
      <RecordHeader
        trail={[{ to: '/dialogue', label: t('dialogue.title') }]}
        current={formatPartialDate(m.date, lang)}
        title={m.title ?? title}
        translate={m.title ? 'no' : undefined}
        mt="xs"
      />
      <RecordActions
        record={m}
        path={`/api/meetings/${encodeURIComponent(m.id)}`}
        queryKey={['meeting', m.id]}
        noun={t('dialogue.edit.noun')}
        edit={(close) => <MeetingEditForm meeting={m} onSaved={close} />}
      />
      <SectionTitle id={`${id}-facts`}>{t('dialogue.meeting.facts')}</SectionTitle>
      <Facts
        items={[
          [t('dialogue.fields.date'), <PartialDate key="d" value={m.date} />],
          [t('dialogue.fields.endDate'), m.end_date ? <PartialDate key="e" value={m.end_date} /> : null],
          [t('dialogue.fields.place'), placeOf(m, lang)],
          [t('dialogue.fields.kind'), t(`dialogue.kinds.${m.kind}`)],
          [t('dialogue.fields.status'), t(`dialogue.statuses.${m.status}`)],
          [
            t('dialogue.fields.partner'),
            <RouterAnchor key="p" to={`/partners/${m.partner_id}`}>
              {partnerName}
            </RouterAnchor>,
          ],
          [t('dialogue.fields.channel'), channelLabel(m.channel)],
          [t('dialogue.fields.host'), sides('host')],
          [t('dialogue.fields.visitor'), sides('visitor')],
          [
            t('dialogue.meeting.codes'),
            // The event type in words first; the codes stay, for those who work with PLOVER/CAMEO.
            t('dialogue.meeting.codesNamed', {
              event: t(`dialogue.meeting.plover.events.${m.codes.plover_event}`, {
                defaultValue: m.codes.plover_event,
              }),
              eventCode: m.codes.plover_event,
              mode: t(`dialogue.meeting.plover.modes.${m.codes.plover_mode ?? 'none'}`),
              cameo: m.codes.cameo,
              cameoName: t(`dialogue.meeting.cameo.${m.codes.cameo}`, { defaultValue: m.codes.cameo }),
              reverse: m.codes.cameo_reverse
                ? `${m.codes.cameo_reverse} “${t(`dialogue.meeting.cameo.${m.codes.cameo_reverse}`)}”`
                : t('dialogue.meeting.cameo.none'),
            }),
          ],
          [t('dialogue.fields.marking'), t(`dialogue.markings.${m.marking}`)],
          [
            t('dialogue.edit.summary'),
            m.note ? (
              <span key="note" translate="no">
                {m.note}
              </span>
            ) : null,
          ],
        ]}
      />
      {m.illustrative && (
        <Text size="sm" c="dimmed">
          {t('dialogue.meeting.illustrative')}
        </Text>
      )}

      <SectionTitle id={`${id}-participants`}>{t('dialogue.fields.participants')}</SectionTitle>
      {m.participants.length === 0 ? (
        <Text c="dimmed">{t('dialogue.meeting.noneRecorded')}</Text>
      ) : (
        <div className="table-scroll">
          <Table aria-labelledby={`${id}-participants`} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dialogue.participants.name')}</Table.Th>
                <Table.Th>{t('dialogue.participants.side')}</Table.Th>
                <Table.Th>
                  {t('dialogue.participants.post', { date: formatPartialDate(m.date, lang) })}
                </Table.Th>
                <Table.Th>{t('dialogue.participants.role')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {m.participants.map((p) => (
                <Table.Tr key={`${p.person_id ?? p.candidate_id ?? p.name ?? p.post_id}:${p.side}`}>
                  <Table.Td>
                    {p.person_id ? (
                      <RouterAnchor to={personPath(p.person_id)}>{p.name ?? '…'}</RouterAnchor>
                    ) : (
                      (p.name ?? <Dash />)
                    )}
                    {p.status === 'draft' && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        (
                        {can('dialogue.write') ? (
                          <RouterAnchor to="/dialogue/drafts">
                            {t('dialogue.participants.draft')}
                          </RouterAnchor>
                        ) : (
                          t('dialogue.participants.draft')
                        )}
                        )
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{p.side ? t(`dialogue.sides.${p.side}`) : <Dash />}</Table.Td>
                  <Table.Td>
                    {p.post_id ? (
                      <RouterAnchor to={postPath(p.post_id)}>
                        {(() => {
                          const post = posts.get(p.post_id);
                          return post ? postLabel(post, lang) : (p.post ?? '…');
                        })()}
                      </RouterAnchor>
                    ) : (
                      <Dash />
                    )}
                  </Table.Td>
                  <Table.Td>{p.role ?? <Dash />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}

      <SectionTitle id={`${id}-topics`}>{t('dialogue.fields.topics')}</SectionTitle>
      <Strings items={m.topics} labelledBy={`${id}-topics`} />
      <SectionTitle id={`${id}-areas`}>{t('dialogue.fields.areas')}</SectionTitle>
      <Strings items={m.areas} labelledBy={`${id}-areas`} name={areaName} />
      <SectionTitle id={`${id}-outcomes`}>{t('dialogue.fields.outcomes')}</SectionTitle>
      <Strings items={m.outcomes} labelledBy={`${id}-outcomes`} />

      <SectionTitle id={`${id}-follow-ups`}>{t('dialogue.followUps.title')}</SectionTitle>
      <FollowUpsSection meeting={m} labelledBy={`${id}-follow-ups`} />

      <SectionTitle id={`${id}-sources`}>{t('dialogue.meeting.sources')}</SectionTitle>
      {m.sources.length === 0 ? (
        <Text c="dimmed">{t('dialogue.meeting.noneRecorded')}</Text>
      ) : (
        <Stack gap="sm" aria-labelledby={`${id}-sources`} component="section">
          {m.sources.map((s) => (
            <div key={`${s.source_id}:${s.field}`}>
              <Text size="sm" fw={600}>
                <span translate="no">
                  {s.url ? (
                    <Anchor href={s.url} target="_blank" rel="noreferrer">
                      {s.title}
                    </Anchor>
                  ) : (
                    s.title
                  )}
                </span>{' '}
                <Text span size="sm" fw={400}>
                  (
                  {s.field === '*'
                    ? t('dialogue.meeting.allFacts')
                    : t(`dialogue.sourceFields.${s.field}`, { defaultValue: s.field })}
                  )
                </Text>
              </Text>
              {s.excerpt && (
                <Blockquote p="sm" mt={4} lang="en" translate="no">
                  {s.excerpt}
                </Blockquote>
              )}
            </div>
          ))}
        </Stack>
      )}
      <MeetingAttachments meeting={m} />
      <RecordHistory entity="meeting" id={m.id} record={m} />
    </Stack>
  );
}
