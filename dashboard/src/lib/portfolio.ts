// The figures the public pages show, read from assessment-service's public portfolio (GET /public/portfolio):
// computed there over the public registry with the one definition of "live" and the scoring model's thresholds.
import type { PublicPortfolio } from '@jembatan/client/assessment';
import { assessment } from './api';

export type { PublicPortfolio } from '@jembatan/client/assessment';

/** national, province:CODE or region:CODE */
export async function loadPublicPortfolio(scope: string): Promise<PublicPortfolio> {
  return (await assessment.getPublicPortfolio({ query: { scope } })).data;
}
