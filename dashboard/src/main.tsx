import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { currentToken, setApiLanguage, storeToken } from './lib/api';
import { SessionContext } from './lib/context';
import { initialLang, messages, rememberLang, type Lang } from './lib/i18n';
import { Agreement } from './views/Agreement';
import { Overview } from './views/Overview';
import { Region } from './views/Region';
import { Register } from './views/Register';
import { Registry } from './views/Registry';
import { Review } from './views/Review';
import './styles.css';

interface Route {
  path: string;
  params: URLSearchParams;
}

function parseHash(): Route {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?');
  return { path, params: new URLSearchParams(query) };
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, setRoute] = useState<Route>(parseHash);
  const [token, setToken] = useState<string | undefined>(currentToken);
  const [signingIn, setSigningIn] = useState(false);
  const [draftToken, setDraftToken] = useState('');

  setApiLanguage(lang);
  useEffect(() => rememberLang(lang), [lang]);
  useEffect(() => {
    const onHash = () => {
      setRoute(parseHash());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const t = messages[lang];
  const session = useMemo(() => ({ lang, t, signedIn: token !== undefined }), [lang, t, token]);
  const navigate = (hash: string) => { location.hash = hash; };
  const agreementId = /^\/agreements\/([0-9a-fA-F-]{36})$/.exec(route.path)?.[1];
  const regionCode = /^\/regions\/(\d{2}(?:\.\d{2})?)$/.exec(route.path)?.[1];

  let page;
  if (agreementId) page = <Agreement key={`${agreementId}-${lang}-${token ?? ''}`} id={agreementId} />;
  else if (regionCode) page = <Region key={`${regionCode}-${lang}`} code={regionCode} />;
  else if (route.path === '/registry') page = <Registry key={`${route.params.toString()}-${token ?? ''}`} params={route.params} navigate={navigate} />;
  else if (route.path === '/register' && token) page = <Register navigate={navigate} />;
  else if (route.path === '/review' && token) page = <Review key={token} />;
  else page = <Overview key={lang} />;

  useEffect(() => {
    document.title = `${agreementId ? t.agreementPage : regionCode ? t.portfolio : route.path === '/registry' ? t.registryTitle : route.path === '/register' ? t.registerTitle : route.path === '/review' ? t.reviewTitle : t.overviewTitle} · Jembatan`;
  }, [route, lang]);

  return (
    <SessionContext.Provider value={session}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{t.skip}</a>
      <header class="top">
        <div class="brand"><a href="#/">{t.appName}</a><span class="tagline">{t.tagline}</span></div>
        <nav aria-label={t.appName}>
          <a href="#/" aria-current={route.path === '/' ? 'page' : undefined}>{t.navOverview}</a>
          <a href="#/registry" aria-current={route.path === '/registry' ? 'page' : undefined}>{t.navRegistry}</a>
          {token && <a href="#/register" aria-current={route.path === '/register' ? 'page' : undefined}>{t.navRegister}</a>}
          {token && <a href="#/review" aria-current={route.path === '/review' ? 'page' : undefined}>{t.navReview}</a>}
        </nav>
        <div class="tools">
          <label for="lang" class="visually-hidden">{t.language}</label>
          <select id="lang" value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
            <option value="en">English</option>
            <option value="id">Bahasa Indonesia</option>
          </select>
          {token
            ? <button type="button" class="secondary" onClick={() => { storeToken(undefined); setToken(undefined); }}>{t.signOut}</button>
            : <button type="button" class="secondary" aria-expanded={signingIn} onClick={() => setSigningIn(!signingIn)}>{t.signIn}</button>}
        </div>
      </header>
      {signingIn && !token && (
        <form class="signin" onSubmit={(e) => { e.preventDefault(); const v = draftToken.trim(); if (v) { storeToken(v); setToken(v); setSigningIn(false); setDraftToken(''); } }}>
          <label for="token">{t.tokenLabel}</label>
          <textarea id="token" rows={2} value={draftToken} onInput={(e) => setDraftToken(e.currentTarget.value)} aria-describedby="token-help" />
          <p id="token-help" class="muted">{t.tokenHelp}</p>
          <button type="submit">{t.save}</button> <button type="button" class="secondary" onClick={() => setSigningIn(false)}>{t.cancel}</button>
        </form>
      )}
      <main id="main" tabIndex={-1}>{page}</main>
      <footer><p>{t.footer}</p></footer>
    </SessionContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
