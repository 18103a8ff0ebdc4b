import type { ReactElement } from 'react';
import type { Role } from '../../domain/actor.js';

/**
 * A part of the web app that a feature brings: its navigation entries, its routes (lazy pages, so
 * the first screen stays small) and its messages in every language, merged under its own key.
 */
export interface WebFeature {
  /** the key its messages live under: t('<key>.…') */
  key: string;
  /** entries shown to the roles listed (to everyone when absent) */
  nav: { to: string; label: string; paths: string[]; roles?: Role[] }[];
  /** <Route> elements placed inside the app layout */
  routes: ReactElement | null;
  messages: { en: object; fr: object; ru: object };
}
