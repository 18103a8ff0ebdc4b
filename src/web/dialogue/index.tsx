import { lazy, type ReactNode, Suspense } from 'react';
import { Route } from 'react-router';
import { Loading } from '../core/components/common.js';
import type { WebFeature } from '../core/feature.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };

const DialoguePage = lazy(() => import('./DialoguePage.js'));
const MeetingPage = lazy(() => import('./MeetingPage.js'));
const NewMeetingPage = lazy(() => import('./NewMeetingPage.js'));
const IngestPage = lazy(() => import('./IngestPage.js'));
const FollowUpsPage = lazy(() => import('./FollowUpsPage.js'));
const DraftPeoplePage = lazy(() => import('./PersonCandidatesPage.js'));
const PressDeskPage = lazy(() => import('./PressDeskPage.js'));

const page = (element: ReactNode) => <Suspense fallback={<Loading />}>{element}</Suspense>;

export const dialogueFeature: WebFeature = {
  key: 'dialogue',
  nav: [
    {
      to: '/dialogue',
      label: 'dialogue.nav.dialogue',
      paths: ['/dialogue'],
      order: 70,
      needs: 'dialogue.read',
    },
    {
      to: '/dialogue/drafts',
      label: 'dialogue.nav.drafts',
      paths: ['/dialogue/drafts'],
      order: 75,
      needs: 'dialogue.write',
    },
    {
      to: '/dialogue/press-desk',
      label: 'dialogue.nav.pressDesk',
      paths: ['/dialogue/press-desk'],
      order: 76,
      needs: 'dialogue.write',
    },
  ],
  routes: (
    <>
      <Route path="dialogue" element={page(<DialoguePage />)} />
      <Route path="dialogue/meetings/:id" element={page(<MeetingPage />)} />
      <Route path="dialogue/new" element={page(<NewMeetingPage />)} />
      <Route path="dialogue/ingest" element={page(<IngestPage />)} />
      <Route path="dialogue/follow-ups" element={page(<FollowUpsPage />)} />
      <Route path="dialogue/drafts" element={page(<DraftPeoplePage />)} />
      <Route path="dialogue/press-desk" element={page(<PressDeskPage />)} />
    </>
  ),
  messages: { en, fr, ru },
};
