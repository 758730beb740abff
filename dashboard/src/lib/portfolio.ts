// National figures derived from the public registry (what anyone may see), pure functions without I/O.
export const ENDED_STATES = ['REJECTED', 'WITHDRAWN', 'EXPIRED', 'TERMINATED', 'RENEWED'] as const;

export interface RegistryEntry {
  state?: string;
  partnerCountry?: string;
  sectors?: string[];
  indonesianParty?: { code?: string };
}

export interface ConcentrationRules {
  hhiModerate: number;
  hhiHigh: number;
  dominantPartnerShare: number;
  /** Country codes or bloc names that a diversified portfolio reaches */
  diversificationTargets: string[];
}

export type ConcentrationLevel = 'LOW' | 'MODERATE' | 'HIGH';

export interface NationalFigures {
  agreements: number;
  live: number;
  byPartnerCountry: Record<string, number>;
  byProvince: Record<string, number>;
  byState: Record<string, number>;
  bySector: Record<string, number>;
  hhi: number;
  topPartner?: { country: string; share: number };
  level: ConcentrationLevel;
  absentTargets: string[];
}

export const isLive = (state: string | undefined) => state !== undefined && !(ENDED_STATES as readonly string[]).includes(state);

function increment(counts: Record<string, number>, key: string | undefined): void {
  if (key) counts[key] = (counts[key] ?? 0) + 1;
}

/** Herfindahl–Hirschman index of counts, shares in percent: 10,000 when one key holds everything, 0 when empty. */
export function hhi(counts: Record<string, number>): number {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  return Math.round(Object.values(counts).reduce((sum, n) => sum + ((100 * n) / total) ** 2, 0));
}

export function concentrationLevel(index: number, topShare: number, rules: ConcentrationRules): ConcentrationLevel {
  if (index >= rules.hhiHigh || topShare > rules.dominantPartnerShare) return 'HIGH';
  if (index >= rules.hhiModerate) return 'MODERATE';
  return 'LOW';
}

/** The figures of the national overview; `blocsOf` gives the blocs of a partner country. */
export function nationalFigures(entries: RegistryEntry[], rules: ConcentrationRules, blocsOf: (country: string) => string[]): NationalFigures {
  const byPartnerCountry: Record<string, number> = {};
  const byProvince: Record<string, number> = {};
  const byState: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  let live = 0;
  for (const entry of entries) {
    increment(byState, entry.state);
    if (!isLive(entry.state)) continue;
    live++;
    increment(byPartnerCountry, entry.partnerCountry);
    increment(byProvince, entry.indonesianParty?.code?.slice(0, 2));
    for (const sector of entry.sectors ?? []) increment(bySector, sector);
  }
  const index = hhi(byPartnerCountry);
  const ranked = Object.entries(byPartnerCountry).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = ranked[0];
  const topPartner = top && live > 0 ? { country: top[0], share: top[1] / live } : undefined;
  const reached = new Set<string>();
  for (const country of Object.keys(byPartnerCountry)) {
    reached.add(country);
    for (const bloc of blocsOf(country)) reached.add(bloc);
  }
  return {
    agreements: entries.length, live, byPartnerCountry, byProvince, byState, bySector, hhi: index, topPartner,
    level: concentrationLevel(index, topPartner?.share ?? 0, rules),
    absentTargets: rules.diversificationTargets.filter((target) => !reached.has(target)),
  };
}
