// Sign-in with OpenID Connect against Keycloak: the authorization code flow with PKCE (S256) of a public client,
// hand-written (RFC 6749, RFC 7636, OpenID Connect Core and RP-Initiated Logout). The access token is kept in
// sessionStorage for this tab only and handed to the SDK (lib/api.ts); when it has expired, or a service answers 401
// to it, the person signs in again and comes back to the page they were on.

/** Where Keycloak is: served by server/serve.mjs from its environment (OIDC_ISSUER), else the local realm. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
}

const DEFAULT_SETTINGS: OidcSettings = { issuer: 'http://localhost:8180/realms/jembatan', clientId: 'jembatan-dashboard' };
const SESSION_KEY = 'jembatan.session';
const PENDING_KEY = 'jembatan.signin';
/** A token this close to its expiry counts as expired: a request sent with it could arrive too late. */
const SKEW_SECONDS = 15;

export interface Session {
  accessToken: string;
  idToken?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
  name?: string;
}

interface Pending {
  state: string;
  verifier: string;
  returnTo: string;
  redirectUri: string;
}

interface Endpoints {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

function read<T>(key: string): T | undefined {
  try {
    const text = sessionStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* storage disabled: sign-in lasts for this page only */
  }
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The PKCE S256 challenge of a verifier: BASE64URL(SHA-256(verifier)). */
export async function challengeOf(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** The claims of a JWT, read without verifying it (the services verify it; the page only needs exp and a name). */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(base64), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function isExpired(session: Session, nowSeconds = Date.now() / 1000): boolean {
  return session.expiresAt - SKEW_SECONDS <= nowSeconds;
}

async function settings(): Promise<OidcSettings> {
  try {
    const answer = await fetch('/oidc.json', { headers: { Accept: 'application/json' } });
    if (answer.ok) return { ...DEFAULT_SETTINGS, ...((await answer.json()) as Partial<OidcSettings>) };
  } catch {
    /* the Vite dev server has no /oidc.json: the local realm */
  }
  return DEFAULT_SETTINGS;
}

async function endpoints(issuer: string): Promise<Endpoints> {
  const answer = await fetch(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
  if (!answer.ok) throw new Error(`The identity provider answered ${answer.status}`);
  return (await answer.json()) as Endpoints;
}

/** The signed-in session, or undefined when there is none or it has expired. */
export function currentSession(): Session | undefined {
  const session = read<Session>(SESSION_KEY);
  return session && !isExpired(session) ? session : undefined;
}

/** True when a session was there and has run out (as opposed to never signed in). */
export function sessionExpired(): boolean {
  const session = read<Session>(SESSION_KEY);
  return session !== undefined && isExpired(session);
}

export function forgetSession(): void {
  write(SESSION_KEY, undefined);
}

/** Leaves for Keycloak's login page; comes back to returnTo (a hash route such as #/agreements/...). */
export async function signIn(returnTo: string, language: string): Promise<void> {
  const { issuer, clientId } = await settings();
  const { authorization_endpoint } = await endpoints(issuer);
  const pending: Pending = { state: randomString(16), verifier: randomString(48), returnTo, redirectUri: `${location.origin}/` };
  write(PENDING_KEY, pending);
  const url = new URL(authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: pending.redirectUri,
    scope: 'openid',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    ui_locales: language,
  }).toString();
  location.assign(url.toString());
}

/**
 * Completes a sign-in when Keycloak has sent the browser back with a code: exchanges it (with the PKCE verifier) for
 * tokens, stores the session and puts the page back where the person was. Returns undefined when the URL carries
 * no answer from Keycloak; throws when the answer is an error or does not belong to a sign-in of this tab.
 */
export async function completeSignIn(): Promise<Session | undefined> {
  const query = new URLSearchParams(location.search);
  const code = query.get('code');
  const error = query.get('error');
  if (!code && !error) return undefined;
  const pending = read<Pending>(PENDING_KEY);
  write(PENDING_KEY, undefined);
  const returnTo = pending?.returnTo || '#/';
  history.replaceState(null, '', `${location.pathname}${returnTo}`);
  if (error) throw new Error(query.get('error_description') ?? error);
  if (!pending || query.get('state') !== pending.state) throw new Error('The sign-in answer does not match a sign-in started here');
  const { issuer, clientId } = await settings();
  // RFC 9207: the answer names who sent it; a code from another issuer is not exchanged here.
  const from = query.get('iss');
  if (from !== null && from.replace(/\/+$/, '') !== issuer.replace(/\/+$/, '')) throw new Error('The sign-in answer comes from another issuer');
  const { token_endpoint } = await endpoints(issuer);
  const answer = await fetch(token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: code ?? '',
      redirect_uri: pending.redirectUri,
      client_id: clientId,
      code_verifier: pending.verifier,
    }),
  });
  const tokens = (await answer.json()) as { access_token?: string; id_token?: string; expires_in?: number; error_description?: string };
  if (!answer.ok || !tokens.access_token) throw new Error(tokens.error_description ?? `The identity provider answered ${answer.status}`);
  const claims = claimsOf(tokens.access_token);
  const exp = typeof claims.exp === 'number' ? claims.exp : Date.now() / 1000 + (tokens.expires_in ?? 300);
  const name = typeof claims.name === 'string' ? claims.name : typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
  const session: Session = { accessToken: tokens.access_token, idToken: tokens.id_token, expiresAt: exp, name };
  write(SESSION_KEY, session);
  return session;
}

/** Forgets the session here and ends it at Keycloak too, which sends the browser back to the overview. */
export async function signOut(): Promise<void> {
  const idToken = read<Session>(SESSION_KEY)?.idToken;
  forgetSession();
  try {
    const { issuer, clientId } = await settings();
    const { end_session_endpoint } = await endpoints(issuer);
    if (!end_session_endpoint) return;
    const url = new URL(end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: clientId,
      post_logout_redirect_uri: `${location.origin}/`,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).toString();
    location.assign(url.toString());
  } catch {
    /* Keycloak unreachable: signed out of this tab, which is what the person can see */
  }
}
