// The programme screens' calls to the API, typed by the API's own schemas (types only).
import { queryOptions } from '@tanstack/react-query';
import type { Page } from '../../schemas/core/common.schema.js';
import type {
  AmendmentInput,
  DiffOut,
  FeedbackOut,
  ProgrammeCreate,
  ProgrammeOut,
  ProgrammePatch,
  ReviewOut,
  VersionOut,
} from '../../schemas/programmes/programme.schema.js';
import { get, request } from '../core/api/client.js';

export type { DiffOut, FeedbackOut, ProgrammeOut, ReviewOut, VersionOut };
export type Content = ProgrammeOut['content'];
export type Objective = Content['objectives'][number];
export type Goal = Objective['goals'][number];
export type Chosen = Goal['activities'][number];
export type Signoff = ProgrammeOut['organization_signoff'];
export type ProgrammeKind = ProgrammeCreate['kind'];

/** Kept here rather than imported: the domain module that declares them also hashes with node:crypto. */
export const PROGRAMME_KINDS: readonly ProgrammeKind[] = ['IPP', 'IPCP', 'ITPP'];

export interface ProgrammeFilter {
  partner_id?: string;
  kind?: ProgrammeKind;
  status?: string;
  limit?: number;
  offset?: number;
}

const at = (id: string) => encodeURIComponent(id);
const base = (id: string) => `/api/programmes/${at(id)}`;

export const programmeApi = {
  list: (q: ProgrammeFilter) => get<Page<ProgrammeOut>>('/api/programmes', { ...q }),
  one: (id: string) => get<ProgrammeOut>(base(id)),
  create: (input: Partial<ProgrammeCreate>) => request<ProgrammeOut>('POST', '/api/programmes', input),
  update: (p: ProgrammeOut, patch: Omit<ProgrammePatch, 'version'>) =>
    request<ProgrammeOut>('PATCH', base(p.id), patch, { version: p.version }),
  transition: (p: ProgrammeOut, transition: string) =>
    request<ProgrammeOut>(
      'POST',
      `${base(p.id)}/transitions`,
      { transition, ...(transition === 'approve' || transition === 'accept' ? { hash: p.hash } : {}) },
      { version: p.version },
    ),
  propose: (p: ProgrammeOut, input: Omit<AmendmentInput, 'version'>) =>
    request<ProgrammeOut>('POST', `${base(p.id)}/amendments`, input, { version: p.version }),
  signAmendment: (p: ProgrammeOut, hash: string) =>
    request<ProgrammeOut>('POST', `${base(p.id)}/amendment/signoffs`, { hash }, { version: p.version }),
  withdrawAmendment: (p: ProgrammeOut) =>
    request<ProgrammeOut>('DELETE', `${base(p.id)}/amendment`, undefined, { version: p.version }),
  versions: (id: string) => get<VersionOut[]>(`${base(id)}/versions`),
  diff: (id: string, from: number, to: number) => get<DiffOut>(`${base(id)}/diff`, { from, to }),
  review: (id: string) => get<ReviewOut>(`${base(id)}/review`),
  feedback: (id: string) => get<FeedbackOut[]>(`${base(id)}/feedback`),
  renew: (p: ProgrammeOut) => request<ProgrammeOut>('POST', `${base(p.id)}/renewal`, {}),
};

export const programmesQuery = (q: ProgrammeFilter) =>
  queryOptions({ queryKey: ['programmes', q], queryFn: () => programmeApi.list(q) });
export const programmeQuery = (id: string) =>
  queryOptions({ queryKey: ['programme', id], queryFn: () => programmeApi.one(id) });
export const versionsQuery = (id: string) =>
  queryOptions({ queryKey: ['programme-versions', id], queryFn: () => programmeApi.versions(id) });
export const diffQuery = (id: string, from: number, to: number) =>
  queryOptions({
    queryKey: ['programme-diff', id, from, to],
    queryFn: () => programmeApi.diff(id, from, to),
  });
export const reviewQuery = (id: string) =>
  queryOptions({ queryKey: ['programme-review', id], queryFn: () => programmeApi.review(id) });
export const feedbackQuery = (id: string) =>
  queryOptions({ queryKey: ['programme-feedback', id], queryFn: () => programmeApi.feedback(id) });

export type ExportFormat = 'csv' | 'xlsx' | 'html' | 'pdf';
/** Where a programme's files are downloaded; HTML and PDF carry the document or its review report. */
export function exportUrl(id: string, format: ExportFormat, report: 'programme' | 'review'): string {
  // Documents open outside the app: the UI's language (on <html lang>) goes with the link.
  const lang = globalThis.document?.documentElement.lang;
  return `${base(id)}/export?${new URLSearchParams({ format, report, ...(lang ? { lang } : {}) })}`;
}
