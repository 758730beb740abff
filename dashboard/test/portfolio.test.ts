import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concentrationLevel, hhi, isLive, nationalFigures, type ConcentrationRules } from '../src/lib/portfolio.js';

const rules: ConcentrationRules = { hhiModerate: 1500, hhiHigh: 2500, dominantPartnerShare: 0.5, diversificationTargets: ['JP', 'KR', 'EU', 'ASEAN'] };
const blocs: Record<string, string[]> = { CN: ['BRICS', 'G20'], MY: ['ASEAN'], DE: ['EU', 'G20'] };

test('HHI: 10,000 for one partner, 5,000 for two equal ones, 0 for none', () => {
  assert.equal(hhi({ CN: 7 }), 10000);
  assert.equal(hhi({ CN: 3, JP: 3 }), 5000);
  assert.equal(hhi({ CN: 2, JP: 1, KR: 1 }), 3750);
  assert.equal(hhi({}), 0);
});

test('the level follows the model cut-offs, and a dominant partner is high whatever the index', () => {
  assert.equal(concentrationLevel(1000, 0.3, rules), 'LOW');
  assert.equal(concentrationLevel(1500, 0.3, rules), 'MODERATE');
  assert.equal(concentrationLevel(2500, 0.4, rules), 'HIGH');
  assert.equal(concentrationLevel(1200, 0.6, rules), 'HIGH');
});

test('ended agreements count by state but not among the live figures', () => {
  assert.equal(isLive('ACTIVE'), true);
  assert.equal(isLive('LOI_SIGNED'), true);
  for (const ended of ['REJECTED', 'WITHDRAWN', 'EXPIRED', 'TERMINATED', 'RENEWED']) assert.equal(isLive(ended), false);
  assert.equal(isLive(undefined), false);
});

test('national figures: shares by partner, province from the Kemendagri code, sectors, absent targets through blocs', () => {
  const figures = nationalFigures([
    { state: 'ACTIVE', partnerCountry: 'CN', sectors: ['TOURISM', 'CULTURE'], indonesianParty: { code: '51' } },
    { state: 'LOI_SIGNED', partnerCountry: 'CN', sectors: ['E_COMMERCE'], indonesianParty: { code: '36.73' } },
    { state: 'ACTIVE', partnerCountry: 'MY', sectors: ['TOURISM'], indonesianParty: { code: '36.03' } },
    { state: 'EXPIRED', partnerCountry: 'JP', sectors: ['EDUCATION'], indonesianParty: { code: '33' } },
  ], rules, (country) => blocs[country] ?? []);

  assert.equal(figures.agreements, 4);
  assert.equal(figures.live, 3);
  assert.deepEqual(figures.byPartnerCountry, { CN: 2, MY: 1 });
  assert.deepEqual(figures.byProvince, { '51': 1, '36': 2 });
  assert.deepEqual(figures.byState, { ACTIVE: 2, LOI_SIGNED: 1, EXPIRED: 1 });
  assert.deepEqual(figures.bySector, { TOURISM: 2, CULTURE: 1, E_COMMERCE: 1 });
  assert.equal(figures.hhi, 5556);
  assert.deepEqual(figures.topPartner, { country: 'CN', share: 2 / 3 });
  assert.equal(figures.level, 'HIGH');
  assert.deepEqual(figures.absentTargets, ['JP', 'KR', 'EU'], 'an expired agreement reaches no target; Malaysia reaches ASEAN');
});

test('an empty registry has no top partner and a low level', () => {
  const figures = nationalFigures([], rules, () => []);
  assert.equal(figures.live, 0);
  assert.equal(figures.topPartner, undefined);
  assert.equal(figures.level, 'LOW');
  assert.deepEqual(figures.absentTargets, rules.diversificationTargets);
});
