import '@mantine/core/styles.css';
import './styles.css';
// Before any module that builds a schema (imports run in order).
import './core/zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { setupI18n } from './core/i18n/i18n.js';
import { organizationIdOf, preloadOrganizationPage } from './registry/organization/preload.js';

// A partner page opened by its address: its data and its chart's code load while the app starts.
const organizationId = organizationIdOf(location.pathname);
if (organizationId) preloadOrganizationPage(organizationId);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void setupI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
