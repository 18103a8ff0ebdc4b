import type { Role } from '../../../src/domain/trust/actor.js';
import type { Api } from '../api.js';

/**
 * One row of the authorization matrix: the routes it covers, the roles that may attempt reads and
 * writes (a listed role must not get 401/403; any other must get 401, 403 or 404, never a 2xx), and
 * optionally a way to make the records the `{id}` of its routes is replaced with.
 */
export interface MatrixRow {
  path: RegExp;
  read: Role[] | 'everyone';
  write: Role[] | 'everyone';
  /** the id used for `{id}` (and other path parameters) in this row's routes, created before the run */
  ids?: (api: Api) => Promise<Record<string, string>>;
}
