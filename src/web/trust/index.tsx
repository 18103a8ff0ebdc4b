import { lazy } from 'react';
import { Route } from 'react-router';
import type { WebFeature } from '../core/feature.js';
import { lazyPage } from '../core/lazy-page.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import { SignInPage } from './SignInPage.js';

// Staff only, and seldom: its code loads with the page.
const DeletedRecordsPage = lazy(() => import('./DeletedRecordsPage.js'));

/** Signing in (password or single sign-on), the account menu in the header, and deleted records to restore. */
export const trustFeature: WebFeature = {
  key: 'trust',
  nav: [
    {
      to: '/deleted-records',
      label: 'trust.deleted.nav',
      paths: ['/deleted-records'],
      order: 95,
      needs: 'audit.read',
    },
  ],
  routes: (
    <>
      <Route path="sign-in" element={<SignInPage />} />
      <Route path="deleted-records" element={lazyPage(<DeletedRecordsPage />)} />
    </>
  ),
  messages: { en, fr, ru },
};
