// Entry of the web app. Only the public pages live in this bundle; staff pages are
// loaded on demand (see App.tsx), so a resident's phone never downloads them.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { App } from './App.tsx';
import { applyLang, I18nProvider, loadMessages, storedLang } from './i18n.tsx';

const lang = storedLang();
applyLang(lang);
void loadMessages(lang).then((messages) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider initial={lang} messages={messages}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
});
