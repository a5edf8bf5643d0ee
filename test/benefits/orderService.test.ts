import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenSubject } from '../../src/core/auth.js';
import { fixtureUuid, insertMemberTiers, insertService, insertServiceOrders } from '../fixtures/benefits.js';
import { insertMember } from '../fixtures/loyalty.js';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase.js';
import { startTestGateway, type TestGateway } from '../support/testGateway.js';

let database: TestDatabase;
let gateway: TestGateway;

const concierge = fixtureUuid(21);
const training = fixtureUuid(22);
const unknownId = fixtureUuid(99);

const buyer = fixtureUuid(801);
const other = fixtureUuid(802);
const prospect = fixtureUuid(803);

const placedOrder = fixtureUuid(601);
const fulfilledOrder = fixtureUuid(602);
const cancelledOrder = fixtureUuid(603);

const staff: TokenSubject = { role: 'staff', subject: 's1' };
const asMember = (memberId: string): TokenSubject => ({ role: 'member', memberId });

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.handle.db;
  for (const id of [buyer, other]) await insertMember(db, { id });
  await insertMember(db, { id: prospect, status: 'PROSPECT' });
  await insertService(db, { id: concierge, name: 'Airport concierge', priceMinor: 88_000 });
  await insertService(db, { id: training, name: 'Track driving course', kind: 'DRIVER_TRAINING', priceMinor: 680_000 });
  await insertMemberTiers(db, [
    { memberId: buyer, tierId: 'gold' },
    { memberId: other, tierId: 'silver' },
  ]);
  const order = { memberId: other, serviceId: training, amountMinor: 680_000, currency: 'CNY', orderedAt: new Date('2026-05-01T02:00:00Z') };
  await insertServiceOrders(db, [
    { ...order, id: placedOrder, status: 'PLACED' },
    { ...order, id: fulfilledOrder, status: 'FULFILLED' },
    { ...order, id: cancelledOrder, status: 'CANCELLED' },
  ]);
  gateway = await startTestGateway(database);
});

afterAll(async () => {
  await gateway?.stop();
  await database?.close();
});

const orderDocument = `
  mutation Order($memberId: ID!, $serviceId: ID!, $key: String) {
    orderService(memberId: $memberId, serviceId: $serviceId, idempotencyKey: $key) {
      id status orderedAt amount { amountMinor currency } service { name } member { id }
    }
  }
`;

interface OrderData {
  orderService: { id: string; status: string; orderedAt: string; amount: { amountMinor: number; currency: string }; service: { name: string }; member: { id: string } };
}

function order(as: TokenSubject | undefined, memberId: string, serviceId: string, key?: string) {
  return gateway.request<OrderData, Record<string, unknown>>(orderDocument, { as, variables: { memberId, serviceId, key } });
}

function settle(field: 'markServiceOrderFulfilled' | 'cancelServiceOrder', orderId: string, as: TokenSubject = staff, key?: string) {
  return gateway.request<Record<string, { id: string; status: string }>, Record<string, unknown>>(
    `mutation ($orderId: ID!, $key: String) { ${field}(orderId: $orderId, idempotencyKey: $key) { id status } }`,
    { as, variables: { orderId, key } },
  );
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.handle.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

describe('Mutation.orderService', () => {
  it('places an order at the list price and records ServiceOrdered in the same transaction', async () => {
    const before = Date.now();
    const response = await order(asMember(buyer), buyer, concierge);
    expect(response.errors).toBeUndefined();
    const placed = response.data!.orderService;
    expect(placed).toEqual({
      id: placed.id,
      status: 'PLACED',
      orderedAt: placed.orderedAt,
      amount: { amountMinor: 88_000, currency: 'CNY' },
      service: { name: 'Airport concierge' },
      member: { id: buyer },
    });
    expect(Date.parse(placed.orderedAt)).toBeGreaterThanOrEqual(before);
    expect(await rowsOf(sql`select type, payload from bus.domain_events where payload->>'memberId' = ${buyer} order by sequence`)).toEqual([
      {
        type: 'benefits.ServiceOrdered',
        payload: { memberId: buyer, serviceId: concierge, orderId: placed.id, amountMinor: 88_000, currency: 'CNY', orderedAt: placed.orderedAt },
      },
    ]);
  });

  it('marks the member MONETISED once the members subgraph has the fact', async () => {
    await gateway.events.drain();
    const response = await gateway.request(`{ member(id: "${buyer}") { lifecycleStage stages { monetisedAt } serviceOrders { id } } }`, { as: staff });
    const orders = (response.data as { member: { serviceOrders: { id: string }[] } }).member.serviceOrders;
    const [placedAt] = await rowsOf<{ at: string }>(sql`select payload->>'orderedAt' as at from bus.domain_events where type = 'benefits.ServiceOrdered' and payload->>'memberId' = ${buyer}`);
    expect(response.data).toEqual({ member: { lifecycleStage: 'MONETISED', stages: { monetisedAt: placedAt!.at }, serviceOrders: [{ id: orders[0]!.id }] } });
  });

  it('orders once however often the request is retried with one key', async () => {
    const first = await order(staff, other, concierge, 'concierge-order-1');
    const retry = await order(staff, other, concierge, 'concierge-order-1');
    expect(first.errors).toBeUndefined();
    expect(retry.data).toEqual(first.data);
    expect(await rowsOf(sql`select count(*)::int as n from benefits.service_orders where member_id = ${other} and service_id = ${concierge}`)).toEqual([{ n: 1 }]);
  });

  it('names an unknown service, and a member without a tier', async () => {
    expect((await order(staff, buyer, unknownId)).errors).toEqual([
      { message: `No service has id "${unknownId}".`, path: ['orderService'], extensions: { code: 'NOT_FOUND', argument: 'serviceId', serviceName: 'benefits' } },
    ]);
    expect((await order(staff, prospect, concierge)).errors).toEqual([
      { message: `No member with a tier has id "${prospect}".`, path: ['orderService'], extensions: { code: 'NOT_FOUND', argument: 'memberId', serviceName: 'benefits' } },
    ]);
  });

  it('refuses a member ordering for another member and an anonymous viewer', async () => {
    const forbidden = {
      message: 'Only staff and the member themself may use Mutation.orderService.',
      path: ['orderService'],
      extensions: { code: 'FORBIDDEN', field: 'Mutation.orderService', reason: 'STAFF_OR_SELF', serviceName: 'benefits' },
    };
    expect((await order(asMember(other), buyer, concierge)).errors).toEqual([forbidden]);
    expect((await order(undefined, buyer, concierge)).errors).toEqual([forbidden]);
  });
});

describe('Mutation.markServiceOrderFulfilled and Mutation.cancelServiceOrder', () => {
  it('fulfil a placed order, and cancel another, once each however often retried', async () => {
    const fulfilled = await settle('markServiceOrderFulfilled', placedOrder, staff, 'fulfil-601');
    expect(fulfilled.errors).toBeUndefined();
    expect(fulfilled.data).toEqual({ markServiceOrderFulfilled: { id: placedOrder, status: 'FULFILLED' } });
    expect((await settle('markServiceOrderFulfilled', placedOrder, staff, 'fulfil-601')).data).toEqual(fulfilled.data);

    const placed = (await order(staff, other, training)).data!.orderService.id;
    const cancelled = await settle('cancelServiceOrder', placed);
    expect(cancelled.data).toEqual({ cancelServiceOrder: { id: placed, status: 'CANCELLED' } });
  });

  it.each([
    ['markServiceOrderFulfilled', fulfilledOrder, 'FULFILLED', 'be fulfilled'],
    ['markServiceOrderFulfilled', cancelledOrder, 'CANCELLED', 'be fulfilled'],
    ['cancelServiceOrder', fulfilledOrder, 'FULFILLED', 'be cancelled'],
    ['cancelServiceOrder', cancelledOrder, 'CANCELLED', 'be cancelled'],
  ] as const)('refuse %s of a %s order as an invalid transition', async (field, orderId, status, outcome) => {
    const response = await settle(field, orderId);
    expect(response.errors).toEqual([
      {
        message: `Service order ${orderId} is ${status}: only PLACED orders can ${outcome}.`,
        path: [field],
        extensions: { code: 'CONFLICT', reason: 'INVALID_TRANSITION', status, serviceName: 'benefits' },
      },
    ]);
  });

  it('are for staff only, and name an unknown order', async () => {
    expect((await settle('cancelServiceOrder', placedOrder, asMember(other))).errors).toEqual([
      {
        message: 'Only staff may use Mutation.cancelServiceOrder.',
        path: ['cancelServiceOrder'],
        extensions: { code: 'FORBIDDEN', field: 'Mutation.cancelServiceOrder', reason: 'STAFF_ONLY', serviceName: 'benefits' },
      },
    ]);
    expect((await settle('markServiceOrderFulfilled', unknownId)).errors).toEqual([
      {
        message: `No service order has id "${unknownId}".`,
        path: ['markServiceOrderFulfilled'],
        extensions: { code: 'NOT_FOUND', argument: 'orderId', serviceName: 'benefits' },
      },
    ]);
  });
});
