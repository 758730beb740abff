// The ministry reviewer's queue: agreements awaiting a ministry decision (verification, the conclusion of the discussion of
// the text, the Minister's approval), taken or returned with a reference.
import { useState } from 'preact/hooks';
import { ifMatch, versioned } from '@jembatan/client';
import { Panel } from '../components';
import { agreements, ProblemError } from '../lib/api';
import { useSession } from '../lib/context';
import { formatDate, label } from '../lib/i18n';
import { useLoad } from '../lib/load';
import { paging } from '../lib/paging';

type MinistryAction = 'VERIFY' | 'CONCLUDE_NEGOTIATION' | 'CENTRAL_APPROVE' | 'CENTRAL_REJECT';

/** The ministry's step forward from each state of the queue. */
const STEP: Record<string, MinistryAction> = { CENTRAL_REVIEW: 'VERIFY', NEGOTIATION: 'CONCLUDE_NEGOTIATION', MINISTER_REVIEW: 'CENTRAL_APPROVE' };

export function Review() {
  const { t, lang } = useSession();
  const [reload, setReload] = useState(0);
  const queue = useLoad(() => agreements.searchAgreements({ query: { state: 'CENTRAL_REVIEW,NEGOTIATION,MINISTER_REVIEW', sort: 'updatedAt', ...paging(0, 50) } }).then((r) => r.data), [reload]);
  const [references, setReferences] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const decide = async (id: string, action: MinistryAction) => {
    setMessage(undefined);
    try {
      const read = versioned(await agreements.getAgreement({ path: { id } }));
      await agreements.transitionAgreement({ path: { id }, headers: ifMatch(read), body: { action, reference: references[id] || undefined } });
      setMessage({ ok: true, text: `${read.data.reference}: ${label(lang, action)} ✓` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ProblemError && error.status === 412 ? t.conflict : error instanceof ProblemError ? error.message : String(error) });
    }
    setReload((n) => n + 1);
  };

  return (
    <>
      <h1>{t.reviewTitle}</h1>
      {message && <p class={message.ok ? 'success' : 'notice'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <Panel title={t.results(queue.data?.totalItems ?? 0)} id="queue" service="agreements-service" state={queue} wide>
        {(page) => (page.items ?? []).length === 0 ? <p>{t.queueEmpty}</p> : (
          <ul class="queue">
            {(page.items ?? []).map((a) => (
              <li key={a.id}>
                <a href={`#/agreements/${a.id}`}>{a.title}</a> <small class="muted">{a.reference} · {a.regionName} – {a.foreignParty} · {formatDate(lang, a.signedOn)}</small>
                <div class="actions wrap">
                  <label for={`ref-${a.id}`} class="visually-hidden">{t.decisionReference}</label>
                  <input id={`ref-${a.id}`} placeholder={t.decisionReference} value={references[a.id ?? ''] ?? ''}
                    onInput={(e) => setReferences({ ...references, [a.id ?? '']: e.currentTarget.value })} />
                  <button type="button" onClick={() => decide(a.id ?? '', STEP[a.state ?? ''] ?? 'CENTRAL_APPROVE')}>{label(lang, STEP[a.state ?? ''] ?? 'CENTRAL_APPROVE')}</button>
                  <button type="button" class="secondary" onClick={() => decide(a.id ?? '', 'CENTRAL_REJECT')}>{label(lang, 'CENTRAL_REJECT')}</button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
