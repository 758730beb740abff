import { useState } from 'preact/hooks';
import { Badge, Panel } from '../components';
import { agreements, directory, ProblemError } from '../lib/api';
import { useSession } from '../lib/context';
import { formatDate, label } from '../lib/i18n';
import { useLoad } from '../lib/load';
import { countryName, loadCountries, loadProvinces, type PublicAgreement } from '../lib/reference';
import { paging } from '../lib/paging';

const STATES = ['INITIATED', 'EXPLORATION', 'LOI_SIGNED', 'PLANNED', 'DPRD_REVIEW', 'DPRD_APPROVED', 'CENTRAL_REVIEW', 'DRAFTING', 'NEGOTIATION',
  'MINISTER_REVIEW', 'APPROVED', 'SIGNED', 'ACTIVE',
  'UNDER_EVALUATION', 'RENEWED', 'EXPIRED', 'TERMINATED', 'REJECTED', 'WITHDRAWN'];
const SECTORS = ['TOURISM', 'CREATIVE_ECONOMY', 'HUMAN_RESOURCES', 'EDUCATION', 'E_COMMERCE', 'ARTIFICIAL_INTELLIGENCE', 'DIGITAL_INFRASTRUCTURE',
  'TRADE_EXPORT', 'INVESTMENT', 'INFRASTRUCTURE', 'TRANSPORT', 'ENERGY', 'ENVIRONMENT', 'HEALTH', 'CULTURE', 'AGRICULTURE', 'INDUSTRY',
  'URBAN_PLANNING', 'GOVERNANCE'] as const;
type Sector = (typeof SECTORS)[number];
const PAGE_SIZE = 20;

export interface RegistryFilter {
  q: string;
  region: string;
  includeSubregions: boolean;
  partnerCountry: string;
  state: string;
  sector: string;
  year: string;
  page: number;
}

export function filterFromQuery(params: URLSearchParams): RegistryFilter {
  return {
    q: params.get('q') ?? '', region: params.get('region') ?? '', includeSubregions: params.get('includeSubregions') === 'true',
    partnerCountry: params.get('partnerCountry') ?? '', state: params.get('state') ?? '', sector: params.get('sector') ?? '',
    year: params.get('year') ?? '', page: Math.max(0, Number(params.get('page') ?? '0') || 0),
  };
}

function toQuery(filter: RegistryFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== '' && value !== false && !(key === 'page' && value === 0)) params.set(key, String(value));
  }
  return params.toString();
}

function apiQuery(filter: RegistryFilter, q: string) {
  return {
    q: q || undefined,
    region: filter.region || undefined,
    includeSubregions: filter.region && filter.includeSubregions ? true : undefined,
    partnerCountry: filter.partnerCountry || undefined,
    state: filter.state || undefined,
    sector: (SECTORS as readonly string[]).includes(filter.sector) ? (filter.sector as Sector) : undefined,
    signingYear: filter.year ? Number(filter.year) : undefined,
    ...paging(filter.page, PAGE_SIZE),
  };
}

interface SearchResult {
  items: PublicAgreement[];
  totalItems: number;
  totalPages: number;
  /** The region name searched instead when the text matched nothing (misspelt place names) */
  correctedTo?: string;
}

/**
 * The registry's text search matches words; a misspelt place name ("hangzou") is corrected through
 * directory-service's fuzzy region search and searched again under the region's name.
 */
async function search(filter: RegistryFilter): Promise<SearchResult> {
  const { data } = await agreements.searchPublicAgreements({ query: apiQuery(filter, filter.q) });
  const result = { items: data.items ?? [], totalItems: data.totalItems ?? 0, totalPages: data.totalPages ?? 0 };
  if (result.totalItems > 0 || filter.q.trim().length < 3) return result;
  try {
    const { data: regions } = await directory.searchRegions({ query: { q: filter.q.trim(), ...paging(0, 1) } });
    const match = regions.items?.[0]?.name;
    if (!match || match.toLowerCase() === filter.q.trim().toLowerCase()) return result;
    const { data: corrected } = await agreements.searchPublicAgreements({ query: apiQuery(filter, match) });
    if ((corrected.totalItems ?? 0) === 0) return result;
    return { items: corrected.items ?? [], totalItems: corrected.totalItems ?? 0, totalPages: corrected.totalPages ?? 0, correctedTo: match };
  } catch (error) {
    if (error instanceof ProblemError) return result;
    throw error;
  }
}

export function Registry({ params, navigate }: { params: URLSearchParams; navigate: (hash: string) => void }) {
  const { t, lang, signedIn } = useSession();
  const filter = filterFromQuery(params);
  const [draft, setDraft] = useState<RegistryFilter>(filter);
  const key = toQuery(filter);
  const results = useLoad(() => search(filter), [key]);
  const countries = useLoad(loadCountries, []);
  const provinces = useLoad(loadProvinces, []);
  const [exportError, setExportError] = useState<string>();

  const go = (next: RegistryFilter) => navigate(`#/registry${toQuery(next) ? `?${toQuery(next)}` : ''}`);
  const set = <K extends keyof RegistryFilter>(field: K, value: RegistryFilter[K]) => setDraft({ ...draft, [field]: value });

  const exportCsv = async () => {
    setExportError(undefined);
    try {
      const { data } = await agreements.exportAgreements({ query: apiQuery(filter, filter.q), parseAs: 'blob' });
      const url = URL.createObjectURL(data as unknown as Blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'agreements.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setExportError(error instanceof ProblemError ? error.message : String(error));
    }
  };

  return (
    <>
      <h1>{t.registryTitle}</h1>
      <form class="filters" role="search" onSubmit={(e) => { e.preventDefault(); go({ ...draft, page: 0 }); }}>
        <div class="field wide">
          <label for="f-q">{t.search}</label>
          <input id="f-q" type="search" value={draft.q} placeholder={t.searchPlaceholder} onInput={(e) => set('q', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="f-region">{t.region}</label>
          <select id="f-region" value={draft.region.length === 2 ? draft.region : ''} onChange={(e) => set('region', e.currentTarget.value)}>
            <option value="">{t.allRegions}</option>
            {(provinces.data ?? []).map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-code">{t.regionCode}</label>
          <input id="f-code" inputMode="decimal" pattern="\d{2}(\.\d{2})?" value={draft.region} placeholder="36.73" onInput={(e) => set('region', e.currentTarget.value.trim())} />
        </div>
        <div class="field check">
          <input id="f-sub" type="checkbox" checked={draft.includeSubregions} onChange={(e) => set('includeSubregions', e.currentTarget.checked)} />
          <label for="f-sub">{t.includeSubregions}</label>
        </div>
        <div class="field">
          <label for="f-country">{t.partnerCountry}</label>
          <select id="f-country" value={draft.partnerCountry} onChange={(e) => set('partnerCountry', e.currentTarget.value)}>
            <option value="">{t.allCountries}</option>
            {(countries.data ?? []).filter((c) => c.code !== 'ID')
              .map((c) => ({ code: c.code, name: countryName(countries.data, c.code, lang) }))
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-state">{t.state}</label>
          <select id="f-state" value={draft.state} onChange={(e) => set('state', e.currentTarget.value)}>
            <option value="">{t.allStates}</option>
            {STATES.map((s) => <option key={s} value={s}>{label(lang, s)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-sector">{t.sector}</label>
          <select id="f-sector" value={draft.sector} onChange={(e) => set('sector', e.currentTarget.value)}>
            <option value="">{t.allSectors}</option>
            {SECTORS.map((s) => <option key={s} value={s}>{label(lang, s)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="f-year">{t.year}</label>
          <input id="f-year" type="number" min={1900} max={2200} value={draft.year} onInput={(e) => set('year', e.currentTarget.value)} />
        </div>
        <div class="actions">
          <button type="submit">{t.apply}</button>
          <button type="button" class="secondary" onClick={() => { const empty = filterFromQuery(new URLSearchParams()); setDraft(empty); go(empty); }}>{t.reset}</button>
        </div>
      </form>

      <Panel title={t.results(results.data?.totalItems ?? 0)} id="results" service="agreements-service" state={results} wide>
        {(r) => (
          <>
            {r.correctedTo && <p class="notice" role="status">{t.didYouMean(filter.q, r.correctedTo)}</p>}
            {r.items.length === 0 ? <p>{t.noResults}</p> : (
              <div class="table-scroll">
                <table>
                  <thead><tr><th scope="col">{t.title}</th><th scope="col">{t.parties}</th><th scope="col">{t.state}</th><th scope="col">{t.signedOn}</th></tr></thead>
                  <tbody>
                    {r.items.map((a) => (
                      <tr key={a.id}>
                        <td><a href={`#/agreements/${a.id}`}>{a.title}</a><br /><small class="muted">{a.reference}</small></td>
                        <td>{a.indonesianParty?.name} – {a.foreignParty?.name} ({countryName(countries.data, a.partnerCountry ?? '', lang)})</td>
                        <td><Badge tone="info">{label(lang, a.state)}</Badge></td>
                        <td>{formatDate(lang, a.signedOn)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <nav class="pager" aria-label={t.page(filter.page + 1, Math.max(1, r.totalPages))}>
              <button type="button" class="secondary" disabled={filter.page === 0} onClick={() => go({ ...filter, page: filter.page - 1 })}>{t.previous}</button>
              <span>{t.page(filter.page + 1, Math.max(1, r.totalPages))}</span>
              <button type="button" class="secondary" disabled={filter.page + 1 >= r.totalPages} onClick={() => go({ ...filter, page: filter.page + 1 })}>{t.next}</button>
              {signedIn
                ? <button type="button" class="secondary" onClick={exportCsv}>{t.exportCsv}</button>
                : <span class="muted">{t.exportNeedsSignIn}</span>}
            </nav>
            {exportError && <p class="notice" role="alert">{exportError}</p>}
          </>
        )}
      </Panel>
    </>
  );
}
