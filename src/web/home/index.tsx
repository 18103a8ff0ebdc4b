import { Route } from 'react-router';
import type { WebFeature } from '../core/feature.js';
import { HomePage } from './HomePage.js';

/** The first screen: what needs the reader, and where to go next. */
export const homeFeature: WebFeature = {
  key: 'home',
  nav: [{ to: '/', label: 'nav.home', paths: [], order: 0 }],
  routes: <Route index element={<HomePage />} />,
};
