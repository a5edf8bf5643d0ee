import { sql, type SQL } from 'drizzle-orm';
import type { TokenSubject } from '../../src/core/auth.js';
import type { TestDatabase } from './testDatabase.js';
import type { GraphQLResponse, TestGateway } from './testGateway.js';

/** Staff, who run the membership lifecycle. */
export const staff: TokenSubject = { role: 'staff', subject: 's1' };

export const asMember = (memberId: string): TokenSubject => ({ role: 'member', memberId });

/** The fields of a MembershipChange the lifecycle tests compare whole. */
export const changeFields = `
  member { id status lifecycleStage joinedOn }
  statusChange { from to reason effectiveAt }
  term { startsOn endsOn outcome outcomeAt duesPaidAt feePlan { id } dues { amountMinor currency } }
`;

export interface ChangeData {
  member: { id: string; status: string; lifecycleStage: string; joinedOn: string | null };
  statusChange: { from: string | null; to: string; reason: string; effectiveAt: string } | null;
  term: {
    startsOn: string;
    endsOn: string;
    outcome: string;
    outcomeAt: string | null;
    duesPaidAt: string | null;
    feePlan: { id: string };
    dues: { amountMinor: number; currency: string };
  } | null;
}

/** The China calendar day `days` away from today, computed apart from the code under test. */
export function chinaDay(days = 0, from = new Date()): string {
  const shifted = new Date(from.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(shifted);
}

/** A valid application for a Shanghai prospect, with the overrides given. */
export function application(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenName: 'Lina',
    familyName: 'Chen',
    displayName: 'Chen Lina',
    email: 'lina.chen@example.com',
    phone: '+8613900139000',
    birthday: '1990-04-12',
    city: 'Shanghai',
    language: 'zh-CN',
    homeChapterId: 'shanghai',
    ...overrides,
  };
}

type Variables = Record<string, unknown>;

/** Calls one lifecycle mutation by name with the arguments given, selecting `selection`. */
export function mutate<TData>(
  gateway: TestGateway,
  field: string,
  args: Record<string, string>,
  variables: Variables,
  options: { as?: TokenSubject | null; selection?: string } = {},
): Promise<GraphQLResponse<TData>> {
  const declared = Object.entries(args).map(([name, type]) => `$${name}: ${type}`).join(', ');
  const passed = Object.keys(args).map((name) => `${name}: $${name}`).join(', ');
  return gateway.request<TData, Variables>(
    `mutation (${declared}) { ${field}(${passed}) { ${options.selection ?? changeFields} } }`,
    { as: options.as === null ? undefined : (options.as ?? staff), variables },
  );
}

/** The lifecycle mutations, each through the gateway, as staff unless told otherwise (null: anonymous). */
export function lifecycleClient(gateway: TestGateway) {
  const key = 'String';
  return {
    apply: (variables: { application: Variables; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'applyForMembership', ChangeData>>(gateway, 'applyForMembership', { application: 'MembershipApplication!', idempotencyKey: key }, variables, { as }),
    admit: (variables: { memberId: string; feePlanId: string; startsOn?: string; duesPaid?: boolean; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'admitMember', ChangeData>>(gateway, 'admitMember', { memberId: 'ID!', feePlanId: 'ID!', startsOn: 'Date', duesPaid: 'Boolean', idempotencyKey: key }, variables, { as }),
    renew: (variables: { memberId: string; feePlanId?: string; startsOn?: string; duesPaid?: boolean; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'renewMembership', ChangeData>>(gateway, 'renewMembership', { memberId: 'ID!', feePlanId: 'ID', startsOn: 'Date', duesPaid: 'Boolean', idempotencyKey: key }, variables, { as }),
    recordDues: (variables: { termId: string; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'recordDuesPayment', ChangeData>>(gateway, 'recordDuesPayment', { termId: 'ID!', idempotencyKey: key }, variables, { as }),
    suspend: (variables: { memberId: string; reason: string; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'suspendMember', ChangeData>>(gateway, 'suspendMember', { memberId: 'ID!', reason: 'String!', idempotencyKey: key }, variables, { as }),
    reinstate: (variables: { memberId: string; reason?: string; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'reinstateMember', ChangeData>>(gateway, 'reinstateMember', { memberId: 'ID!', reason: 'String', idempotencyKey: key }, variables, { as }),
    leave: (variables: { memberId: string; reason?: string; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<Record<'leaveClub', ChangeData>>(gateway, 'leaveClub', { memberId: 'ID!', reason: 'String', idempotencyKey: key }, variables, { as }),
    runJob: (variables: { asOf: string; idempotencyKey?: string }, as?: TokenSubject | null) =>
      mutate<{ runLifecycleJob: { asOf: string; lapsed: JobChange[]; churned: JobChange[] } }>(
        gateway,
        'runLifecycleJob',
        { asOf: 'Date!', idempotencyKey: key },
        variables,
        { as, selection: 'asOf lapsed { member { id status } from to reason effectiveAt } churned { member { id status } from to reason effectiveAt }' },
      ),
  };
}

export interface JobChange {
  member: { id: string; status: string };
  from: string;
  to: string;
  reason: string;
  effectiveAt: string;
}

/** Rows of a query, on either driver. */
export async function rowsOf<T>(database: TestDatabase, query: SQL): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The domain events recorded about a member, oldest first, as type and payload. */
export async function eventsAbout(database: TestDatabase, memberId: string) {
  return rowsOf<{ type: string; payload: Record<string, unknown> }>(
    database,
    sql`select type, payload from bus.domain_events where payload->>'memberId' = ${memberId} order by sequence`,
  );
}
