import { toProblemError } from './problem.js';

/** Returns the bearer token to send, or undefined for an anonymous call (public operations). */
export type TokenSupplier = () => string | undefined | Promise<string | undefined>;

export interface ClientOptions {
  /** The service's base URL, e.g. http://localhost:8082 or /api/agreements behind a reverse proxy */
  baseUrl: string;
  /** Called before each operation that the contract marks as secured */
  token?: TokenSupplier;
  /** Sent as Accept-Language so problem details come in that language (`en`, `id`) */
  language?: () => string | undefined;
  fetch?: typeof fetch;
}

/** What configureClient needs of a generated client: the part of @hey-api's client it configures. */
export interface ConfigurableClient {
  setConfig(config: {
    baseUrl?: string;
    auth?: () => Promise<string | undefined>;
    throwOnError?: boolean;
    fetch?: typeof fetch;
  }): unknown;
  interceptors: {
    request: { use(fn: (request: Request) => Request | Promise<Request>): unknown };
    error: { use(fn: (error: unknown, response: Response) => unknown): unknown };
  };
}

/**
 * Configures one generated client: base URL, bearer token for secured operations, Accept-Language, and errors
 * thrown as {@link ProblemError} (calls resolve with `{ data, response }` on success).
 */
export function configureClient(client: ConfigurableClient, options: ClientOptions): void {
  const tokenSupplier = options.token;
  client.setConfig({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    throwOnError: true,
    ...(tokenSupplier ? { auth: async () => (await tokenSupplier()) ?? undefined } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const language = options.language;
  if (language) {
    client.interceptors.request.use((request) => {
      const tag = language();
      if (tag && !request.headers.has('Accept-Language')) {
        request.headers.set('Accept-Language', tag);
      }
      return request;
    });
  }
  client.interceptors.error.use((error, response) => toProblemError(error, response));
}
