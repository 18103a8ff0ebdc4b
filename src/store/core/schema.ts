import type { Generated } from 'kysely';
import type { DialogueTables } from '../dialogue/dialogue.tables.js';
import type { MenuTables } from '../menu/menu.tables.js';
import type { ProgrammeTables } from '../programmes/programme.tables.js';
import type { SoftDeleted, TrustTables } from '../trust/trust.tables.js';

/**
 * The database's tables as Kysely sees them. Booleans are stored as 0/1 integers and dates as ISO
 * text on both databases, so that SQLite and PostgreSQL behave the same. Each dated period keeps its
 * written (possibly partial) value plus the first and last day it can mean (`_lo`, `_hi`) for queries.
 */
interface Versioned {
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OrganizationTable extends Versioned, SoftDeleted {
  id: string;
  kind: string;
  iso2: string | null;
  parent_id: string | null;
  founding_date: string | null;
  dissolution_date: string | null;
  search: string;
}

export interface NameTable {
  id: Generated<number>;
  owner_id: string;
  position: number;
  name: string;
  lang: string;
  kind: string;
  start_date: string | null;
  start_lo: string | null;
  end_date: string | null;
  end_hi: string | null;
}

interface DatedPeriod {
  start_date: string;
  start_lo: string;
  start_hi: string;
  end_date: string | null;
  end_lo: string | null;
  end_hi: string | null;
}

export interface MembershipTable extends Versioned, DatedPeriod {
  id: string;
  member_id: string;
  organization_id: string;
  role: string | null;
  end_reason: string | null;
  status: string;
  note: string | null;
}

export interface PersonTable extends Versioned, SoftDeleted {
  id: string;
  gender: string | null;
  birth_date: string | null;
  nationality: string | null;
  summary: string | null;
  search: string;
  /** the partner that registered the person by nominating them; null for registry people */
  registered_by?: string | null;
}

export interface PostTable extends Versioned, SoftDeleted {
  id: string;
  organization_id: string;
  label: string;
  labels: string;
  role: string | null;
  single_holder: number;
  start_date: string | null;
  end_date: string | null;
  search: string;
}

export interface PostHoldingTable extends Versioned, DatedPeriod {
  id: string;
  post_id: string;
  person_id: string;
  acting: number;
  note: string | null;
}

export interface SourceTable extends Versioned, SoftDeleted {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publication_date: string | null;
  excerpt: string | null;
  language: string | null;
  /** the normalised report text's fingerprint (migration 0015): the same report found again */
  text_hash?: string | null;
}

export interface ClaimTable extends Versioned {
  id: string;
  subject_type: string;
  subject_id: string;
  field: string;
  value: string | null;
  source_id: string;
  followed: number;
  status: string;
  confidence: string;
  excerpt: string | null;
}

export interface AreaTable extends Versioned {
  code: string;
  names: string;
  description: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor_id: string;
  action: string;
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  organization_id: string | null;
  password_hash: string | null;
  disabled: number;
  /** where notifications go (migration 0013); none: the user reads their tasks in the app only */
  email: string | null;
  /** the language their notifications are written in: en | fr | ru */
  locale: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A notification to send, written with the change that causes it (migration 0013). */
export interface MailOutboxTable {
  id: string;
  /** follow_up.assigned | follow_up.reassigned | follow_up.due_tomorrow */
  kind: string;
  /** unique: one message per cause (a reminder per follow-up and due date) */
  dedupe_key: string;
  recipient_id: string;
  record_id: string;
  to_address: string;
  locale: string;
  subject: string;
  body_text: string;
  body_html: string;
  /** pending | sent | failed (gave up after the last attempt) */
  status: string;
  attempts: number;
  /** when it may be tried next: also the lease of a sender that claimed it */
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface LoginThrottleTable {
  username: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

/** A browser that has signed in to an account: the SHA-256 of the token in its device cookie. */
export interface LoginDeviceTable {
  id: string;
  username: string;
  created_at: string;
  last_used_at: string;
}

/** A private calendar subscription: the SHA-256 of the secret in its address, revocable. */
export interface CalendarTokenTable {
  id: string;
  user_id: string;
  label: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the session token: a stolen database does not yield usable cookies */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** Each feature declares its own tables beside this file (schema.<feature>.ts). */
export interface DB extends MenuTables, ProgrammeTables, DialogueTables, TrustTables {
  organization: OrganizationTable;
  organization_name: NameTable;
  membership: MembershipTable;
  person: PersonTable;
  person_name: NameTable;
  post: PostTable;
  post_holding: PostHoldingTable;
  source: SourceTable;
  claim: ClaimTable;
  area: AreaTable;
  audit_log: AuditTable;
  app_user: UserTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  mail_outbox: MailOutboxTable;
  login_device: LoginDeviceTable;
  calendar_token: CalendarTokenTable;
}
