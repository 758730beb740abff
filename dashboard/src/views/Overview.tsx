import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import worldAtlasUrl from 'world-atlas/countries-110m.json?url';
import { Badge, levelTone, Panel } from '../components';
import { Chart, registerMap, type ChartOption } from '../lib/chart';
import { useSession } from '../lib/context';
import { formatDate, formatNumber, formatPercent, label } from '../lib/i18n';
import { both, useLoad } from '../lib/load';
import { loadPublicPortfolio, type PublicPortfolio } from '../lib/portfolio';
import { GRID_COLUMNS, GRID_ROWS, PROVINCE_TILES } from '../lib/provinces';
import { countryName, loadCountries, loadProvinces, type CountryInfo } from '../lib/reference';

const PALETTE = ['#eef4f8', '#b9d3e6', '#6fa3c9', '#2f6f9f', '#143d5c'];

let worldRegistered: Promise<void> | undefined;
function registerWorld(countries: CountryInfo[]): Promise<void> {
  worldRegistered ??= fetch(worldAtlasUrl).then((r) => r.json()).then((topology: Topology) => {
    const byNumeric = new Map(countries.map((c) => [c.numericCode, c.code]));
    const collection = feature(topology, topology.objects['countries'] as GeometryCollection);
    for (const f of collection.features) {
      f.properties = { name: byNumeric.get(String(f.id)) ?? String(f.id) };
    }
    registerMap('world', collection as never);
  });
  return worldRegistered;
}

export function Overview() {
  const { t, lang } = useSession();
  const figures = useLoad(() => loadPublicPortfolio('national'), []);
  const countries = useLoad(loadCountries, []);
  const provinces = useLoad(loadProvinces, []);
  const world = useLoad(async () => { await registerWorld(await loadCountries()); return true; }, []);

  const name = (code: string) => countryName(countries.data, code, lang);

  return (
    <>
      <h1>{t.overviewTitle}</h1>
      <p class="lead">{t.overviewIntro}</p>
      <div class="grid">
        <Panel title={t.liveTotal} id="summary" service="assessment-service" state={figures}>
          {(f) => (
            <>
              <dl class="figures">
                <div><dt>{t.liveTotal}</dt><dd data-testid="live-count">{formatNumber(lang, f.live)}</dd></div>
                <div><dt>{t.agreementsTotal}</dt><dd>{formatNumber(lang, f.agreements)}</dd></div>
                <div><dt>{t.partnerCountries}</dt><dd>{formatNumber(lang, Object.keys(f.byPartnerCountry ?? {}).length)}</dd></div>
              </dl>
              <p class="muted" data-testid="freshness"><strong>{t.freshness}:</strong> {t.freshnessAsOf(formatDate(lang, f.freshness?.checkedAt ?? new Date().toISOString()))} {t.sourcePublic}</p>
            </>
          )}
        </Panel>

        <Panel title={t.concentration} id="concentration" service="assessment-service" state={figures}>
          {(f) => <Concentration portfolio={f} name={name} />}
        </Panel>

        <Panel title={t.worldMap} id="world" service={figures.error !== undefined ? 'assessment-service' : 'directory-service'} state={both(figures, both(world, countries))} wide>
          {([f]) => <WorldMap figures={f} name={name} />}
        </Panel>

        <Panel title={t.provinceMap} id="provinces" service="assessment-service" state={figures} wide>
          {(f) => <ProvinceGrid figures={f} names={Object.fromEntries((provinces.data ?? []).map((p) => [p.code, p.name]))} />}
        </Panel>

        <Panel title={t.partnerShares} id="shares" service="assessment-service" state={figures}>
          {(f) => (
            <Chart summary={Object.entries(f.byPartnerCountry ?? {}).map(([c, n]) => `${name(c)}: ${n}`).join('; ')} testId="shares-chart"
              option={{
                tooltip: { trigger: 'item' },
                series: [{ type: 'pie', radius: ['40%', '70%'], label: { formatter: '{b}: {d}%' },
                  data: Object.entries(f.byPartnerCountry ?? {}).map(([c, n]) => ({ name: name(c), value: n })) }],
              }} />
          )}
        </Panel>

        <Panel title={t.byState} id="states" service="assessment-service" state={figures}>
          {(f) => <Bars counts={f.byState ?? {}} lang={lang} />}
        </Panel>

        <Panel title={t.bySector} id="sectors" service="assessment-service" state={figures} wide>
          {(f) => <Bars counts={f.bySector ?? {}} lang={lang} />}
        </Panel>
      </div>
    </>
  );
}

function Bars({ counts, lang }: { counts: Record<string, number>; lang: 'en' | 'id' }) {
  const entries = Object.entries(counts).sort((a, b) => a[1] - b[1]);
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: entries.map(([k]) => label(lang, k)) },
    series: [{ type: 'bar', data: entries.map(([, n]) => n), itemStyle: { color: '#2f6f9f' }, label: { show: true, position: 'right' } }],
  };
  return <Chart option={option} height={Math.max(160, entries.length * 28 + 40)} summary={entries.map(([k, n]) => `${label(lang, k)}: ${n}`).join('; ')} />;
}

/** HHI, top partner and its share, the level by the scoring model's thresholds, and the absent targets, named. */
export function Concentration({ portfolio, name }: { portfolio: PublicPortfolio; name: (code: string) => string }) {
  const { t, lang } = useSession();
  const c = portfolio.concentration;
  const absent = [...(portfolio.absentCountries ?? []), ...(portfolio.absentBlocs ?? [])];
  return (
    <dl class="figures">
      <div><dt>{t.hhi}</dt><dd data-testid="hhi">{formatNumber(lang, c?.byCount?.hhi ?? portfolio.hhi ?? 0)}</dd></div>
      <div><dt>{t.topPartner}</dt><dd>{c?.topPartner ? `${name(c.topPartner)} (${formatPercent(lang, (c.topPartnerShare ?? 0) / 100)} ${t.share})` : '—'}</dd></div>
      <div><dt>{t.level}</dt><dd><Badge tone={levelTone(c?.byCount?.level)}>{label(lang, c?.byCount?.level)}</Badge></dd></div>
      <div><dt>{t.absentTargets}</dt><dd>{absent.length ? absent.map((x) => (lang === 'id' ? x.nameId : x.name) ?? x.code).join(', ') : t.none}</dd></div>
    </dl>
  );
}

function WorldMap({ figures, name }: { figures: PublicPortfolio; name: (code: string) => string }) {
  const byCountry = figures.byPartnerCountry ?? {};
  const max = Math.max(1, ...Object.values(byCountry));
  const option: ChartOption = {
    tooltip: { trigger: 'item', formatter: (p: unknown) => {
      const item = p as { name: string; value?: number };
      return `${name(item.name)}: ${Number.isFinite(item.value) ? item.value : 0}`;
    } },
    visualMap: { min: 0, max, left: 'left', bottom: 0, calculable: false, inRange: { color: PALETTE.slice(1) }, text: [String(max), '0'] },
    series: [{ type: 'map', map: 'world', roam: false, emphasis: { label: { show: false } }, itemStyle: { areaColor: PALETTE[0], borderColor: '#9aa7b2' },
      data: Object.entries(byCountry).map(([code, n]) => ({ name: code, value: n })) }],
  };
  return <Chart option={option} height={380} testId="world-map"
    summary={Object.entries(byCountry).map(([c, n]) => `${name(c)}: ${n}`).join('; ')} />;
}

function ProvinceGrid({ figures, names }: { figures: PublicPortfolio; names: Record<string, string> }) {
  const { t, lang } = useSession();
  const byProvince = figures.byProvince ?? {};
  const max = Math.max(1, ...Object.values(byProvince));
  return (
    <>
      <ul class="tiles" style={{ gridTemplateColumns: `repeat(${GRID_COLUMNS}, 1fr)`, gridTemplateRows: `repeat(${GRID_ROWS}, auto)` }} data-testid="province-grid">
        {Object.entries(PROVINCE_TILES).map(([code, [column, row]]) => {
          const count = byProvince[code] ?? 0;
          const shade = count === 0 ? 0 : Math.min(PALETTE.length - 1, 1 + Math.floor(((count - 1) / max) * (PALETTE.length - 1)));
          const full = names[code] ?? code;
          return (
            <li key={code} class={shade >= 3 ? 'tile dark' : 'tile'} style={{ gridColumn: column + 1, gridRow: row + 1, background: PALETTE[shade] }}
              title={`${full}: ${count}`}>
              <a href={`#/regions/${code}`} aria-label={`${full}: ${formatNumber(lang, count)}`}>{code}</a>
            </li>
          );
        })}
      </ul>
      <p class="muted">{t.provinceMapNote}</p>
    </>
  );
}
