import type { Actor, Role } from './actor.js';

/**
 * The one policy table: for each kind of record, role and action, which records the role reaches.
 * Services and the data layer (store/access.ts) apply it to single records, lists, counts and exports
 * alike, so that no aggregate reaches further than a detail read.
 */
export type Resource =
  | 'registry'
  | 'person'
  | 'audit'
  | 'users'
  | 'menu'
  | 'programme'
  | 'nomination'
  | 'dialogue'
  | 'aggregate';
export type Action = 'read' | 'write';

export const MARKINGS = ['public', 'partners', 'organization'] as const;
/** Releasability: everyone; the named partners (and the organization); the organization only. */
export type Marking = (typeof MARKINGS)[number];

/**
 * A grant says which records a role reaches:
 * - `all` every record;
 * - `public` records marked public;
 * - `released` records marked public, or releasable to the actor's own country or organization;
 * - `own` records whose partner is the partner official's country, or whose provider is the provider
 *   account's organization (one capacity per account: see `ownColumn`).
 */
export type Grant = 'all' | 'public' | 'released' | 'own';

/** What the policy needs to know about one record; absent fields never widen access. */
export interface RecordScope {
  /** the partner country the record concerns (a programme's partner, a nomination's nominator) */
  partnerId?: string | null;
  /** the organization that provides it (an activity's provider, for its iterations and nominations) */
  providerId?: string | null;
  marking?: Marking | null;
  /** the partners a `partners` marking releases the record to */
  releasableTo?: readonly string[] | null;
}

type Row = Partial<Record<Role, readonly Grant[]>>;
const EVERYONE_ALL: Row = {
  admin: ['all'],
  staff: ['all'],
  observer: ['all'],
  partner: ['all'],
  provider: ['all'],
  public: ['all'],
};
const STAFF_ALL: Row = { admin: ['all'], staff: ['all'] };

export const POLICY: Record<Resource, Record<Action, Row>> = {
  // The registry (partners, frameworks, people, posts, sources) is public reference data.
  registry: { read: EVERYONE_ALL, write: STAFF_ALL },
  // People: a person is public when the registry itself holds them (the organization registered them)
  // or a public record names them (a post they held, a public meeting). A person a partner registered
  // by nominating them is that partner's and the organization's until then; the provider of the
  // activity reads the nominee's name on the nomination itself (see personScope).
  person: {
    read: {
      ...STAFF_ALL,
      observer: ['public'],
      partner: ['public', 'own'],
      provider: ['public'],
      public: ['public'],
    },
    write: STAFF_ALL,
  },
  audit: { read: STAFF_ALL, write: {} },
  users: { read: { admin: ['all'] }, write: { admin: ['all'] } },
  // The menu is offered to partners; a provider manages its own activities and iterations.
  menu: {
    read: {
      ...STAFF_ALL,
      observer: ['released'],
      partner: ['released', 'own'],
      provider: ['released', 'own'],
      public: ['public'],
    },
    write: { ...STAFF_ALL, provider: ['own'] },
  },
  // A partner's programme is its own and the organization's; never another partner's.
  programme: {
    read: { ...STAFF_ALL, partner: ['own', 'released'] },
    write: { ...STAFF_ALL, partner: ['own'] },
  },
  // Nominations are seen by the nominating partner and by the provider of the activity.
  nomination: {
    read: { ...STAFF_ALL, partner: ['own'], provider: ['own'] },
    write: { ...STAFF_ALL, partner: ['own'], provider: ['own'] },
  },
  // Dialogue records follow their marking; Ally observers see aggregates only.
  dialogue: {
    read: { ...STAFF_ALL, partner: ['released'], provider: ['public'], public: ['public'] },
    write: STAFF_ALL,
  },
  // Dashboards and counts: the organization and Ally observers.
  aggregate: { read: { ...STAFF_ALL, observer: ['all'] }, write: {} },
};

/**
 * What an actor may do somewhere, named `<resource>.<action>`: the session answer carries the list,
 * so that the web app shows navigation and actions by asking the policy, never by naming roles.
 */
export type Capability = `${Resource}.${Action}`;

export function capabilitiesOf(actor: Actor): Capability[] {
  return (Object.keys(POLICY) as Resource[]).flatMap((resource) =>
    (['read', 'write'] as const)
      .filter((action) => allowed(actor, action, resource))
      .map((action): Capability => `${resource}.${action}`),
  );
}

export function grantsOf(actor: Actor, action: Action, resource: Resource): readonly Grant[] {
  return POLICY[resource][action][actor.role] ?? [];
}

/** May the actor take this action on some record of this kind (the route-level check)? */
export function allowed(actor: Actor, action: Action, resource: Resource): boolean {
  return grantsOf(actor, action, resource).length > 0;
}

function reaches(grant: Grant, actor: Actor, record: RecordScope): boolean {
  const own = actor.organizationId;
  switch (grant) {
    case 'all':
      return true;
    case 'public':
      return record.marking === 'public';
    case 'released':
      return (
        record.marking === 'public' ||
        (record.marking === 'partners' && own !== undefined && (record.releasableTo ?? []).includes(own))
      );
    case 'own':
      if (own === undefined) return false;
      return ownColumn(actor) === 'partner' ? record.partnerId === own : record.providerId === own;
  }
}

/**
 * Capacity: an account acts in one capacity only. A partner official speaks for a country and owns
 * the records whose partner it is; a provider account owns the records its organization provides. A
 * country that also provides courses (Austria, Sweden…) gives its partner officials no provider
 * powers: those need a provider account of their own.
 */
export function ownColumn(actor: Actor): 'partner' | 'provider' | undefined {
  if (actor.role === 'partner') return 'partner';
  if (actor.role === 'provider') return 'provider';
  return undefined;
}

/** The capacity an actor acts in, as decisions record it: "partner of tj", "provider of at", "staff". */
export function capacityOf(actor: Actor): string {
  const column = ownColumn(actor);
  return column && actor.organizationId ? `${column} of ${actor.organizationId}` : actor.role;
}

/** May the actor take this action on this record? */
export function allowedOn(actor: Actor, action: Action, resource: Resource, record: RecordScope): boolean {
  return grantsOf(actor, action, resource).some((g) => reaches(g, actor, record));
}

/**
 * Releasability of every kind of record, one entry per table: a rule of its own (a resource of
 * POLICY and the scope it is judged by), a rule inherited from the record it belongs to (a reader
 * who may not read the parent never reads the child), or no record at all (derived tallies and
 * indexes, credentials and sessions no read route returns). test/releasability.test.ts fails when a
 * table of either database has no entry, so a new kind of record cannot arrive without a rule.
 */
export type Releasability =
  | { rule: Resource; scope: string }
  | { inherits: string; via: string }
  | { internal: string };

export const RELEASABILITY: Record<string, Releasability> = {
  // registry: public reference data, except people
  area: { rule: 'registry', scope: 'public reference data' },
  organization: { rule: 'registry', scope: 'public reference data' },
  organization_name: { inherits: 'organization', via: 'organization_id' },
  membership: { rule: 'registry', scope: 'public reference data' },
  post: { rule: 'registry', scope: 'public reference data' },
  post_holding: { rule: 'registry', scope: 'public reference data; names its holder publicly' },
  source: { rule: 'registry', scope: 'published sources: public reference data' },
  claim: { rule: 'registry', scope: 'what a published source says: public reference data' },
  person: {
    rule: 'person',
    scope:
      'public when the organization registered them or a public record names them (a post held, a public meeting); else partnerId = registered_by',
  },
  person_name: { inherits: 'person', via: 'person_id' },
  // menu
  activity: { rule: 'menu', scope: 'marking, releasable_to, providerId = provider_id' },
  iteration: { inherits: 'activity', via: 'activity_id' },
  exercise: { inherits: 'iteration', via: 'iteration_id' },
  exercise_nation: { inherits: 'exercise', via: 'iteration_id' },
  // nominations
  nomination: {
    rule: 'nomination',
    scope: 'partnerId = partner_id (nominator), providerId = activity.provider_id',
  },
  allocation_round: {
    rule: 'nomination',
    scope: 'providerId = provider_id: the provider and the organization',
  },
  allocation_decision: { inherits: 'allocation_round', via: 'round_id (the explanations of a round)' },
  // programmes
  programme: { rule: 'programme', scope: 'partnerId = partner_id, marking, releasable_to' },
  programme_version: { inherits: 'programme', via: 'programme_id' },
  programme_feedback: { inherits: 'programme', via: 'programme_id' },
  // dialogue
  meeting: { rule: 'dialogue', scope: 'partnerId = partner_id, marking, releasable_to' },
  meeting_participant: { inherits: 'meeting', via: 'meeting_id' },
  meeting_source: { inherits: 'meeting', via: 'meeting_id' },
  follow_up: {
    rule: 'dialogue',
    scope: 'its own marking and releasable_to, and its meeting’s: a reader needs both',
  },
  meeting_attachment: {
    rule: 'dialogue',
    scope:
      'its own marking and releasable_to (never wider than its meeting’s), and its meeting’s: a reader needs both',
  },
  person_candidate: { rule: 'dialogue', scope: 'draft people: the organization only (dialogue write)' },
  feed: { rule: 'dialogue', scope: 'news feeds watched: the organization only (dialogue write)' },
  feed_item: { inherits: 'feed', via: 'feed_id' },
  press_draft: { rule: 'dialogue', scope: 'the press desk inbox: the organization only (dialogue write)' },
  // trust
  audit_log: { rule: 'audit', scope: 'staff' },
  app_user: { rule: 'users', scope: 'the administrator' },
  pending_action: { rule: 'users', scope: 'the administrators (four eyes)' },
  mail_outbox: {
    internal:
      'notifications to send: no route returns them; each is written for its recipient, with only what they may read',
  },
  session: { internal: 'credentials: no route returns them' },
  login_throttle: { internal: 'credentials: no route returns them' },
  login_device: { internal: 'credentials: no route returns them' },
  calendar_token: {
    internal: 'credentials: only their owner lists them (label and dates, never the secret)',
  },
  user_identity: { internal: 'single sign-on links: no route returns them' },
  oidc_login: { internal: 'single sign-on state: no route returns it' },
  // derived: counts kept by triggers, read only as aggregates; search indexes
  nomination_tally: { rule: 'aggregate', scope: 'counts only' },
  iteration_tally: { rule: 'aggregate', scope: 'counts only' },
  meeting_tally: { rule: 'aggregate', scope: 'counts only' },
  meeting_reach_tally: { internal: 'counts per marking: a reader gets only the total of what they may read' },
  follow_up_reach_tally: {
    internal: 'counts per marking: a reader gets only the total of what they may read',
  },
  change_counter: { internal: 'a number per table for ETags: no route returns it' },
  activity_search: { internal: 'SQLite substring index: narrows a search the menu rule then filters' },
  meeting_search: { internal: 'SQLite substring index: narrows a search the dialogue rule then filters' },
};
