import type { z } from 'zod';

/**
 * A repository's list filter is the API's list query (src/schemas) without its page: declared once
 * there, so that a filter the route accepts is one the repository applies, and the reverse.
 * Callers inside the server may pass any subset.
 */
export type ListFilter<Query extends z.ZodType> = Omit<z.output<Query>, 'limit' | 'offset'>;
