import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberPageDocument } from '../../src/client/generated/graphql.js';
import { createLogger } from '../../src/core/logger.js';
import { seedClub } from '../../src/seed/seedClub.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, tokenFor, type TestGateway } from '../support/testGateway.js';

const lines: Array<Record<string, unknown>> = [];
const raw: string[] = [];
const destination = new Writable({
  write(chunk, _encoding, done) {
    const text = String(chunk);
    raw.push(text);
    for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let database: TestDatabase;
let gateway: TestGateway;
let member: { id: string; email: string; phone: string; birthday: string };

beforeAll(async () => {
  database = await openTestDatabase();
  await seedClub(database.handle, { members: 120, seed: 5 });
  const result = await database.handle.db.execute(
    `select id, email, phone, birthday::text from members.members where email is not null and phone is not null order by member_number limit 1`,
  );
  member = (Array.isArray(result) ? result[0] : (result as { rows: unknown[] }).rows[0]) as typeof member;
  gateway = await startTestGateway(database, { logger: createLogger({ level: 'info', destination }) });
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

describe('request logging', () => {
  it('writes one JSON line per operation with the request id, statements and duration', async () => {
    lines.length = 0;
    const response = await gateway.request(MemberPageDocument, {
      variables: { id: member.id },
      as: { role: 'staff', subject: 'logging-test' },
      headers: { 'x-request-id': 'trace-1234' },
    });
    expect(response.data?.member?.email).toBe(member.email);
    expect(response.headers.get('x-request-id')).toBe('trace-1234');

    const operations = lines.filter((line) => line.msg === 'operation');
    expect(operations).toHaveLength(1);
    expect(operations[0]).toMatchObject({ requestId: 'trace-1234', role: 'staff', operationName: 'MemberPage', errors: 0 });
    expect(operations[0]!.statements).toBeGreaterThan(0);
    expect(typeof operations[0]!.durationMs).toBe('number');
  });

  it('gives a request without an id a fresh one and returns it', async () => {
    lines.length = 0;
    const response = await gateway.request('{ tiers { code } }');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.find((line) => line.msg === 'operation')?.requestId).toBe(requestId);
  });

  it('never writes personal data, variables or the token', async () => {
    raw.length = 0;
    const token = await tokenFor({ role: 'member', memberId: member.id });
    await gateway.request(MemberPageDocument, {
      variables: { id: member.id },
      headers: { authorization: `Bearer ${token}` },
    });
    const written = raw.join('');
    expect(written).not.toContain(member.email);
    expect(written).not.toContain(member.phone);
    expect(written).not.toContain(member.birthday);
    expect(written).not.toContain(member.id);
    expect(written).not.toContain(token);
  });
});
