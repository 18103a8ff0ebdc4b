import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { MARKINGS } from '../../domain/trust/policy.js';
import type { MeetingCreate } from '../../schemas/dialogue/meeting.schema.js';
import { type ReportLanguage, reportLanguage } from '../../schemas/dialogue/report.schema.js';
import { ApiError, api } from '../core/api/client.js';
import { errorUnder, fieldError } from '../core/api/field-errors.js';
import { ErrorNotice, useLang, usePageTitle } from '../core/components/common.js';
import { formatPartialDate, languageName } from '../core/i18n/format.js';
import { useSession } from '../core/session/session.js';
import { analyzeReport, confirmPressDraft, confirmReport, type IngestOut, pressDraftQuery } from './api.js';
import { CandidateLine, DuplicateCandidates } from './DuplicateCandidates.js';
import { MeetingFields } from './MeetingFields.js';
import { newParticipant, type ParticipantDraft, participantsInput } from './ParticipantsEditor.js';
import { ReportHighlights } from './ReportHighlights.js';
import { READABLE_ERRORS, StaffOnlyPage } from './ui.js';

type MeetingDraft = IngestOut['extraction']['meetings'][number];

/** Channels read from the post of the organization's envoy, as the API reads them. */
const CHANNEL_OF_POST: Record<string, string> = {
  'nato-sg-special-representative-caucasus-central-asia': 'special-representative',
  'nato-liaison-officer-central-asia': 'liaison-office-visits',
};

interface Review {
  partner_id: string | null;
  kind: MeetingCreate['kind'];
  status: 'held' | 'planned';
  start_date: string;
  city: string;
  host_org_id: string | null;
  visitor_org_id: string | null;
  channel: string;
  topics: string[];
  areas: string[];
  participants: ParticipantDraft[];
  source_title: string;
  source_url: string;
  evidence: string[];
  marking: MeetingCreate['marking'];
}

const isOrganization = (name: string | null | undefined) => !!name && /\bNATO\b|North Atlantic/i.test(name);

async function reviewOf(analysis: IngestOut, draft: MeetingDraft, outletTitle: string): Promise<Review> {
  // The partner: the state the report places the meeting in, else the one the other side speaks for.
  const named =
    draft.place.country ?? draft.participants.find((p) => !isOrganization(p.organization))?.organization;
  const found = named
    ? (await api.organizations({ q: named, kind: 'state', limit: 1 }).catch(() => null))?.items[0]
    : undefined;
  const partner = found?.id ?? null;
  const side = (s: 'host' | 'visitor') => {
    const who = draft.participants.filter((p) => p.side === s);
    if (who.length === 0) return null;
    return who.some((p) => isOrganization(p.organization)) ? 'nato' : partner;
  };
  const ids = new Set(draft.participants.map((p) => p.person_id));
  const channel = analysis.statements.find((s) => ids.has(s.person_id) && CHANNEL_OF_POST[s.post_id]);
  return {
    partner_id: partner,
    kind: draft.kind === 'other' ? 'meeting' : draft.kind,
    status: draft.status,
    start_date: draft.date ?? '',
    city: draft.place.city ?? '',
    host_org_id: side('host'),
    visitor_org_id: side('visitor'),
    channel: channel ? (CHANNEL_OF_POST[channel.post_id] ?? '') : '',
    topics: draft.topics,
    areas: draft.areas,
    participants: draft.participants.map((p) =>
      newParticipant({
        person_id: p.person_id,
        label: p.name,
        name: p.person_id ? '' : p.name,
        side: p.side,
        ...(p.likelihood === undefined ? {} : { likelihood: p.likelihood }),
      }),
    ),
    source_title: outletTitle,
    source_url: '',
    evidence: draft.evidence ?? [],
    // The safe default: the reviewer releases the record knowingly (issue 12, item 3).
    marking: 'organization',
  };
}

/** Reads a pasted press report, shows what was recognised beside the draft, and stores the reviewed meeting. */
export default function IngestPage() {
  const { t } = useTranslation();
  const lang = useLang();
  usePageTitle(t('dialogue.ingest.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  // Reviewing a press-desk draft (/dialogue/ingest?draft=ID): its first report is read here.
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const fromDesk = useQuery({ ...pressDraftQuery(draftId ?? ''), enabled: !!draftId });
  const deskSource = fromDesk.data?.sources[0];
  useEffect(() => {
    if (!deskSource) return;
    setText(deskSource.text);
    setPublished(
      deskSource.published && /^\d{4}-\d{2}-\d{2}$/.test(deskSource.published) ? deskSource.published : '',
    );
  }, [deskSource]);
  // 'auto', or the language the reader chose to read the report in (issue 15).
  const [language, setLanguage] = useState<'auto' | ReportLanguage>('auto');
  const [analysis, setAnalysis] = useState<IngestOut | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  // 'new', or the recorded meeting the report is to be added to (issue 13: the desk officer chooses).
  const [choice, setChoice] = useState('new');
  const candidates = analysis?.duplicates.meetings.find((m) => m.draft === 0)?.candidates ?? [];
  const set = <K extends keyof Review>(k: K, v: Review[K]) => setReview((r) => (r ? { ...r, [k]: v } : r));

  const read = useMutation({
    mutationFn: async (chosen: 'auto' | ReportLanguage) => {
      const out = await analyzeReport(text, published || undefined, chosen === 'auto' ? undefined : chosen);
      const draft = out.extraction.meetings[0];
      const { outlet, date } = out.extraction.dateline;
      const day = date ?? out.extraction.publication_date;
      const title = [outlet ?? t('dialogue.ingest.pressReport'), day ? formatPartialDate(day, lang) : null]
        .filter(Boolean)
        .join(', ');
      const firstSentence = draft?.evidence?.[0];
      const sourceTitle = firstSentence ? `${title}: ${firstSentence}`.slice(0, 480) : title;
      return { out, review: draft ? await reviewOf(out, draft, sourceTitle) : null };
    },
    onSuccess: ({ out, review }) => {
      setAnalysis(out);
      setReview(review && deskSource?.url ? { ...review, source_url: deskSource.url } : review);
      // The likeliest reading of a report already recorded: it is that meeting.
      setChoice(out.duplicates.meetings.find((m) => m.draft === 0)?.candidates[0]?.id ?? 'new');
    },
  });

  const confirm = useMutation({
    mutationFn: async (forceNew: boolean): Promise<{ meeting: { id: string } | null }> => {
      if (!analysis || !review) throw new Error('nothing to confirm');
      const language = analysis.extraction.language;
      const body = {
        text,
        ...(published ? { published } : {}),
        source: {
          title: review.source_title,
          publisher: analysis.extraction.dateline.outlet ?? null,
          url: review.source_url.trim() || null,
          publication_date: analysis.extraction.publication_date ?? (published || null),
          language: language ?? null,
        },
        meeting: {
          partner_id: review.partner_id ?? '',
          channel: review.channel || null,
          kind: review.kind,
          status: review.status,
          start_date: review.start_date,
          city: review.city.trim() || null,
          host_org_id: review.host_org_id,
          visitor_org_id: review.visitor_org_id,
          participants: participantsInput(review.participants) as MeetingCreate['participants'],
          topics: review.topics,
          areas: review.areas,
          outcomes: [],
          objective_ids: [],
          marking: review.marking,
          releasable_to: [],
          illustrative: false,
          sources: [],
          // Chosen knowingly over the candidates shown, or after the server listed them.
          ...((choice === 'new' && candidates.length > 0) || forceNew ? { confirm_new: true } : {}),
        },
        evidence: review.evidence,
        ...(choice === 'new' ? {} : { attach_to: choice }),
      };
      // A press-desk draft is confirmed whole: every outlet's report becomes a source of the meeting.
      if (fromDesk.data) {
        const { meeting, attach_to } = body;
        return confirmPressDraft(fromDesk.data, { meeting, ...(attach_to ? { attach_to } : {}) });
      }
      return confirmReport(body);
    },
    onSuccess: (out) => {
      for (const key of ['meetings', 'dossier', 'press-drafts'])
        void client.invalidateQueries({ queryKey: [key] });
      if (out.meeting) void navigate(`/dialogue/meetings/${out.meeting.id}`);
    },
  });
  const error = confirm.error;
  const duplicates = error instanceof ApiError && error.code === 'record.duplicate' ? error.duplicates : [];
  const unplaced =
    duplicates.length === 0 &&
    (error instanceof ApiError
      ? error.errors.length === 0 || error.errors.some((e) => !/^(meeting|source)\./.test(e.field))
      : !!error);
  const known = analysis?.duplicates.source;

  // Reading a report writes meetings and may add people to the registry.
  if (!(can('dialogue.write') && can('registry.write')))
    return <StaffOnlyPage title={t('dialogue.ingest.title')} />;
  return (
    <Stack gap="md">
      <Title order={1}>{t('dialogue.ingest.title')}</Title>
      {fromDesk.data && (
        <Alert color="blue" role="status">
          {t('dialogue.press.fromDesk', {
            count: fromDesk.data.sources.length,
            outlets: fromDesk.data.sources.map((s) => s.publisher ?? s.title).join('; '),
          })}
        </Alert>
      )}
      {fromDesk.error && <ErrorNotice error={fromDesk.error} />}
      <form
        style={READABLE_ERRORS}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          read.mutate(language);
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('dialogue.ingest.text')}
            description={t('dialogue.ingest.textHelp')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={analysis ? 3 : 8}
            maxRows={analysis ? 6 : 20}
            required
            error={errorUnder(read.error, 'text')}
          />
          <Group align="flex-end" gap="sm">
            <TextInput
              type="date"
              label={t('dialogue.ingest.published')}
              value={published}
              onChange={(e) => setPublished(e.currentTarget.value)}
              error={errorUnder(read.error, 'published')}
            />
            <Select
              label={t('dialogue.ingest.language')}
              data={[
                { value: 'auto', label: t('dialogue.ingest.languageAuto') },
                ...reportLanguage.options.map((code) => ({ value: code, label: languageName(code, lang) })),
              ]}
              value={language}
              allowDeselect={false}
              onChange={(v) => {
                const chosen = (v ?? 'auto') as 'auto' | ReportLanguage;
                setLanguage(chosen);
                // A report already read is read again at once in the chosen language.
                if (analysis && text.trim()) read.mutate(chosen);
              }}
              error={errorUnder(read.error, 'language')}
            />
            <Button type="submit" loading={read.isPending} disabled={!text.trim()}>
              {t('dialogue.ingest.read')}
            </Button>
          </Group>
        </Stack>
      </form>
      {read.error && !errorUnder(read.error, 'text', 'published', 'language') && (
        <ErrorNotice error={read.error} />
      )}

      {analysis && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="md" component="section" aria-labelledby="ingest-report">
            <Title order={2} size="h3" id="ingest-report" mb="sm">
              {t('dialogue.ingest.report')}
            </Title>
            {analysis.extraction.language && (
              <Text size="sm" c="dimmed" mb="xs" data-testid="ingest-language">
                {t(language === 'auto' ? 'dialogue.ingest.readAsDetected' : 'dialogue.ingest.readAsChosen', {
                  language: languageName(analysis.extraction.language, lang),
                })}
              </Text>
            )}
            <ReportHighlights
              text={analysis.text}
              spans={analysis.spans}
              lang={analysis.extraction.language}
            />
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="ingest-draft">
            <Title order={2} size="h3" id="ingest-draft" mb="sm">
              {t('dialogue.ingest.draft')}
            </Title>
            {!review ? (
              <Alert color="gray">{t('dialogue.ingest.noMeeting')}</Alert>
            ) : (
              <form
                style={READABLE_ERRORS}
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  confirm.mutate(false);
                }}
              >
                <Stack gap="sm">
                  {unplaced && <ErrorNotice error={error} />}
                  <DuplicateCandidates candidates={duplicates}>
                    <Button
                      variant="default"
                      onClick={() => confirm.mutate(true)}
                      loading={confirm.isPending}
                    >
                      {t('dialogue.duplicates.saveNew')}
                    </Button>
                  </DuplicateCandidates>
                  {known && (
                    <Alert color="blue" role="status">
                      {t('dialogue.ingestDup.sourceKnown', {
                        title: known.title,
                        reason: t(`dialogue.duplicates.reasons.${known.reason}`),
                      })}
                    </Alert>
                  )}
                  {candidates.length > 0 && (
                    <Radio.Group label={t('dialogue.ingestDup.choice')} value={choice} onChange={setChoice}>
                      <Stack gap="xs" mt="xs">
                        {candidates.map((c) => (
                          <Radio
                            key={c.id}
                            value={c.id}
                            label={
                              <>
                                {t('dialogue.ingestDup.attach')}:{' '}
                                <CandidateLine c={{ ...c, kind: 'meeting' }} />
                              </>
                            }
                          />
                        ))}
                        <Radio value="new" label={t('dialogue.ingestDup.new')} />
                      </Stack>
                    </Radio.Group>
                  )}
                  <MeetingFields value={review} set={set} error={error} prefix="meeting." />
                  <TagsInput
                    label={t('dialogue.fields.areas')}
                    description={t('dialogue.new.tagsHelp')}
                    value={review.areas}
                    onChange={(v) => set('areas', v)}
                    error={errorUnder(error, 'meeting.areas')}
                  />
                  <TextInput
                    label={t('dialogue.ingest.sourceTitle')}
                    value={review.source_title}
                    onChange={(e) => set('source_title', e.currentTarget.value)}
                    required
                    error={errorUnder(error, 'source.title')}
                  />
                  <TextInput
                    type="url"
                    label={t('dialogue.ingest.sourceUrl')}
                    value={review.source_url}
                    onChange={(e) => set('source_url', e.currentTarget.value)}
                    error={errorUnder(error, 'source.url')}
                  />
                  <Select
                    label={t('dialogue.fields.marking')}
                    description={t('dialogue.ingest.markingHelp')}
                    data={MARKINGS.map((m) => ({ value: m, label: t(`dialogue.markings.${m}`) }))}
                    value={review.marking}
                    onChange={(v) => v && set('marking', v as Review['marking'])}
                    allowDeselect={false}
                    error={fieldError(error, 'meeting.marking')}
                    w={260}
                  />
                  <Group>
                    <Button type="submit" loading={confirm.isPending}>
                      {choice === 'new'
                        ? t('dialogue.ingest.confirm')
                        : t('dialogue.ingestDup.confirmAttach')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}
