import { lazy } from 'react';
import { Route } from 'react-router';
import type { WebFeature } from '../core/feature.js';
import { lazyPage } from '../core/lazy-page.js';
import { SearchPage } from './SearchPage.js';

const DashboardPage = lazy(() => import('./DashboardPage.js'));

/** Insight: search across the records and the dashboards (the briefing pack opens from a partner). */
export const insightFeature: WebFeature = {
  key: 'insight',
  nav: [
    {
      to: '/dashboards',
      label: 'nav.dashboards',
      paths: ['/dashboards'],
      order: 90,
      needs: 'aggregate.read',
    },
  ],
  routes: (
    <>
      <Route path="search" element={<SearchPage />} />
      <Route path="dashboards" element={lazyPage(<DashboardPage />)} />
    </>
  ),
};
