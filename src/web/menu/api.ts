// The menu's calls to the API, typed by the API's own schemas (types only: nothing of the server is bundled).
import { queryOptions } from '@tanstack/react-query';
import type { Page } from '../../schemas/core/common.schema.js';
import type {
  ActivityListQuery,
  ActivityOut,
  ActivityPage,
  IterationListQuery,
  IterationOut,
} from '../../schemas/menu/menu.schema.js';
import type {
  BulkDecision,
  DecisionResult,
  NominationCreate,
  NominationListQuery,
  NominationOut,
  RoundOut,
} from '../../schemas/nominations/nomination.schema.js';
import type { AreaOut } from '../../schemas/registry/area.schema.js';
import { fileUrl, get, request } from '../core/api/client.js';

export type { ActivityOut, IterationOut, NominationOut, RoundOut };
export type NominationStatus = NominationOut['status'];

/** What the menu import answers: how many rows went in, and why each refused row was refused. */
export interface ImportReport {
  kind: 'activities' | 'iterations';
  rows: number;
  imported: number;
  failed: number;
  committed: boolean;
  errors: { row: number; field: string; reason: string; code: string }[];
}

const at = (id: string) => encodeURIComponent(id);
type Filter<T> = Partial<T>;

export const menuApi = {
  activities: (q: Filter<ActivityListQuery>) => get<ActivityPage>('/api/activities', q),
  activity: (id: string) => get<ActivityOut>(`/api/activities/${at(id)}`),
  iterations: (q: Filter<IterationListQuery>) => get<Page<IterationOut>>('/api/iterations', q),
  iteration: (id: string) => get<IterationOut>(`/api/iterations/${at(id)}`),
  areas: () => get<Page<AreaOut>>('/api/areas', { limit: 500 }),
  nominations: (q: Filter<NominationListQuery>) => get<Page<NominationOut>>('/api/nominations', q),
  nominate: (input: Partial<NominationCreate>) => request<NominationOut>('POST', '/api/nominations', input),
  decide: (decisions: BulkDecision['decisions']) =>
    request<DecisionResult>('POST', '/api/nomination-decisions', { decisions }),
  proposeRound: (iterationIds: string[]) =>
    request<RoundOut>('POST', '/api/rounds', { iteration_ids: iterationIds }),
  applyRound: (round: RoundOut) =>
    request<RoundOut>('POST', `/api/rounds/${at(round.id)}/apply`, {}, { version: round.version }),
  importMenu: (body: {
    kind: ImportReport['kind'];
    format: 'csv' | 'xlsx';
    content: string;
    strict: boolean;
  }) => request<ImportReport>('POST', '/api/imports/menu', body),
};

export const activitiesQuery = (q: Filter<ActivityListQuery>) =>
  queryOptions({ queryKey: ['activities', q], queryFn: () => menuApi.activities(q) });
export const activityQuery = (id: string) =>
  queryOptions({ queryKey: ['activity', id], queryFn: () => menuApi.activity(id) });
export const iterationsQuery = (q: Filter<IterationListQuery>) =>
  queryOptions({ queryKey: ['iterations', q], queryFn: () => menuApi.iterations(q) });
export const iterationQuery = (id: string) =>
  queryOptions({ queryKey: ['iteration', id], queryFn: () => menuApi.iteration(id) });
export const areasQuery = () =>
  queryOptions({ queryKey: ['areas'], queryFn: () => menuApi.areas(), staleTime: 30 * 60_000 });
export const nominationsQuery = (q: Filter<NominationListQuery>) =>
  queryOptions({ queryKey: ['nominations', q], queryFn: () => menuApi.nominations(q) });

/** Where the menu's files are downloaded: CSV, XLSX and the iCalendar feed. */
export function exportUrl(format: 'csv' | 'xlsx', filter: Record<string, string | undefined>): string {
  return fileUrl('/api/exports/menu', format, filter);
}
export const CALENDAR_URL = '/api/calendar/menu?format=ics';
