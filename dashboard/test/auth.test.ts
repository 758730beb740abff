import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { base64Url, challengeOf, claimsOf, isExpired } from '../src/lib/auth.js';

test('the PKCE challenge is BASE64URL(SHA-256(verifier)) without padding (RFC 7636, S256)', async () => {
  const verifier = 'a-verifier_of.enough~characters-to-be-valid-0123456789abcdefghij';
  const expected = createHash('sha256').update(verifier).digest('base64url');
  assert.equal(await challengeOf(verifier), expected);
  assert.doesNotMatch(await challengeOf(verifier), /[+/=]/);
});

test('base64url has no padding and uses - and _', () => {
  assert.equal(base64Url(new Uint8Array([251, 255, 191])), '-_-_');
  assert.equal(base64Url(new Uint8Array([1])), 'AQ');
});

test('the claims of a token are read, UTF-8 names included; a malformed token has none', () => {
  const payload = Buffer.from(JSON.stringify({ exp: 1800000000, name: 'Pejabat Kota Serang – Banten' })).toString('base64url');
  const claims = claimsOf(`header.${payload}.signature`);
  assert.equal(claims.exp, 1800000000);
  assert.equal(claims.name, 'Pejabat Kota Serang – Banten');
  assert.deepEqual(claimsOf('not-a-token'), {});
  assert.deepEqual(claimsOf('a.%%%.c'), {});
});

test('a session counts as expired 15 seconds before its expiry', () => {
  const session = { accessToken: 't', expiresAt: 1000 };
  assert.equal(isExpired(session, 900), false);
  assert.equal(isExpired(session, 985), true);
  assert.equal(isExpired(session, 1001), true);
});
