import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { setApiLanguage, whenSessionRefused } from './lib/api';
import { completeSignIn, currentSession, forgetSession, sessionExpired, signIn, signOut, type Session } from './lib/auth';
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

const AUTO_SIGN_IN_KEY = 'jembatan.autoSignIn';

/**
 * An ended session (expired, or refused by a service) sends the person to sign in again and back to this page; with
 * Keycloak's own session still alive that is a round trip without a form. Not twice within a minute: a token that is
 * refused right after sign-in is a configuration problem, said on the page instead of a redirect loop.
 */
function signInAgain(lang: Lang, unreachable: () => void): boolean {
  const last = Number(sessionStorage.getItem(AUTO_SIGN_IN_KEY) ?? 0);
  if (Date.now() - last < 60_000) return false;
  sessionStorage.setItem(AUTO_SIGN_IN_KEY, String(Date.now()));
  signIn(location.hash || '#/', lang).catch(unreachable);
  return true;
}

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, setRoute] = useState<Route>(parseHash);
  const [session, setSession] = useState<Session | undefined>(currentSession);
  const [signInProblem, setSignInProblem] = useState<'failed' | 'refused' | 'unreachable' | undefined>();
  const token = session?.accessToken;
  const langNow = useRef(lang);  // for the handlers registered once
  langNow.current = lang;

  const endSession = () => {
    forgetSession();
    setSession(undefined);
    if (!signInAgain(langNow.current, () => setSignInProblem('unreachable'))) setSignInProblem('refused');
  };

  setApiLanguage(lang);
  useEffect(() => rememberLang(lang), [lang]);
  useEffect(() => {
    whenSessionRefused(endSession);
    completeSignIn()
      .then((completed) => {
        if (completed) {
          setSession(completed);
          setRoute(parseHash());
        } else if (sessionExpired()) {
          endSession();
        }
      })
      .catch(() => setSignInProblem('failed'));
  }, []);
  useEffect(() => {  // the session ends on time, also while the page stays open
    if (!session) return;
    const timer = window.setTimeout(endSession, Math.max(0, (session.expiresAt - 15) * 1000 - Date.now()));
    return () => window.clearTimeout(timer);
  }, [session]);
  const startSignIn = () => {
    setSignInProblem(undefined);
    signIn(location.hash || '#/', lang).catch(() => setSignInProblem('unreachable'));
  };
  useEffect(() => {
    const onHash = () => {
      setRoute(parseHash());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const t = messages[lang];
  const sessionContext = useMemo(() => ({ lang, t, signedIn: token !== undefined }), [lang, t, token]);
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
    <SessionContext.Provider value={sessionContext}>
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
          {session && <span class="who" data-testid="signed-in-as">{session.name ? `${t.signedInAs}: ${session.name}` : t.signedInAs}</span>}
          {session
            ? <button type="button" class="secondary" onClick={() => { setSession(undefined); void signOut(); }}>{t.signOut}</button>
            : <button type="button" class="secondary" onClick={startSignIn}>{t.signIn}</button>}
        </div>
      </header>
      {signInProblem && !session && (
        <p class="signin" role="alert">
          {signInProblem === 'failed' ? t.signInFailed : signInProblem === 'refused' ? t.sessionRefused : t.signInUnreachable}{' '}
          <button type="button" onClick={startSignIn}>{t.signIn}</button>
        </p>
      )}
      <main id="main" tabIndex={-1}>{page}</main>
      <footer><p>{t.footer}</p></footer>
    </SessionContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
