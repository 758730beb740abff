import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/** Runs a load when its inputs change; a later load wins over an earlier one that finishes after it. */
export function useLoad<T>(load: () => Promise<T>, inputs: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error, loading: false }),
    );
    return () => {
      current = false;
    };
  }, inputs);
  return state;
}

/** Both loads, as one: the error of the first that failed, the data when both are there. */
export function both<A, B>(a: Loaded<A>, b: Loaded<B>): Loaded<[A, B]> {
  if (a.error !== undefined) return { error: a.error, loading: false };
  if (b.error !== undefined) return { error: b.error, loading: false };
  if (a.data === undefined || b.data === undefined) return { loading: true };
  return { data: [a.data, b.data], loading: false };
}
