import { useState } from 'preact/hooks';
import { Badge, levelTone, Panel } from '../components';
import { agreements, assessment, ProblemError } from '../lib/api';
import { Chart, type ChartOption } from '../lib/chart';
import { useSession } from '../lib/context';
import { formatDate, formatMoney, formatNumber, formatPercent, label, type Lang } from '../lib/i18n';
import { useLoad, type Loaded } from '../lib/load';
import { countryName, loadCountries } from '../lib/reference';
import { Manage } from './Manage';

const CLAUSE_KINDS = ['COST_BENEFIT_ANALYSIS', 'ENVIRONMENTAL_PROTECTION', 'FISCAL_PROVISIONS', 'TECHNOLOGY_TRANSFER',
  'LOCAL_WORKFORCE_TRAINING', 'DATA_PROTECTION_LOCALISATION', 'DISPUTE_RESOLUTION', 'TERMINATION_EXIT'];
const LEVEL_COLOURS: Record<string, string> = { LOW: '#1b6e3a', MODERATE: '#8a6d00', HIGH: '#b3461e', CRITICAL: '#8c1d18' };
const STRESS_SCENARIOS = ['costOverrun', 'benefitShortfall', 'combinedStress'] as const;

import type { PublicAgreement } from '@jembatan/client/agreements';
import type { Assessment, PublicAssessment } from '@jembatan/client/assessment';
import { paging } from '../lib/paging';
type Metrics = Record<string, unknown>;

/** The implementation log: signed out, the public one (a public agreement's only, without who recorded each entry). */
async function activitiesOf(id: string, signedIn: boolean) {
  const query = paging(0, 50);
  return signedIn
    ? (await agreements.listActivities({ path: { id }, query })).data
    : (await agreements.listPublicActivities({ path: { id }, query })).data;
}

/** Signed out: the public view of the latest assessment (no metrics; partner concentration left out), or none. */
async function latestPublicAssessment(agreementId: string): Promise<PublicAssessment | null> {
  try {
    return (await assessment.getPublicAssessment({ path: { agreementId } })).data;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

async function latestAssessment(agreementId: string): Promise<Assessment | null> {
  const { data } = await assessment.listAssessments({ query: { agreementId, ...paging(0, 50) } });
  // null, not undefined: a panel whose data is undefined is still loading
  return (data.items ?? []).reduce<Assessment | null>((latest, a) => (!latest || (a.createdAt ?? '') > (latest.createdAt ?? '') ? a : latest), null);
}

export function Agreement({ id }: { id: string }) {
  const { t, lang, signedIn } = useSession();
  const [changed, setChanged] = useState(0);
  const agreement = useLoad(() => agreements.getPublicAgreement({ path: { id } }).then((r) => r.data), [id, changed]);
  const countries = useLoad(loadCountries, []);
  const activities = useLoad(() => activitiesOf(id, signedIn), [id, signedIn, changed]);
  const [assessed, setAssessed] = useState(0);
  const latest = useLoad<Assessment | PublicAssessment | null>(() => (signedIn ? latestAssessment(id) : latestPublicAssessment(id)), [id, signedIn, assessed]);
  const [assessError, setAssessError] = useState<string>();

  const runAssessment = async () => {
    setAssessError(undefined);
    try {
      await assessment.assessAgreement({ body: { agreementId: id } });
      setAssessed((n) => n + 1);
    } catch (error) {
      setAssessError(error instanceof ProblemError ? error.message : String(error));
    }
  };

  if (agreement.error instanceof ProblemError && agreement.error.status === 404) {
    return (
      <>
        <h1>{t.notFound}</h1><p><a href="#/registry">{t.back}</a></p>
        {signedIn && <div class="grid"><Manage id={id} onChanged={() => setChanged((n) => n + 1)} /></div>}
      </>
    );
  }
  const a = agreement.data;
  const metrics = latest.data
    ? latest.data.result?.dimensions?.find((d) => d.dimension === 'COST_BENEFIT')?.metrics as Metrics | undefined
    : undefined;

  return (
    <>
      <p><a href="#/registry">{t.back}</a></p>
      <h1>{a?.title ?? t.loading}</h1>
      {a && <p class="muted">{a.reference} · <Badge tone="info">{label(lang, a.state)}</Badge></p>}
      {a?.summary && <p class="lead">{a.summary}</p>}
      <div class="grid">
        <Panel title={t.parties} id="parties" service="agreements-service" state={agreement}>
          {(x) => (
            <dl class="facts">
              <dt>{t.indonesianParty}</dt><dd><a href={`#/regions/${x.indonesianParty?.code ?? ''}`}>{x.indonesianParty?.name}</a> ({x.indonesianParty?.code})</dd>
              <dt>{t.foreignParty}</dt><dd>{x.foreignParty?.name} ({countryName(countries.data, x.partnerCountry ?? '', lang)})</dd>
              {(x.participants ?? []).length > 0 && <><dt>{t.participants}</dt><dd>{x.participants?.join(', ')}</dd></>}
              <dt>{t.form} · {t.type}</dt><dd>{x.form} · {label(lang, x.type)}</dd>
              <dt>{t.sectors}</dt><dd>{(x.sectors ?? []).map((s) => label(lang, s)).join(', ')}</dd>
              <dt>{t.signedOn}</dt><dd>{formatDate(lang, x.signedOn)}</dd>
              <dt>{t.validity}</dt><dd>{formatDate(lang, x.validFrom)} – {formatDate(lang, x.validUntil)}</dd>
            </dl>
          )}
        </Panel>

        <Panel title={t.clauses} id="clauses" service="agreements-service" state={agreement}>
          {(x) => (
            <ul class="checklist" data-testid="clauses">
              {CLAUSE_KINDS.map((kind) => {
                const clause = (x.clauses as Record<string, { present?: boolean; location?: string; note?: string } | undefined> | undefined)?.[kind];
                const present = clause?.present === true;
                return (
                  <li key={kind} class={present ? 'present' : 'missing'}>
                    <span aria-hidden="true">{present ? '✔' : '✘'}</span> {label(lang, kind)}
                    <span class="visually-hidden">: {present ? t.clausePresent : t.clauseMissing}</span>
                    {clause?.location && <small class="muted"> · {clause.location}</small>}
                    {clause?.note && <small class="muted"> · {clause.note}</small>}
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>

        <Panel title={t.instruments} id="instruments" service="agreements-service" state={agreement}>
          {(x) => (x.instruments ?? []).length === 0 ? <p>{t.noneRecorded}</p> : (
            <ul>
              {(x.instruments ?? []).map((i, n) => (
                <li key={n}><strong>{label(lang, i.kind)}</strong>: {i.title} ({formatDate(lang, i.signedOn)}{i.language ? `, ${i.language}` : ''})
                  {i.documentTitle && <><br /><small>{t.document}: {i.documentLocation ? <a href={i.documentLocation} rel="noopener noreferrer">{i.documentTitle}</a> : i.documentTitle}</small></>}
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel title={t.costBenefit} id="cba" service="agreements-service" state={agreement} wide>
          {(x) => <CostBenefit agreement={x} metrics={metrics} lang={lang} />}
        </Panel>

        <Panel title={t.activities} id="activities" service="agreements-service" state={activities}>
          {(list) => (
            <>
              {a?.dormant && <p><Badge tone="warn">{t.dormant}</Badge></p>}
              {a?.lastActivityOn && <p>{t.lastActivity}: {formatDate(lang, a.lastActivityOn)}</p>}
              {(list.items ?? []).length === 0 ? <p>{t.noneRecorded}</p> : (
                <ul data-testid="activity-log">{(list.items ?? []).map((act) => <li key={act.id}>{formatDate(lang, act.occurredOn)} · {label(lang, act.kind)}: {act.description}</li>)}</ul>
              )}
              {(list.totalItems ?? 0) > (list.items ?? []).length && <p class="muted">{t.latestOf(list.items?.length ?? 0, list.totalItems ?? 0)}</p>}
            </>
          )}
        </Panel>

        <AssessmentPanel state={latest} lang={lang} onAssess={signedIn ? runAssessment : undefined} error={assessError} />
        {signedIn && <Manage id={id} onChanged={() => setChanged((n) => n + 1)} />}
      </div>
    </>
  );
}

function CostBenefit({ agreement, metrics, lang }: { agreement: PublicAgreement; metrics: Metrics | undefined; lang: Lang }) {
  const { t } = useSession();
  const cba = agreement.costBenefit;
  if (!cba) return <p>{t.noCba}</p>;
  const years = Array.from({ length: (cba.horizonYears ?? 0) + 1 }, (_, year) => year);
  const costs = years.map((year) => -(cba.costs ?? []).filter((c) => c.year === year).reduce((sum, c) => sum + (c.amount ?? 0), 0));
  const benefits = years.map((year) => (cba.benefits ?? []).filter((b) => b.year === year).reduce((sum, b) => sum + (b.amount ?? 0), 0));
  let running = 0;
  const cumulative = years.map((_, i) => (running += (costs[i] ?? 0) + (benefits[i] ?? 0)));
  const money = (v: number) => formatMoney(lang, v, cba.currency ?? 'IDR');
  const option: ChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => money(Number(v)) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map((y) => t.yearN(y)) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(lang, v / 1e6) + ' M' } },
    series: [
      { type: 'bar', name: t.costs, stack: 'flow', data: costs, itemStyle: { color: '#b3261e' } },
      { type: 'bar', name: t.benefits, stack: 'flow', data: benefits, itemStyle: { color: '#1b6e3a' } },
      { type: 'line', name: t.net, data: cumulative, itemStyle: { color: '#143d5c' } },
    ],
  };
  const num = (key: string) => (typeof metrics?.[key] === 'number' ? (metrics[key] as number) : undefined);
  const figure = (prefix: string) => ({
    npv: num(`${prefix}npv`), bcr: num(`${prefix}bcr`), irr: num(`${prefix}irr`), payback: num(`${prefix}discountedPaybackYear`),
  });
  const base = figure('');
  return (
    <>
      <Chart option={option} height={300} testId="cashflow-chart"
        summary={years.map((y, i) => `${t.yearN(y)}: ${t.costs} ${money(-(costs[i] ?? 0))}, ${t.benefits} ${money(benefits[i] ?? 0)}`).join('; ')} />
      {metrics && (
        <div class="table-scroll">
          <table>
            <thead><tr><th scope="col"></th><th scope="col">{t.npv}</th><th scope="col">{t.bcr}</th><th scope="col">{t.irr}</th><th scope="col">{t.payback}</th></tr></thead>
            <tbody>
              {([['', base], ...STRESS_SCENARIOS.map((s) => [s, figure(`${s}.`)] as const)] as const).map(([name, f]) => (
                <tr key={name}>
                  <th scope="row">{name === '' ? t.costBenefit : `${t.stress}: ${name}`}</th>
                  <td>{f.npv === undefined ? '—' : money(f.npv)}</td>
                  <td>{formatNumber(lang, f.bcr, 2)}</td>
                  <td>{formatPercent(lang, f.irr)}</td>
                  <td>{f.payback === undefined ? '—' : t.years(f.payback)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function AssessmentPanel({ state, lang, onAssess, error }: {
  state: Loaded<Assessment | PublicAssessment | null>; lang: Lang; onAssess: (() => void) | undefined; error: string | undefined;
}) {
  const { t } = useSession();
  return (
    <Panel title={t.assessment} id="assessment" service="assessment-service" state={state} wide>
      {(a) => {
        const assessButton = onAssess && <p><button type="button" onClick={onAssess}>{t.runAssessment}</button></p>;
        if (!a) return <><p>{t.notAssessed}</p>{assessButton}{error && <p class="notice" role="alert">{error}</p>}</>;
        const r = a.result;
        const dimensions = r?.dimensions ?? [];
        const option: ChartOption = {
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', max: 100 },
          yAxis: { type: 'category', inverse: true, data: dimensions.map((d) => label(lang, d.dimension)) },
          series: [{ type: 'bar', data: dimensions.map((d) => ({ value: d.score ?? 0,
            itemStyle: { color: LEVEL_COLOURS[d.level ?? 'LOW'] } })),
            label: { show: true, position: 'right' } }],
        };
        return (
          <>
            <p>
              {a.stale && <Badge tone="warn">{t.stale}</Badge>}{' '}
              {t.overallRisk}: <Badge tone={levelTone(r?.overallLevel)}>{r?.overallRisk} · {label(lang, r?.overallLevel)}</Badge>{' '}
              {t.benefitScore}: {r?.benefitScore}
            </p>
            <p class="muted">{t.assessedOn(formatDate(lang, a.asOf), a.modelVersion ?? 0)}</p>
            {!('createdBy' in a) && <p class="muted">{t.publicAssessmentNote}</p>}
            {assessButton}
            <h3>{t.dimensions}</h3>
            <Chart option={option} height={300} testId="dimensions-chart"
              summary={dimensions.map((d) => `${label(lang, d.dimension)}: ${d.score} (${label(lang, d.level)})`).join('; ')} />
            <h3>{t.findings}</h3>
            <ul class="findings" data-testid="findings">
              {dimensions.flatMap((d) => (d.findings ?? []).map((f) => {
                const evidence = (f.evidence ?? {}) as Record<string, unknown>;
                const basis = evidence['regulations'] ?? evidence['legalBasis'];
                return (
                  <li key={`${d.dimension}-${f.rule}`} data-rule={f.rule}>
                    <Badge tone={f.severity === 'CRITICAL' ? 'bad' : f.severity === 'WARNING' ? 'warn' : 'info'}>{label(lang, f.severity)}</Badge>{' '}
                    <strong>{label(lang, d.dimension)}</strong>: {f.title?.[lang] ?? f.title?.en}
                    {Array.isArray(basis) && basis.length > 0 && <><br /><small>{t.legalBasis}: {basis.join(', ')}</small></>}
                    <br /><small class="muted">{f.rule}</small>
                  </li>
                );
              }))}
            </ul>
            <h3>{t.recommendations}</h3>
            <ol>{(r?.recommendations ?? []).map((rec) => <li key={rec.rule}>{rec.text?.[lang] ?? rec.text?.en}</li>)}</ol>
            {error && <p class="notice" role="alert">{error}</p>}
          </>
        );
      }}
    </Panel>
  );
}
