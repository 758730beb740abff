// Reference data the views share, each read once per page load through the SDK.
import { agreements, directory } from './api';

export interface CountryInfo {
  code: string;
  numericCode?: string;
  nameEn?: string;
  nameId?: string;
  blocs: string[];
}

let countriesPromise: Promise<CountryInfo[]> | undefined;
export function loadCountries(): Promise<CountryInfo[]> {
  countriesPromise ??= (async () => {
    const all: CountryInfo[] = [];
    for (let page = 0; ; page++) {
      const { data } = await directory.listCountries({ query: paging(page, 200) });
      for (const country of data.items ?? []) {
        if (country.code) all.push({ code: country.code, numericCode: country.numericCode, nameEn: country.nameEn, nameId: country.nameId, blocs: country.blocs ?? [] });
      }
      if (page + 1 >= (data.totalPages ?? 0)) return all;
    }
  })();
  countriesPromise.catch(() => { countriesPromise = undefined; });
  return countriesPromise;
}

export interface ProvinceInfo {
  code: string;
  name: string;
}

let provincesPromise: Promise<ProvinceInfo[]> | undefined;
export function loadProvinces(): Promise<ProvinceInfo[]> {
  provincesPromise ??= directory.searchRegions({ query: { country: 'ID', level: 1, ...paging(0, 100) } }).then(({ data }) =>
    (data.items ?? []).flatMap((region) => {
      const code = region.codes?.find((c) => c.scheme === 'KEMENDAGRI')?.code;
      return code && region.name ? [{ code, name: region.name }] : [];
    }).sort((a, b) => a.code.localeCompare(b.code)));
  provincesPromise.catch(() => { provincesPromise = undefined; });
  return provincesPromise;
}

export type { PublicAgreement } from '@jembatan/client/agreements';
import type { PublicAgreement } from '@jembatan/client/agreements';
import { paging } from './paging';

/** Every agreement of the public registry, or of one region (with its sub-regions when asked), in pages of 200. */
export async function loadPublicRegistry(region?: { code: string; includeSubregions: boolean }): Promise<PublicAgreement[]> {
  const all: PublicAgreement[] = [];
  const filter = region ? { region: region.code, includeSubregions: region.includeSubregions } : {};
  for (let page = 0; ; page++) {
    const { data } = await agreements.searchPublicAgreements({ query: { ...filter, ...paging(page, 200) } });
    all.push(...(data.items ?? []));
    if (page + 1 >= (data.totalPages ?? 0) || page >= 49) return all;
  }
}

export function countryName(countries: CountryInfo[] | undefined, code: string, lang: 'en' | 'id'): string {
  const country = countries?.find((c) => c.code === code);
  return (lang === 'id' ? country?.nameId : country?.nameEn) ?? code;
}
