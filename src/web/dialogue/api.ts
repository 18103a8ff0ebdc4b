// The dialogue API as typed calls and TanStack queries; the types are the API's own Zod outputs.
import { queryOptions } from '@tanstack/react-query';
import type { Page } from '../../schemas/core/common.schema.js';
import type {
  FeedCreate,
  FeedOut,
  PollOut,
  PressDraftConfirm,
  PressDraftDetail,
  PressDraftOut,
} from '../../schemas/dialogue/feed.schema.js';
import type { ConfirmOut, ConfirmRequest, IngestOut } from '../../schemas/dialogue/ingest.schema.js';
import type {
  AssigneeOut,
  CadenceOut,
  CandidateConfirm,
  CandidateConfirmOut,
  CandidateOut,
  FollowUpCreate,
  FollowUpOut,
  FollowUpPatch,
  MeetingCreate,
  MeetingOut,
} from '../../schemas/dialogue/meeting.schema.js';
import type { ReportLanguage } from '../../schemas/dialogue/report.schema.js';
import type { Dossier } from '../../schemas/insight/dossier.schema.js';
import { get, request } from '../core/api/client.js';

export type {
  AssigneeOut,
  CadenceOut,
  CandidateOut,
  ConfirmOut,
  Dossier,
  FeedOut,
  FollowUpOut,
  IngestOut,
  MeetingOut,
  PressDraftDetail,
  PressDraftOut,
};
export type DossierExercise = Dossier['exercises'][number];
export type DossierProgramme = Dossier['programmes'][number];
export type DossierPerson = Dossier['people'][number];

const at = (id: string) => encodeURIComponent(id);

export interface MeetingFilter {
  partner_id?: string;
  channel?: string;
  person_id?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export const meetingsQuery = (filter: MeetingFilter) =>
  queryOptions({
    queryKey: ['meetings', filter],
    queryFn: () => get<Page<MeetingOut>>('/api/meetings', { ...filter }),
  });

export const meetingQuery = (id: string) =>
  queryOptions({ queryKey: ['meeting', id], queryFn: () => get<MeetingOut>(`/api/meetings/${at(id)}`) });

export const followUpsQuery = (filter: {
  partner_id?: string;
  due?: 'overdue' | 'due_soon';
  assignee_id?: string;
  status?: FollowUpOut['status'];
  offset?: number;
}) =>
  queryOptions({
    queryKey: ['follow-ups', filter],
    queryFn: () => get<Page<FollowUpOut>>('/api/follow-ups', { limit: 500, ...filter }),
  });

export const cadenceQuery = (partnerId: string, on?: string) =>
  queryOptions({
    queryKey: ['cadence', partnerId, on ?? null],
    queryFn: () => get<{ items: CadenceOut[] }>('/api/cadence', { partner_id: partnerId, on }),
  });

export const dossierQuery = (partnerId: string, on?: string) =>
  queryOptions({
    queryKey: ['dossier', partnerId, on ?? null, globalThis.document?.documentElement.lang ?? null],
    queryFn: () => get<Dossier>(`/api/partners/${at(partnerId)}/dossier`, { on, format: 'json' }),
  });

/** The briefing pack's address in one format, for the day the page answers for. */
export function dossierUrl(partnerId: string, format: 'json' | 'html' | 'pdf', on?: string): string {
  const query = new URLSearchParams({ format });
  if (on) query.set('on', on);
  // The document opens outside the app: the UI's language (on <html lang>) goes with the link.
  const lang = globalThis.document?.documentElement.lang;
  if (lang) query.set('lang', lang);
  return `/api/partners/${at(partnerId)}/dossier?${query}`;
}

export const createMeeting = (body: MeetingCreate) => request<MeetingOut>('POST', '/api/meetings', body);

export const updateFollowUp = (f: FollowUpOut, patch: FollowUpPatch) =>
  request<FollowUpOut>('PATCH', `/api/follow-ups/${at(f.id)}`, patch, { version: f.version });

export const createFollowUp = (body: FollowUpCreate) => request<FollowUpOut>('POST', '/api/follow-ups', body);

export const deleteFollowUp = (f: FollowUpOut) =>
  request<void>('DELETE', `/api/follow-ups/${at(f.id)}`, undefined, { version: f.version });

/** Accounts a follow-up of this partner's meetings may be given to (staff and its officials). */
export const assigneesQuery = (partnerId: string) =>
  queryOptions({
    queryKey: ['follow-up-assignees', partnerId],
    queryFn: () => get<{ items: AssigneeOut[] }>('/api/follow-up-assignees', { partner_id: partnerId }),
  });

export const analyzeReport = (text: string, published?: string, language?: ReportLanguage) =>
  request<IngestOut>('POST', '/api/ingest', {
    text,
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
  });

export const confirmReport = (body: ConfirmRequest) =>
  request<ConfirmOut>('POST', '/api/ingest/confirm', body);

export const draftPeopleQuery = (filter: {
  status?: CandidateOut['status'];
  limit: number;
  offset: number;
}) =>
  queryOptions({
    queryKey: ['person-candidates', filter],
    queryFn: () => get<{ items: CandidateOut[]; total: number }>('/api/person-candidates', { ...filter }),
  });

export const confirmDraftPerson = (c: CandidateOut, body: CandidateConfirm) =>
  request<CandidateConfirmOut>('POST', `/api/person-candidates/${at(c.id)}/confirm`, body, {
    version: c.version,
  });

export const rejectDraftPerson = (c: CandidateOut) =>
  request<CandidateOut>('POST', `/api/person-candidates/${at(c.id)}/reject`, {}, { version: c.version });

// The press desk (issue 15): feeds watched and the inbox of drafts.
export const feedsQuery = () =>
  queryOptions({ queryKey: ['feeds'], queryFn: () => get<{ items: FeedOut[] }>('/api/feeds') });

export const addFeed = (body: FeedCreate) => request<FeedOut>('POST', '/api/feeds', body);

export const pollFeedsNow = () => request<PollOut>('POST', '/api/feeds/poll');

export const pressDraftsQuery = (status: PressDraftOut['status']) =>
  queryOptions({
    queryKey: ['press-drafts', status],
    queryFn: () =>
      get<{ items: PressDraftOut[]; total: number }>('/api/press-drafts', { status, limit: 100 }),
  });

export const pressDraftQuery = (id: string) =>
  queryOptions({
    queryKey: ['press-draft', id],
    queryFn: () => get<PressDraftDetail>(`/api/press-drafts/${at(id)}`),
  });

export const dismissPressDraft = (d: PressDraftOut) =>
  request<PressDraftOut>('POST', `/api/press-drafts/${at(d.id)}/dismiss`, { version: d.version });

export const confirmPressDraft = (d: PressDraftOut, body: Omit<PressDraftConfirm, 'version'>) =>
  request<{ draft: PressDraftOut; meeting: MeetingOut | null }>(
    'POST',
    `/api/press-drafts/${at(d.id)}/confirm`,
    { ...body, version: d.version },
  );
