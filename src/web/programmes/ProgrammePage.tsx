import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AGREED_STATUSES, CLOSED_STATUSES } from '../../domain/programmes/lifecycle.js';
import { organizationQuery } from '../core/api/queries.js';
import {
  ErrorNotice,
  Loading,
  PartialDate,
  RecordError,
  RouterAnchor,
  useLang,
  usePageTitle,
} from '../core/components/common.js';
import { organizationName } from '../core/i18n/names.js';
import { type ProgrammeOut, programmeApi, programmeQuery } from './api.js';
import { ContentTab } from './ContentTab.js';
import { HistoryTab } from './HistoryTab.js';
import { ReviewTab } from './ReviewTab.js';
import { SignOffPanel } from './SignOffPanel.js';
import { StatusBadge } from './ui.js';

const TABS = ['content', 'review', 'history'] as const;
/** A programme is renewed once agreed (or over): a draft is still being written. */
const RENEWABLE: ReadonlySet<string> = new Set([...AGREED_STATUSES, ...CLOSED_STATUSES]);

/** One programme: its content (editor or amendment), where it stands, its review and its history. */
export default function ProgrammePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useQuery(programmeQuery(id));
  const programme = query.data;
  const partner = useQuery({ ...organizationQuery(programme?.partner_id ?? ''), enabled: !!programme });
  // The programme this one renews, to name it by its title (its id is for the link only).
  const renewed = useQuery({
    ...programmeQuery(programme?.renewed_from ?? ''),
    enabled: !!programme?.renewed_from,
  });
  usePageTitle(programme?.title);
  const renew = useMutation({
    mutationFn: (p: ProgrammeOut) => programmeApi.renew(p),
    onSuccess: (p) => {
      client.setQueryData(programmeQuery(p.id).queryKey, p);
      void client.invalidateQueries({ queryKey: ['programmes'] });
      navigate(`/programmes/${encodeURIComponent(p.id)}`);
    },
  });
  if (query.error) return <RecordError error={query.error} />;
  if (!programme) return <Loading />;
  const partnerName = partner.data ? organizationName(partner.data, lang) : programme.partner_id;
  const side = programme.can.side;
  const changed = (p: ProgrammeOut) => client.setQueryData(programmeQuery(p.id).queryKey, p);
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'content';
  return (
    <Stack gap="md">
      <RouterAnchor to="/programmes">{t('programmes.back')}</RouterAnchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} translate="no">
            {programme.title}
          </Title>
          <Group gap="sm">
            <Text>
              <RouterAnchor to={`/partners/${encodeURIComponent(programme.partner_id)}`}>
                {partnerName}
              </RouterAnchor>
              {' · '}
              {t(`programmes.kind.${programme.kind}`, { defaultValue: programme.kind })}
              {' · '}
              <PartialDate value={programme.start_date} /> – <PartialDate value={programme.end_date} />
            </Text>
            <StatusBadge status={programme.status} />
          </Group>
          {programme.renewed_from && (
            <Text size="sm">
              {t('programmes.renewedFrom')}{' '}
              <RouterAnchor to={`/programmes/${encodeURIComponent(programme.renewed_from)}`}>
                {renewed.data?.title ?? t('programmes.renewedProgramme')}
              </RouterAnchor>
            </Text>
          )}
        </Stack>
        {side && RENEWABLE.has(programme.status) && (
          <Button variant="default" onClick={() => renew.mutate(programme)} loading={renew.isPending}>
            {t('programmes.renew')}
          </Button>
        )}
      </Group>
      {renew.error && <ErrorNotice error={renew.error} />}
      <SignOffPanel programme={programme} side={side} partnerName={partnerName} onChanged={changed} />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (value && value !== 'content') next.set('tab', value);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
      >
        <Tabs.List aria-label={t('programmes.tabs.label')}>
          <Tabs.Tab value="content">{t('programmes.tabs.content')}</Tabs.Tab>
          <Tabs.Tab value="review">{t('programmes.tabs.review')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('programmes.tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <ContentTab programme={programme} side={side} partnerName={partnerName} onChanged={changed} />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          <ReviewTab programmeId={programme.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab programmeId={programme.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
