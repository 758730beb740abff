// The services, reached only through the TypeScript SDK, over the same-origin routes of server/serve.mjs.
import { agreements, assessment, configureClient, directory, ProblemError } from '@jembatan/client';
import type { Lang } from './i18n';

const TOKEN_KEY = 'jembatan.token';

export function currentToken(): string | undefined {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeToken(token: string | undefined): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    /* storage disabled: the session lasts for this page only */
  }
}

let language: Lang = 'en';
export function setApiLanguage(lang: Lang): void {
  language = lang;
}

const options = (baseUrl: string) => ({ baseUrl, token: currentToken, language: () => language });
configureClient(directory.client, options('/api/directory'));
configureClient(agreements.client, options('/api/agreements'));
configureClient(assessment.client, options('/api/assessment'));

export { agreements, assessment, directory, ProblemError };

export type ServiceName = 'directory-service' | 'agreements-service' | 'assessment-service';

/** A service is down when it cannot be reached or the proxy answers for it (502, 503, 504). */
export function isServiceDown(error: unknown): boolean {
  return error instanceof ProblemError && (error.unreachable || error.status === 502 || error.status === 503 || error.status === 504);
}
