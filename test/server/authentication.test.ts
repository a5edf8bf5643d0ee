import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { developmentSecret, signViewerToken } from '../../src/core/auth.js';
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

const query = '{ regions { id } }';

const invalidToken = {
  message: 'The token is not valid.',
  extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' },
};

function withAuthorization(authorization: string) {
  return gateway.request(query, { headers: { authorization } });
}

describe('the Authorization header', () => {
  it('answers a token that is not a JWT with UNAUTHENTICATED and 401', async () => {
    const response = await withAuthorization('Bearer nonsense');
    expect(response.status).toBe(401);
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([invalidToken]);
  });

  it('answers an expired token with UNAUTHENTICATED and 401', async () => {
    const token = await signViewerToken(
      { role: 'staff', subject: 's1' },
      { secret: developmentSecret, expiresIn: '1m ago' },
    );
    const response = await withAuthorization(`Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      {
        message: 'The token has expired.',
        extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' },
      },
    ]);
  });

  it('answers a token signed with another secret with UNAUTHENTICATED and 401', async () => {
    const token = await signViewerToken(
      { role: 'staff', subject: 's1' },
      { secret: 'somebody-elses-secret-that-is-long-enough' },
    );
    const response = await withAuthorization(`Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([invalidToken]);
  });

  it('answers a header that is not a bearer token with UNAUTHENTICATED and 401', async () => {
    const response = await withAuthorization('Basic dXNlcjpwYXNz');
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      {
        message: 'The Authorization header must be "Bearer <token>".',
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
  });

  it('answers a signed token without an expiry with UNAUTHENTICATED and 401', async () => {
    const token = await new SignJWT({ role: 'staff' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('paddock')
      .setAudience('paddock-api')
      .setSubject('s1')
      .setIssuedAt()
      .sign(new TextEncoder().encode(developmentSecret));
    const response = await withAuthorization(`Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([invalidToken]);
  });

  it('answers a token issued more than 30 days ago with UNAUTHENTICATED and 401', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 31 * 86_400;
    const token = await new SignJWT({ role: 'staff' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('paddock')
      .setAudience('paddock-api')
      .setSubject('s1')
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 365 * 86_400)
      .sign(new TextEncoder().encode(developmentSecret));
    const response = await withAuthorization(`Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.errors).toEqual([
      { message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } },
    ]);
  });

  it('names the refused request in x-request-id', async () => {
    const response = await withAuthorization('Bearer nonsense');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves a request without the header as anonymous', async () => {
    const response = await gateway.request(query);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ regions: [] });
  });
});
