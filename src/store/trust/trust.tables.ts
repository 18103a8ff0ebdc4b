/** A destructive action one administrator asked for and a different one must approve. */
export interface PendingActionTable {
  id: string;
  /** purge */
  action: string;
  entity: string;
  entity_id: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  /** pending | done | cancelled */
  status: string;
  version: number;
}

/** The account an OpenID Connect provider's subject signs in as. */
export interface UserIdentityTable {
  id: string;
  issuer: string;
  subject: string;
  user_id: string;
  created_at: string;
  last_login_at: string;
}

/** A sign-in sent to the provider and not back yet: what the callback must find and check. */
export interface OidcLoginTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
  expires_at: string;
}

/** The soft-delete columns of registry records (organization, person, post, source). */
export interface SoftDeleted {
  deleted_at?: string | null;
  deleted_by?: string | null;
}

export interface TrustTables {
  pending_action: PendingActionTable;
  user_identity: UserIdentityTable;
  oidc_login: OidcLoginTable;
}
