/**
 * Errors are values with a code and, where one is to blame, a field. The HTTP status of each code
 * lives here, in one table, so that the API maps them once and nobody matches on message text.
 */
export const ERROR_CODES = {
  'request.invalid': { status: 400, title: 'The request is not valid' },
  'request.too_large': { status: 413, title: 'The request body is too large' },
  'request.unsupported_media': { status: 415, title: 'The request body must be JSON' },
  'request.method_not_allowed': { status: 405, title: 'This address does not answer this method' },
  'server.busy': { status: 503, title: 'The server is busy; try again shortly' },
  'auth.required': { status: 401, title: 'Sign in first' },
  'auth.failed': { status: 401, title: 'Unknown user or wrong password' },
  'auth.locked': { status: 429, title: 'Too many failed sign-ins; try again later' },
  'rate.limited': { status: 429, title: 'Too many requests from this address or account; try again later' },
  'csrf.invalid': { status: 403, title: 'Missing or wrong CSRF token' },
  'access.denied': { status: 403, title: 'You may not do this' },
  'record.not_found': { status: 404, title: 'No such record' },
  'record.exists': { status: 409, title: 'A record with this identity exists already' },
  'record.referenced': { status: 409, title: 'Other records still refer to this one' },
  'record.reference_missing': { status: 422, title: 'A referenced record does not exist' },
  'version.required': { status: 428, title: 'A version is required to change this record' },
  'version.stale': { status: 412, title: 'The record has changed since you read it' },
  'version.conflict': { status: 409, title: 'The record has changed since you read it' },
  'period.end_before_start': { status: 422, title: 'The period ends before it starts' },
  'holding.overlap': { status: 409, title: 'The post already has a holder in this period' },
  'membership.overlap': { status: 409, title: 'The same membership already covers this period' },
  'organization.iso2_unknown': { status: 422, title: 'Unknown ISO 3166-1 alpha-2 code' },
  'organization.iso2_for_state_only': { status: 422, title: 'Only states carry an ISO code' },
  'organization.parent_cycle': { status: 422, title: 'An organization cannot be its own ancestor' },
  'name.english_required': { status: 422, title: 'An English name is required' },
  'import.file': { status: 400, title: 'The import file cannot be read' },
  'record.not_deleted': { status: 409, title: 'The record is not deleted' },
  'four_eyes.same_person': { status: 403, title: 'A different administrator must approve this' },
  'pending_action.decided': { status: 409, title: 'The action has been decided already' },
  'oidc.not_configured': { status: 404, title: 'Single sign-on is not configured' },
  'oidc.failed': { status: 401, title: 'The single sign-on did not succeed' },
  'oidc.role_unknown': { status: 403, title: 'The identity provider gave no role Concord knows' },
  'programme.amendment_required': {
    status: 409,
    title: 'The programme is jointly agreed: change it by an amendment',
  },
  'programme.transition_not_allowed': { status: 409, title: 'This move is not open in the current state' },
  'programme.wrong_side': { status: 403, title: 'This move belongs to the other side' },
  'programme.period_overlap': {
    status: 409,
    title: 'The partner has a programme of this kind for an overlapping period',
  },
  'programme.hash_mismatch': { status: 409, title: 'The content changed since you read it' },
  'programme.no_amendment': { status: 409, title: 'No amendment is pending' },
  'programme.not_agreed': { status: 409, title: 'Only a jointly agreed programme is amended' },
  'programme.closed': { status: 409, title: 'The programme is completed or superseded' },
  'programme.duplicate_item': { status: 422, title: 'Objective and goal ids must be unique' },
  'programme.iteration_not_chosen': {
    status: 422,
    title: 'The iteration is not of an activity chosen in this programme',
  },
  'programme.pdf_unavailable': { status: 503, title: 'No PDF renderer (Chromium) is installed' },
  'menu.ineligible': { status: 422, title: 'The partner is not eligible for this activity' },
  'menu.not_exercise': { status: 422, title: 'Exercise details belong to an activity of type exercise' },
  'nomination.duplicate': { status: 409, title: 'The person is already nominated to this iteration' },
  'nomination.deadline_passed': { status: 422, title: 'The application deadline has passed' },
  'nomination.iteration_closed': { status: 409, title: 'The iteration takes no nominations' },
  'nomination.seats_full': { status: 409, title: 'The iteration has no seat left' },
  'nomination.transition': { status: 409, title: 'The nomination cannot move to this status' },
  'round.contradictory': { status: 422, title: 'The allocation round has contradictory constraints' },
  'round.empty': { status: 422, title: 'The allocation round selects no iteration' },
  'round.stale': { status: 409, title: 'Nominations changed since the round was proposed; propose it again' },
  'candidate.not_draft': {
    status: 409,
    title: 'The draft person has been confirmed or rejected already',
  },
  'record.duplicate': {
    status: 409,
    title: 'This looks like a record that exists already: confirm it is new, or use the existing one',
  },
  internal: { status: 500, title: 'Internal error' },
  'attachment.unsupported_type': { status: 415, title: 'This kind of file cannot be attached' },
  'attachment.corrupt': { status: 500, title: 'The stored file does not match its checksum' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldIssue {
  field: string;
  reason: string;
}

/** A record that may be the one about to be saved (record.duplicate): only records the caller may read. */
export interface DuplicateCandidate {
  kind: 'meeting' | 'person' | 'source';
  id: string;
  label: string;
  date?: string | null;
  reasons: string[];
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly duplicates: DuplicateCandidate[];

  constructor(
    code: ErrorCode,
    detail?: string,
    issues: FieldIssue[] = [],
    duplicates: DuplicateCandidate[] = [],
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
    this.duplicates = duplicates;
  }

  static field(code: ErrorCode, field: string, reason: string): DomainError {
    return new DomainError(code, `${field}: ${reason}`, [{ field, reason }]);
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}
