import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { Loading } from '../core/components/common.js';
import type { WebFeature } from '../core/feature.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

const ProgrammesPage = lazy(() => import('./ProgrammesPage.js'));
const ProgrammePage = lazy(() => import('./ProgrammePage.js'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

/** Individual programmes: drafting the objectives tree from the menu, joint agreement, amendments, review. */
export const programmesFeature: WebFeature = {
  key: 'programmes',
  nav: [
    {
      to: '/programmes',
      label: 'programmes.nav',
      paths: ['/programmes'],
      order: 60,
      needs: 'programme.read',
    },
  ],
  routes: (
    <>
      <Route path="programmes" element={page(<ProgrammesPage />)} />
      <Route path="programmes/:id" element={page(<ProgrammePage />)} />
    </>
  ),
  messages: { en, fr, ru },
};
