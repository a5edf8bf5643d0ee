import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

beforeAll(async () => {
  database = await openTestDatabase();
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

/** Posts the body as it is: the test client never sends operationName. */
async function post(body: string) {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: response.status, body: await response.json() };
}

describe('the operation a request picks from its document', () => {
  it('must be named when the document holds several', async () => {
    const response = await post('{"query":"query A { __typename } query B { __typename }"}');
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The document holds 2 operations ("A", "B"): name the one to run in operationName.',
            extensions: { code: 'BAD_USER_INPUT', argument: 'operationName' },
          },
        ],
      },
    });
  });

  it('must be one the document holds', async () => {
    const response = await post('{"query":"query A { __typename }","operationName":"Z"}');
    expect(response).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The document holds no operation named "Z"; it holds "A".',
            extensions: { code: 'BAD_USER_INPUT', argument: 'operationName' },
          },
        ],
      },
    });
  });

  it('runs the operation named', async () => {
    const response = await post('{"query":"query A { a: __typename } query B { b: __typename }","operationName":"B"}');
    expect(response).toEqual({ status: 200, body: { data: { b: 'Query' } } });
  });
});
