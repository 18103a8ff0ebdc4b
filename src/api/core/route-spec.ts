import type { z } from 'zod';
import { problem } from '../../schemas/core/common.schema.js';

/** What every route declared through the helpers in this folder states about itself. */
export interface RouteSpec<O extends z.ZodType> {
  url: string;
  tag: string;
  summary: string;
  /** the success answer's schema */
  output: O;
  /** the problem answers, by status */
  errors: Record<number, z.ZodType>;
}

/**
 * The problem answers of a route, by status (all problem+json): `problems(400, 404, 412)`. One line
 * per route family instead of a table of `NNN: problem` lines copied into every routes file.
 */
export function problems<S extends number>(...statuses: S[]): Record<S, typeof problem> {
  return Object.fromEntries(statuses.map((s) => [s, problem])) as Record<S, typeof problem>;
}
