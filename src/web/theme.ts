import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Darker shades than Mantine's defaults, so that links, badges and secondary text keep a contrast of
// at least 4.5:1 on white (WCAG 2.1 AA).
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // Field errors in red-9 reach WCAG AA contrast on white; Mantine's default red does not.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
