// The services, reached only through the TypeScript SDK, over the same-origin routes of server/serve.mjs.
import { agreements, assessment, configureClient, directory, ProblemError } from '@jembatan/client';
import { currentSession } from './auth';
import type { Lang } from './i18n';

/** The access token of the signed-in session (lib/auth.ts), as long as it has not expired. */
export function currentToken(): string | undefined {
  return currentSession()?.accessToken;
}

let onSessionRefused: () => void = () => {};
/** Called when a service refuses the session's token (401): it has expired or been revoked. */
export function whenSessionRefused(handler: () => void): void {
  onSessionRefused = handler;
}

/** The SDK's fetch: a 401 to a request that carried the session's token ends the session. */
const watchedFetch: typeof fetch = async (input, init) => {
  const answer = await fetch(input, init);
  if (answer.status === 401 && input instanceof Request && input.headers.has('Authorization')) onSessionRefused();
  return answer;
};

let language: Lang = 'en';
export function setApiLanguage(lang: Lang): void {
  language = lang;
}

const options = (baseUrl: string) => ({ baseUrl, token: currentToken, language: () => language, fetch: watchedFetch });
configureClient(directory.client, options('/api/directory'));
configureClient(agreements.client, options('/api/agreements'));
configureClient(assessment.client, options('/api/assessment'));

export { agreements, assessment, directory, ProblemError };

export type ServiceName = 'directory-service' | 'agreements-service' | 'assessment-service';

/** A service is down when it cannot be reached or the proxy answers for it (502, 503, 504). */
export function isServiceDown(error: unknown): boolean {
  return error instanceof ProblemError && (error.unreachable || error.status === 502 || error.status === 503 || error.status === 504);
}
