// What a signed-in person does with one agreement: the allowed lifecycle actions (If-Match from the read; a 412
// explained and the agreement read again), recording an activity, the history as a timeline, a what-if preview.
import { useState } from 'preact/hooks';
import { ifMatch, versioned, type Versioned } from '@jembatan/client';
import type { Agreement } from '@jembatan/client/agreements';
import type { AgreementDraft } from '@jembatan/client/assessment';
import { Badge, levelTone, Panel } from '../components';
import { agreements, assessment, ProblemError } from '../lib/api';
import { useSession } from '../lib/context';
import { toDraft } from '../lib/draft';
import { formatDate, label } from '../lib/i18n';
import { useLoad } from '../lib/load';
import { paging } from '../lib/paging';

const CLAUSE_KINDS = ['COST_BENEFIT_ANALYSIS', 'ENVIRONMENTAL_PROTECTION', 'FISCAL_PROVISIONS', 'TECHNOLOGY_TRANSFER',
  'LOCAL_WORKFORCE_TRAINING', 'DATA_PROTECTION_LOCALISATION', 'DISPUTE_RESOLUTION', 'TERMINATION_EXIT'];
const ACTIVITY_KINDS = ['VISIT', 'DELEGATION', 'TRAINING', 'STUDENT_EXCHANGE', 'TRADE_MISSION', 'INVESTMENT_REALISED', 'EXPORT',
  'CULTURAL_EVENT', 'MEETING', 'OTHER'] as const;
type Action = NonNullable<Agreement['allowedActions']>[number];

function problemText(error: unknown): string {
  if (!(error instanceof ProblemError)) return String(error);
  const members = [error.problem.missing, error.problem.missingCodes].flat().filter((m): m is string => typeof m === 'string');
  const fields = Object.entries(error.fieldErrors()).map(([field, message]) => `${field}: ${message}`);
  return [error.message, ...members, ...fields].join(' · ');
}

export function Manage({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { t, lang } = useSession();
  const [reload, setReload] = useState(0);
  const read = useLoad(async () => versioned(await agreements.getAgreement({ path: { id } })), [id, reload]);
  const history = useLoad(() => agreements.getAgreementHistory({ path: { id }, query: paging(0, 50) }).then((r) => r.data), [id, reload]);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string }>();
  const [pending, setPending] = useState<Action>();
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const refresh = () => { setReload((n) => n + 1); onChanged(); };

  const transition = async (current: Versioned<Agreement>, action: Action) => {
    setMessage(undefined);
    try {
      await agreements.transitionAgreement({ path: { id }, headers: ifMatch(current),
        body: { action, reference: reference || undefined, note: note || undefined } });
      setMessage({ tone: 'ok', text: `${label(lang, action)} ✓` });
      setPending(undefined); setReference(''); setNote('');
    } catch (error) {
      setMessage({ tone: 'bad', text: error instanceof ProblemError && error.status === 412 ? t.conflict : problemText(error) });
    }
    refresh();
  };

  return (
    <>
      <Panel title={t.lifecycle} id="lifecycle" service="agreements-service" state={read}>
        {(current) => (
          <>
            <p>{t.state}: <Badge tone="info">{label(lang, current.data.state)}</Badge> · {t.version} {current.data.version}</p>
            {(current.data.allowedActions ?? []).length === 0 ? <p>{t.noActions}</p> : (
              <div class="actions wrap" role="group" aria-label={t.lifecycle}>
                {(current.data.allowedActions ?? []).map((action) => (
                  <button key={action} type="button" class={pending === action ? '' : 'secondary'} aria-pressed={pending === action}
                    onClick={() => setPending(pending === action ? undefined : action)}>{label(lang, action)}</button>
                ))}
              </div>
            )}
            {pending && (
              <form class="stack" onSubmit={(e) => { e.preventDefault(); void transition(current, pending); }}>
                <label for="t-ref">{t.evidenceReference}</label>
                <input id="t-ref" value={reference} maxLength={200} onInput={(e) => setReference(e.currentTarget.value)} />
                <label for="t-note">{t.note}</label>
                <textarea id="t-note" rows={2} value={note} maxLength={2000} onInput={(e) => setNote(e.currentTarget.value)} />
                <div><button type="submit">{t.confirm}: {label(lang, pending)}</button></div>
              </form>
            )}
            {message && <p class={message.tone === 'ok' ? 'success' : 'notice'} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</p>}
          </>
        )}
      </Panel>

      <ActivityForm id={id} onRecorded={refresh} />

      <Panel title={t.history} id="history" service="agreements-service" state={history}>
        {(page) => (
          <ol class="timeline" data-testid="history">
            {(page.items ?? []).map((entry) => (
              <li key={entry.id}><time dateTime={entry.at}>{formatDate(lang, entry.at)}</time> · <strong>{entry.action}</strong> · {entry.actor}</li>
            ))}
          </ol>
        )}
      </Panel>

      <Panel title={t.whatIf} id="what-if" service="assessment-service" state={read} wide>
        {(current) => <WhatIf key={current.etag} agreement={current.data} />}
      </Panel>
    </>
  );
}

function ActivityForm({ id, onRecorded }: { id: string; onRecorded: () => void }) {
  const { t, lang } = useSession();
  const [kind, setKind] = useState<(typeof ACTIVITY_KINDS)[number]>('MEETING');
  const [occurredOn, setOccurredOn] = useState(new Date().toISOString().slice(0, 10));
  const [description, setDescription] = useState('');
  const [peopleTrained, setPeopleTrained] = useState('0');
  const [result, setResult] = useState<{ ok: boolean; text: string; fields?: Record<string, string> }>();
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await agreements.recordActivity({ path: { id }, body: { kind, occurredOn, description: description || undefined, peopleTrained: Number(peopleTrained) || 0 } });
      setResult({ ok: true, text: t.recorded });
      setDescription('');
      onRecorded();
    } catch (error) {
      setResult({ ok: false, text: problemText(error), fields: error instanceof ProblemError ? error.fieldErrors() : undefined });
    }
  };
  const fieldError = (name: string) => result?.fields?.[name] && <span class="field-error" id={`a-${name}-error`}>{result.fields[name]}</span>;
  return (
    <section class="panel" aria-labelledby="record-title">
      <h2 id="record-title">{t.recordActivity}</h2>
      <form class="stack" onSubmit={submit}>
        <label for="a-kind">{t.activityKind}</label>
        <select id="a-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)}>
          {ACTIVITY_KINDS.map((k) => <option key={k} value={k}>{label(lang, k)}</option>)}
        </select>
        <label for="a-occurredOn">{t.occurredOn}</label>
        <input id="a-occurredOn" type="date" required value={occurredOn} onInput={(e) => setOccurredOn(e.currentTarget.value)} />
        {fieldError('occurredOn')}
        <label for="a-description">{t.description}</label>
        <textarea id="a-description" rows={2} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        <label for="a-peopleTrained">{t.peopleTrained}</label>
        <input id="a-peopleTrained" type="number" min={0} value={peopleTrained} onInput={(e) => setPeopleTrained(e.currentTarget.value)} />
        {fieldError('peopleTrained')}
        <div><button type="submit">{t.record}</button></div>
        {result && <p class={result.ok ? 'success' : 'notice'} role={result.ok ? 'status' : 'alert'}>{result.text}</p>}
      </form>
    </section>
  );
}

type DraftClauses = NonNullable<AgreementDraft['clauses']>;

/**
 * The clauses as the what-if sets them: a ticked clause is present; an unticked one stays as the agreement has it
 * when it is absent there (with its reason) or not filled in, and is absent, with a note saying so, when the
 * agreement has it present (an absent clause always needs its reason).
 */
function whatIfClauses(base: AgreementDraft['clauses'], ticked: Record<string, boolean>): DraftClauses {
  const clauses: Record<string, DraftClauses[keyof DraftClauses]> = {};
  for (const kind of CLAUSE_KINDS) {
    const current = (base as Record<string, DraftClauses[keyof DraftClauses]> | undefined)?.[kind];
    if (ticked[kind]) clauses[kind] = { ...(current ?? {}), present: true };
    else if (current?.present) clauses[kind] = { present: false, note: 'Left out in a what-if preview' };
    else if (current) clauses[kind] = current;
  }
  return clauses as DraftClauses;
}

/** Change clauses or the benefit figures of a draft and see the scores move, before anything is saved. */
function WhatIf({ agreement }: { agreement: Agreement }) {
  const { t, lang } = useSession();
  const base = toDraft(agreement);
  const [clauses, setClauses] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(CLAUSE_KINDS.map((k) => [k, (agreement.clauses as Record<string, { present?: boolean }> | undefined)?.[k]?.present === true])));
  const [benefitScale, setBenefitScale] = useState('100');
  const [result, setResult] = useState<{ risk?: number; level?: string; dimensions: { dimension?: string; score?: number }[] }>();
  const [error, setError] = useState<string>();

  const draft = (): AgreementDraft => {
    const scale = Math.max(0, Number(benefitScale) || 0) / 100;
    return {
      ...base,
      clauses: whatIfClauses(base.clauses, clauses),
      costBenefit: base.costBenefit && {
        ...base.costBenefit,
        benefits: (base.costBenefit.benefits ?? []).map((b) => ({ ...b, amount: Math.round((b.amount ?? 0) * scale * 100) / 100 })),
      },
    };
  };
  const run = async () => {
    setError(undefined);
    try {
      const { data } = await assessment.previewAssessment({ body: draft() });
      setResult({ risk: data.result?.overallRisk, level: data.result?.overallLevel, dimensions: data.result?.dimensions ?? [] });
    } catch (e) {
      setError(problemText(e));
    }
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void run(); }}>
      <p class="muted">{t.whatIfHelp}</p>
      <fieldset class="clauses-edit">
        <legend>{t.clauses}</legend>
        {CLAUSE_KINDS.map((k) => (
          <label key={k} class="check"><input type="checkbox" checked={clauses[k] === true}
            onChange={(e) => setClauses({ ...clauses, [k]: e.currentTarget.checked })} /> {label(lang, k)}</label>
        ))}
      </fieldset>
      {agreement.costBenefit && (
        <p class="field">
          <label for="w-benefits">{t.benefitScale}</label>
          <input id="w-benefits" type="number" min={0} max={1000} step={5} value={benefitScale} onInput={(e) => setBenefitScale(e.currentTarget.value)} />
        </p>
      )}
      <button type="submit">{t.preview}</button>
      {error && <p class="notice" role="alert">{error}</p>}
      {result && (
        <div role="status" data-testid="preview">
          <p>{t.overallRisk}: <Badge tone={levelTone(result.level)}>{result.risk} · {label(lang, result.level)}</Badge></p>
          <ul class="scores">{result.dimensions.map((d) => <li key={d.dimension}>{label(lang, d.dimension)}: <strong>{d.score}</strong></li>)}</ul>
        </div>
      )}
    </form>
  );
}
