// A province's or a regency's or city's page: its public portfolio, fiscal exposure against revenue, concentration.
import { Badge, Panel } from '../components';
import { directory } from '../lib/api';
import { Chart } from '../lib/chart';
import { useSession } from '../lib/context';
import { formatMoney, formatNumber, formatPercent, label } from '../lib/i18n';
import { both, useLoad } from '../lib/load';
import { paging } from '../lib/paging';
import { loadPublicPortfolio } from '../lib/portfolio';
import { Concentration } from './Overview';
import { countryName, loadCountries, loadPublicRegistry, type PublicAgreement } from '../lib/reference';

const kemendagri = (codes: { scheme?: string; code?: string }[] | undefined) => codes?.find((c) => c.scheme === 'KEMENDAGRI')?.code;

/** What the region's government committed to pay (in Rupiah) in its live public agreements */
function committedByRegion(entries: PublicAgreement[]): { idr: number; otherCurrencies: number } {
  let idr = 0;
  let otherCurrencies = 0;
  for (const entry of entries) {
    if (!entry.live) continue;
    for (const commitment of entry.commitments ?? []) {
      if (commitment.obligor !== 'INDONESIAN_PARTY') continue;
      if (commitment.currency === 'IDR') idr += commitment.amount ?? 0;
      else otherCurrencies++;
    }
  }
  return { idr, otherCurrencies };
}

export function Region({ code }: { code: string }) {
  const { t, lang } = useSession();
  const province = code.length === 2;
  const region = useLoad(() => directory.getRegionByCode({ path: { scheme: 'KEMENDAGRI', code } }).then((r) => r.data), [code]);
  const children = useLoad(async () => (province && region.data?.id
    ? (await directory.listRegionChildren({ path: { id: region.data.id }, query: paging(0, 200) })).data.items ?? []
    : []), [code, region.data?.id]);
  const registry = useLoad(() => loadPublicRegistry({ code, includeSubregions: province }), [code]);
  const countries = useLoad(loadCountries, []);
  const figures = useLoad(() => loadPublicPortfolio(province ? `province:${code}` : `region:${code}`), [code]);

  const revenue = region.data?.figures?.filter((f) => f.metric === 'BUDGET_REVENUE').sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
  const name = (c: string) => countryName(countries.data, c, lang);

  return (
    <>
      <p><a href="#/">{t.navOverview}</a></p>
      <h1>{region.data?.name ?? code}</h1>
      {region.data && <p class="muted">{region.data.kindEn && (lang === 'id' ? region.data.kind : region.data.kindEn)} · Kemendagri {code}
        {region.data.parent && <> · <a href={`#/regions/${kemendagri(region.data.parent.codes) ?? ''}`}>{region.data.parent.name}</a></>}</p>}
      <p><a href={`#/registry?region=${code}${province ? '&includeSubregions=true' : ''}`}>{t.inRegistry}</a></p>
      <div class="grid">
        <Panel title={t.portfolio} id="portfolio" service="assessment-service" state={figures}>
          {(f) => (
            <dl class="figures">
              <div><dt>{t.liveTotal}</dt><dd data-testid="region-live">{formatNumber(lang, f.live)}</dd></div>
              <div><dt>{t.agreementsTotal}</dt><dd>{formatNumber(lang, f.agreements)}</dd></div>
              <div><dt>{t.partnerCountries}</dt><dd>{formatNumber(lang, Object.keys(f.byPartnerCountry ?? {}).length)}</dd></div>
            </dl>
          )}
        </Panel>

        <Panel title={t.fiscalExposure} id="fiscal" service={region.error !== undefined ? 'directory-service' : 'agreements-service'} state={both(region, registry)}>
          {([, entries]) => {
            const committed = committedByRegion(entries);
            return (
              <dl class="facts stacked">
                <dt>{t.committedByRegion}</dt><dd>{formatMoney(lang, committed.idr)}{committed.otherCurrencies > 0 && ` (+${committed.otherCurrencies} ${t.otherCurrencies})`}</dd>
                <dt>{t.revenue}</dt><dd>{revenue ? <>{formatMoney(lang, revenue.value)} ({revenue.year}){revenue.illustrative && <> <Badge tone="warn">{t.illustrative}</Badge></>}</> : t.noRevenue}</dd>
                <dt>{t.exposureRatio}</dt><dd data-testid="exposure">{revenue?.value ? formatPercent(lang, committed.idr / revenue.value) : '—'}</dd>
              </dl>
            );
          }}
        </Panel>

        <Panel title={t.concentration} id="region-concentration" service="assessment-service" state={figures}>
          {(f) => (
            <>
              <Concentration portfolio={f} name={name} />
              {Object.keys(f.byPartnerCountry ?? {}).length > 0 && (
                <Chart summary={Object.entries(f.byPartnerCountry ?? {}).map(([c, n]) => `${name(c)}: ${n}`).join('; ')}
                  option={{ tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['40%', '70%'], label: { formatter: '{b}: {d}%' },
                    data: Object.entries(f.byPartnerCountry ?? {}).map(([c, n]) => ({ name: name(c), value: n })) }] }} height={240} />
              )}
            </>
          )}
        </Panel>

        <Panel title={t.agreementsTotal} id="region-agreements" service="agreements-service" state={registry} wide>
          {(entries) => entries.length === 0 ? <p>{t.noResults}</p> : (
            <ul>{entries.map((a) => <li key={a.id}><a href={`#/agreements/${a.id}`}>{a.title}</a> · <Badge tone="info">{label(lang, a.state)}</Badge></li>)}</ul>
          )}
        </Panel>

        {province && (
          <Panel title={t.subregions} id="subregions" service="directory-service" state={children} wide>
            {(list) => (
              <ul class="columns">
                {list.map((r) => { const c = kemendagri(r.codes); return c ? <li key={r.id}><a href={`#/regions/${c}`}>{r.name}</a></li> : null; })}
              </ul>
            )}
          </Panel>
        )}
      </div>
    </>
  );
}
