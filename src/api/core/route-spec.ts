import type { z } from 'zod';

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
