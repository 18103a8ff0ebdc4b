import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { Loading } from '../core/components/common.js';
import type { WebFeature } from '../core/feature.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

const MenuPage = lazy(() => import('./MenuPage.js'));
const ActivityPage = lazy(() => import('./ActivityPage.js'));
const IterationPage = lazy(() => import('./IterationPage.js'));
const NominationsPage = lazy(() => import('./NominationsPage.js'));
const ImportPage = lazy(() => import('./ImportPage.js'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** The cooperation menu: browse and search it, nominate, decide and allocate seats, import. */
export const menuFeature: WebFeature = {
  key: 'menu',
  nav: [
    { to: '/menu', label: 'menu.nav', paths: ['/menu'], order: 40 },
    {
      to: '/nominations',
      label: 'menu.nominations.nav',
      paths: ['/nominations'],
      order: 50,
      needs: 'nomination.read',
    },
  ],
  routes: (
    <>
      <Route path="menu" element={page(<MenuPage />)} />
      <Route path="menu/import" element={page(<ImportPage />)} />
      <Route path="menu/activities/:id" element={page(<ActivityPage />)} />
      <Route path="menu/iterations/:id" element={page(<IterationPage />)} />
      <Route path="nominations" element={page(<NominationsPage />)} />
    </>
  ),
  messages: { en, fr, ru },
};
