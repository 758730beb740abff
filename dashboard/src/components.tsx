import type { ComponentChildren } from 'preact';
import { isServiceDown, ProblemError, type ServiceName } from './lib/api';
import { useSession } from './lib/context';
import type { Loaded } from './lib/load';

/** A section of a page whose content depends on one service: a service that is down affects this panel only. */
export function Panel<T>({ title, id, service, state, children, wide }: {
  title: string;
  id: string;
  service: ServiceName;
  state: Loaded<T>;
  children: (data: T) => ComponentChildren;
  wide?: boolean;
}) {
  const { t } = useSession();
  let body: ComponentChildren;
  if (state.error !== undefined) {
    body = isServiceDown(state.error)
      ? <p class="notice" role="status" data-service-down={service}>{t.unavailable(service)}</p>
      : <p class="notice" role="status">{t.failed}: {state.error instanceof ProblemError ? state.error.message : String(state.error)}</p>;
  } else if (state.data === undefined) {
    body = <p aria-busy="true">{t.loading}</p>;
  } else {
    body = children(state.data);
  }
  return (
    <section class={wide ? 'panel wide' : 'panel'} aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {body}
    </section>
  );
}

export function Badge({ tone, children }: { tone: 'ok' | 'warn' | 'bad' | 'info'; children: ComponentChildren }) {
  return <span class={`badge ${tone}`}>{children}</span>;
}

export const levelTone = (level: string | undefined): 'ok' | 'warn' | 'bad' | 'info' =>
  level === 'LOW' || level === 'UNCONCENTRATED' ? 'ok'
    : level === 'MODERATE' || level === 'MODERATELY_CONCENTRATED' ? 'warn'
      : level === 'HIGH' || level === 'CRITICAL' || level === 'HIGHLY_CONCENTRATED' ? 'bad' : 'info';
