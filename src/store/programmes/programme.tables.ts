export interface ProgrammeTable {
  id: string;
  partner_id: string;
  kind: string;
  title: string;
  start_date: string;
  end_date: string;
  status: string;
  /** the version whose content is shown and in force (the agreed one while an amendment is pending) */
  content_version: number;
  agreed_version: number | null;
  amendment_version: number | null;
  /** JSON {hash, version, by, at} */
  organization_signoff: string | null;
  partner_signoff: string | null;
  amendment_organization_signoff: string | null;
  amendment_partner_signoff: string | null;
  renewed_from: string | null;
  marking: string;
  /** JSON array of partner organization ids */
  releasable_to: string;
  illustrative: number;
  note: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An immutable snapshot of a programme's signed content: nothing saved is ever lost. */
export interface ProgrammeVersionTable {
  id: string;
  programme_id: string;
  number: number;
  purpose: string;
  hash: string;
  /** canonical JSON of {kind, period, objectives} */
  snapshot: string;
  author_id: string;
  created_at: string;
}

export interface ProgrammeFeedbackTable {
  id: string;
  programme_id: string;
  iteration_id: string;
  rating: number;
  comment: string | null;
  author_id: string;
  created_at: string;
}

/** Individual programmes: versions, objectives, chosen activities, sign-offs, reviews. */
export interface ProgrammeTables {
  programme: ProgrammeTable;
  programme_version: ProgrammeVersionTable;
  programme_feedback: ProgrammeFeedbackTable;
}
