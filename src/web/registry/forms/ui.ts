import type { CSSProperties } from 'react';

/**
 * Mantine's error red (red.6) is 3.3:1 on white; a form's errors and invalid inputs take red.9 instead
 * (≥ 4.5:1, WCAG 1.4.3), as the dialogue forms do.
 */
export const READABLE_ERRORS = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;
