import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Fragment, lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client.js';
import { AppLayout } from './components/AppLayout.js';
import { Loading } from './components/common.js';
import { FEATURES } from './features/index.js';
import { ConflictsPage } from './pages/ConflictsPage.js';
import { HomePage } from './pages/HomePage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { OrganizationPage } from './pages/organization/OrganizationPage.js';
import { PartnersPage } from './pages/PartnersPage.js';
import { PeoplePage } from './pages/PeoplePage.js';
import { PersonPage } from './pages/PersonPage.js';
import { PostPage } from './pages/PostPage.js';
import { PostsPage } from './pages/PostsPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { cssVariablesResolver, theme } from './theme.js';

const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage.js'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again; a network failure or a 5xx may.
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<HomePage />} />
              <Route path="partners" element={<PartnersPage />} />
              <Route path="partners/:id" element={<OrganizationPage />} />
              <Route path="organizations/:id" element={<OrganizationPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="people/:id" element={<PersonPage />} />
              <Route path="posts" element={<PostsPage />} />
              <Route path="posts/:id" element={<PostPage />} />
              <Route path="conflicts" element={<ConflictsPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="sign-in" element={<SignInPage />} />
              <Route
                path="dashboards"
                element={
                  <Suspense fallback={<Loading />}>
                    <DashboardPage />
                  </Suspense>
                }
              />
              {FEATURES.map((f) => (
                <Fragment key={f.key}>{f.routes}</Fragment>
              ))}
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
