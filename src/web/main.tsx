// Entry of the web app. The entry bundle holds only the landing, entry and village pages;
// every other page, public or staff, is loaded on demand (see App.tsx), so a resident's
// phone downloads just what it opens and never the staff pages. Likewise the entry holds only
// the `public` messages; each lazy chunk brings its own (see i18n.tsx).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App.tsx';
import { applyLang, ensureMessages, I18nProvider, storedLang } from './i18n.tsx';

const lang = storedLang();
applyLang(lang);
void ensureMessages(lang).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={lang}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
