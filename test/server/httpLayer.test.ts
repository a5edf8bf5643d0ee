import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

const logged: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  gateway = await startTestGateway(database, { logger: createLogger({ level: 'info', destination }) });
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

async function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(gateway.url, { method: 'POST', headers, body });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    requestId: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

describe('the HTTP layer', () => {
  it('answers a body that is not JSON with a GraphQL-shaped 400 and logs neither body nor stack', async () => {
    const response = await post('somebody@example.com');
    expect(response.status).toBe(400);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual({
      errors: [
        {
          message: "Body is not valid JSON but content-type is set to 'application/json'",
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    const line = logged.map((text) => JSON.parse(text)).find((entry) => entry.requestId === response.requestId);
    expect(line).toMatchObject({ level: 30, msg: 'request refused', status: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    expect(logged.join('')).not.toContain('somebody@example.com');
  });

  it('refuses a body over 1 MiB with 413 before reading it', async () => {
    const query = `{ regions { id } } # ${'x'.repeat(1_048_576)}`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      errors: [{ message: 'Request body is too large', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a content type GraphQL does not take with 415', async () => {
    const response = await post('{ regions { id } }', { 'content-type': 'text/plain' });
    expect(response.status).toBe(415);
    expect(JSON.parse(response.body).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('answers a path other than / with NOT_FOUND', async () => {
    const response = await fetch(new URL('/graphql', gateway.url), { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Nothing is served at /graphql: the graph is at /.', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('answers a method the graph does not take with 405 and the methods it does', async () => {
    const response = await fetch(gateway.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { id } }' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(await response.json()).toEqual({
      errors: [{ message: 'The graph is served over GET and POST, not PUT.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('lets a browser on another origin call the graph and read the request id', async () => {
    const preflight = await fetch(gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { id } }' }),
    });
    expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(await response.json()).toEqual({ data: { regions: [] } });
  });

  it('answers a persisted query whose hash does not match its text as the client\'s mistake, and does not log it as an error', async () => {
    const before = logged.length;
    const response = await post(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
    expect(logged.slice(before).filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it('refuses __Type.isOneOf, which the gateway cannot plan, as a validation error and answers the rest of introspection', async () => {
    const refused = await post(JSON.stringify({ query: '{ __type(name: "Query") { name isOneOf } }' }));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body)).toEqual({
      errors: [
        {
          message: '__Type.isOneOf is not served by this gateway; leave it out (the graph has no @oneOf input types, so it is false for every type).',
          locations: [{ line: 1, column: 32 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const answered = await post(JSON.stringify({ query: '{ __type(name: "Query") { name kind } }' }));
    expect(JSON.parse(answered.body)).toEqual({ data: { __type: { name: 'Query', kind: 'OBJECT' } } });
  });
});
