import { Route } from 'react-router';
import type { WebFeature } from '../core/feature.js';
import { SignInPage } from './SignInPage.js';

/** Signing in (password or single sign-on); the account menu lives in the header. */
export const trustFeature: WebFeature = {
  key: 'trust',
  nav: [],
  routes: <Route path="sign-in" element={<SignInPage />} />,
};
