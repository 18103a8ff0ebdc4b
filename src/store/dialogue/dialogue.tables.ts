import type { Generated } from 'kysely';

interface Versioned {
  version: number;
  created_at: string;
  updated_at: string;
}

/** A person a report or a clerk named whom the registry does not know yet: a draft to confirm. */
export interface PersonCandidateTable extends Versioned {
  id: string;
  name: string;
  /** JSON array of the spellings met so far */
  names: string;
  /** draft | confirmed | rejected */
  status: string;
  /** the registry person a confirmed draft became */
  person_id: string | null;
  /** loose keys of the name's words (transliteration-insensitive), for matching variants */
  name_key: string;
  search: string;
}

export interface MeetingTable extends Versioned {
  id: string;
  partner_id: string;
  channel: string | null;
  kind: string;
  status: string;
  title: string | null;
  start_date: string;
  start_lo: string;
  start_hi: string;
  end_date: string | null;
  end_lo: string | null;
  end_hi: string | null;
  city: string | null;
  country_id: string | null;
  venue: string | null;
  host_org_id: string | null;
  visitor_org_id: string | null;
  plover_event: string;
  plover_mode: string | null;
  cameo_code: string;
  /** JSON arrays of text */
  topics: string;
  areas: string;
  outcomes: string;
  objective_ids: string;
  marking: string;
  releasable_to: string;
  illustrative: number;
  note: string | null;
  search: string;
}

export interface MeetingParticipantTable {
  id: Generated<number>;
  meeting_id: string;
  position: number;
  person_id: string | null;
  candidate_id: string | null;
  name: string | null;
  side: string | null;
  /** a post named explicitly; otherwise the post is read from the holdings on the meeting's date */
  post_id: string | null;
  role: string | null;
}

export interface MeetingSourceTable {
  id: Generated<number>;
  meeting_id: string;
  position: number;
  source_id: string;
  field: string;
  excerpt: string | null;
}

export interface FollowUpTable extends Versioned {
  id: string;
  meeting_id: string;
  action: string;
  owner: string | null;
  /** the account the task belongs to (migration 0013) */
  assignee_id: string | null;
  due_date: string | null;
  status: string;
  note: string | null;
  /** its own releasability: never wider than its meeting's (both must release it) */
  marking: string;
  releasable_to: string;
}

/** A file attached to a meeting; the bytes are stored outside the database under their SHA-256. */
export interface MeetingAttachmentTable extends Versioned {
  id: string;
  meeting_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  description: string | null;
  marking: string;
  releasable_to: string;
}

/** Dialogue: meetings, participants, their sources, follow-ups, and draft people. */
/** A news feed the press desk watches (migration 0015). */
export interface FeedTable extends Versioned {
  id: string;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
  /** not polled before this instant (the interval, longer after failures) */
  next_poll_at: string | null;
  /** 200, 304, or the failure's status */
  last_status: string | null;
  last_error: string | null;
  failures: number;
  /** items taken from it so far */
  items: number;
}

/** An item a feed offered, kept so that the next poll skips it. */
export interface FeedItemTable {
  id: string;
  feed_id: string;
  guid: string;
  url: string | null;
  title: string | null;
  published: string | null;
  draft_id: string | null;
  created_at: string;
}

/** A meeting read from one or more outlets' reports, waiting in the press desk's inbox. */
export interface PressDraftTable extends Versioned {
  id: string;
  /** open | confirmed | dismissed */
  status: string;
  start_date: string | null;
  title: string;
  /** JSON: the extractor's meeting draft */
  meeting: string;
  /** JSON array: the reports it was read from (url, title, publisher, published, text, feed_id) */
  sources: string;
  meeting_id: string | null;
}

export interface DialogueTables {
  feed: FeedTable;
  feed_item: FeedItemTable;
  press_draft: PressDraftTable;
  person_candidate: PersonCandidateTable;
  meeting: MeetingTable;
  meeting_participant: MeetingParticipantTable;
  meeting_source: MeetingSourceTable;
  follow_up: FollowUpTable;
  meeting_attachment: MeetingAttachmentTable;
}
