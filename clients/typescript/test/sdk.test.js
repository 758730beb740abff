// Unit tests of the hand-written layer, through the generated SDK with a recording fetch in place of a service.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreements, directory, configureClient, ProblemError, ProblemType, ifMatch, versioned, etagOf } from '../dist/index.js';

function recordingFetch(respond) {
  const requests = [];
  const fetchFn = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  };
  return { requests, fetch: fetchFn };
}

const json = (status, body, headers = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

test('a secured operation sends the supplied bearer token; a public one sends none', async () => {
  const recorder = recordingFetch(() => json(200, { items: [], page: 0, size: 20, total: 0 }));
  const client = agreements.client;
  configureClient(client, { baseUrl: 'http://agreements.test/', token: async () => 'abc.def.ghi', fetch: recorder.fetch });

  await agreements.searchAgreements({ query: { q: 'hangzhou' } });
  await agreements.searchPublicAgreements({ query: { q: 'hangzhou' } });

  assert.equal(recorder.requests.length, 2);
  assert.equal(recorder.requests[0].headers.get('Authorization'), 'Bearer abc.def.ghi');
  assert.equal(new URL(recorder.requests[0].url).pathname, '/agreements');
  assert.equal(new URL(recorder.requests[0].url).searchParams.get('q'), 'hangzhou');
  assert.equal(recorder.requests[1].headers.get('Authorization'), null);
});

test('without a token a secured operation is sent anonymously, and Accept-Language follows the chosen language', async () => {
  const recorder = recordingFetch(() => json(200, []));
  let language = 'id';
  configureClient(directory.client, { baseUrl: 'http://directory.test', token: () => undefined, language: () => language, fetch: recorder.fetch });

  await directory.listCountries();
  language = 'en';
  await directory.listCountries();

  assert.equal(recorder.requests[0].headers.get('Authorization'), null);
  assert.equal(recorder.requests[0].headers.get('Accept-Language'), 'id');
  assert.equal(recorder.requests[1].headers.get('Accept-Language'), 'en');
});

test('an error answer is thrown as a ProblemError carrying the problem members', async () => {
  const problem = {
    type: 'urn:jembatan:problem:validation', title: 'Invalid request', status: 422, detail: 'Two fields are invalid',
    requestId: 'r-1', state: 'INITIATED', allowedActions: ['START_EXPLORATION'],
    errors: [{ field: 'title', message: 'must not be blank' }, { field: 'sectors', message: 'unknown sector' }],
  };
  const recorder = recordingFetch(() => new Response(JSON.stringify(problem), {
    status: 422, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'r-1' } }));
  configureClient(agreements.client, { baseUrl: 'http://agreements.test', fetch: recorder.fetch });

  await assert.rejects(agreements.getPublicAgreement({ path: { id: '00000000-0000-0000-0000-000000000001' } }), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 422);
    assert.ok(error.is(ProblemType.validation));
    assert.equal(error.problem.state, 'INITIATED');
    assert.deepEqual(error.problem.allowedActions, ['START_EXPLORATION']);
    assert.deepEqual(error.fieldErrors(), { title: 'must not be blank', sectors: 'unknown sector' });
    assert.equal(error.requestId, 'r-1');
    assert.equal(error.message, 'Two fields are invalid');
    return true;
  });
});

test('a non-problem error body and an unreachable service are ProblemErrors too', async () => {
  configureClient(agreements.client, { baseUrl: 'http://agreements.test',
    fetch: async () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' }) });
  await assert.rejects(agreements.searchPublicAgreements(), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 502);
    assert.equal(error.type, 'about:blank');
    assert.equal(error.problem.detail, 'Bad Gateway');
    assert.equal(error.unreachable, false);
    return true;
  });

  configureClient(agreements.client, { baseUrl: 'http://agreements.test',
    fetch: async () => { throw new TypeError('fetch failed'); } });
  await assert.rejects(agreements.searchPublicAgreements(), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 0);
    assert.equal(error.unreachable, true);
    return true;
  });
});

test('If-Match carries the ETag of the read the write is based on', async () => {
  const recorder = recordingFetch((request) => request.method === 'GET'
    ? json(200, { id: 'a1', version: 3 }, { ETag: '"3"' })
    : json(200, { id: 'a1', version: 4 }, { ETag: '"4"' }));
  configureClient(agreements.client, { baseUrl: 'http://agreements.test', token: () => 't', fetch: recorder.fetch });

  const read = versioned(await agreements.getAgreement({ path: { id: 'a1' } }));
  assert.equal(read.etag, '"3"');
  await agreements.transitionAgreement({ path: { id: 'a1' }, headers: ifMatch(read), body: { action: 'START_EXPLORATION' } });

  assert.equal(recorder.requests[1].method, 'POST');
  assert.equal(recorder.requests[1].headers.get('If-Match'), '"3"');
  assert.equal(recorder.requests[1].headers.get('Authorization'), 'Bearer t');
});

test('ifMatch quotes a bare version and keeps weak or quoted tags; a response without ETag is refused', () => {
  assert.deepEqual(ifMatch('7'), { 'If-Match': '"7"' });
  assert.deepEqual(ifMatch('"7"'), { 'If-Match': '"7"' });
  assert.deepEqual(ifMatch('W/"7"'), { 'If-Match': 'W/"7"' });
  assert.throws(() => ifMatch(''));
  assert.throws(() => etagOf(new Response('{}')), /No ETag/);
});
