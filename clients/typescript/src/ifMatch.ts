/**
 * Optimistic concurrency: a write to a versioned resource sends `If-Match` with the ETag of the read it is
 * based on (a missing one is a 428, an outdated one a 412).
 */
export interface Versioned<T> {
  data: T;
  /** The ETag header as sent, quotes included (e.g. `"3"`) */
  etag: string;
}

/** The ETag of a response; throws when the service sent none, since a write based on it would be refused. */
export function etagOf(response: Response): string {
  const etag = response.headers.get('ETag');
  if (etag === null || etag === '') {
    throw new Error(`No ETag in the response of ${response.url || 'the request'}`);
  }
  return etag;
}

/** Keeps an SDK call's data together with its ETag: `versioned(await getAgreement({ path: { id } }))`. */
export function versioned<T>(result: { data: T; response: Response }): Versioned<T> {
  return { data: result.data, etag: etagOf(result.response) };
}

/** The header set for a write based on `read`: `transitionAgreement({ ..., headers: ifMatch(read) })`. */
export function ifMatch(read: Versioned<unknown> | string): { 'If-Match': string } {
  const etag = typeof read === 'string' ? read : read.etag;
  if (etag === '') {
    throw new Error('An empty ETag cannot be used for If-Match');
  }
  return { 'If-Match': /^(W\/)?".*"$/.test(etag) ? etag : `"${etag}"` };
}
