import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { queryClient } from './api/queryClient';
import { initI18n } from './i18n/i18n';
import { pickLocale } from './i18n/pickLocale';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** The channel tab's configuration page is opened by a team owner once: it downloads only then. */
async function screen(): Promise<ReactElement> {
  if (window.location.pathname !== '/config') return <App />;
  const { TabConfigRoot } = await import('./pages/config/TabConfigRoot');
  return <TabConfigRoot />;
}

// The browser's language until Teams or the person's profile says otherwise.
void Promise.all([screen(), initI18n(pickLocale({ browser: navigator.language }))]).then(([element]) =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
    </StrictMode>,
  ),
);
