import { z } from 'zod';

/**
 * Forms validate with the API's Zod schemas. Zod would probe `new Function` to compile them, which
 * the Content-Security-Policy (no eval) refuses and reports as a violation; interpreted schemas are
 * fast enough for forms. Imported first by main.tsx, before any module builds a schema.
 */
z.config({ jitless: true });
