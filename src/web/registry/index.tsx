import { Route } from 'react-router';
import type { WebFeature } from '../core/feature.js';
import { ConflictsPage } from './ConflictsPage.js';
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import { NewOrganizationPage } from './NewOrganizationPage.js';
import { NewPersonPage } from './NewPersonPage.js';
import { OrganizationPage } from './organization/OrganizationPage.js';
import { PartnersPage } from './PartnersPage.js';
import { PeoplePage } from './PeoplePage.js';
import { PersonPage } from './PersonPage.js';
import { PostPage } from './PostPage.js';
import { PostsPage } from './PostsPage.js';
import ru from './ru.json' with { type: 'json' };

/** The registry over time: partners and organizations, people, posts, and conflicts between sources. */
export const registryFeature: WebFeature = {
  key: 'registry',
  nav: [
    { to: '/partners', label: 'nav.partners', paths: ['/partners', '/organizations'], order: 10 },
    { to: '/people', label: 'nav.people', paths: ['/people'], order: 20 },
    { to: '/posts', label: 'nav.posts', paths: ['/posts'], order: 30 },
    { to: '/conflicts', label: 'nav.conflicts', paths: ['/conflicts'], order: 80 },
  ],
  routes: (
    <>
      <Route path="partners" element={<PartnersPage />} />
      <Route path="partners/:id" element={<OrganizationPage />} />
      <Route path="organizations/new" element={<NewOrganizationPage />} />
      <Route path="organizations/:id" element={<OrganizationPage />} />
      <Route path="people" element={<PeoplePage />} />
      <Route path="people/new" element={<NewPersonPage />} />
      <Route path="people/:id" element={<PersonPage />} />
      <Route path="posts" element={<PostsPage />} />
      <Route path="posts/:id" element={<PostPage />} />
      <Route path="conflicts" element={<ConflictsPage />} />
    </>
  ),
  messages: { en, fr, ru },
};
