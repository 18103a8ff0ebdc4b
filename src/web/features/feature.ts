import type { ReactElement } from 'react';

/**
 * A part of the web app that a feature brings: its navigation entries, its routes (lazy pages, so
 * the first screen stays small) and its messages in every language, merged under its own key.
 */
export interface WebFeature {
  /** the key its messages live under: t('<key>.…') */
  key: string;
  nav: { to: string; label: string; paths: string[] }[];
  /** <Route> elements placed inside the app layout */
  routes: ReactElement | null;
  messages: { en: object; fr: object; ru: object };
}
