import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { TabConfigRoot } from './pages/config/TabConfigRoot';
import { initI18n } from './i18n/i18n';
import { pickLocale } from './i18n/pickLocale';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The browser's language until Teams or the person's profile says otherwise.
void initI18n(pickLocale({ browser: navigator.language })).then(() =>
  createRoot(root).render(
    <StrictMode>{window.location.pathname === '/config' ? <TabConfigRoot /> : <App />}</StrictMode>,
  ),
);
