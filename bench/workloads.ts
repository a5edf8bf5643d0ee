import { readFileSync } from 'node:fs';
import type { LoadRequest } from './load.js';
import type { TargetName } from './targets/protocol.js';

/** The three workloads of the bench (issue 5). */
export const workloadNames = ['W1', 'W2', 'W3'] as const;
export type WorkloadName = (typeof workloadNames)[number];

export const workloadTitles: Record<WorkloadName, string> = {
  W1: 'roster: first 50 members of a chapter with tier, cars, points balance, last 5 confirmed registrations with event',
  W2: 'member page: one member with everything the member page shows',
  W3: 'event page: one event with registrations, sponsors and ratings summary',
};

/** The records a workload reads, chosen once from the seeded database. */
export interface WorkloadSubjects {
  chapterId: string;
  memberId: string;
  eventId: string;
}

export interface GraphQLDocument {
  operationName: string;
  query: string;
}

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

/**
 * Paddock's own documents: the client operations of src/client/operations for
 * W1 and W2, and the event page with its registrations for W3. The gateway,
 * the plain schema and the hand-written SQL (which reads only the operation
 * name and the variables) are sent exactly these.
 */
export const paddockDocuments: Record<WorkloadName, GraphQLDocument> = {
  W1: { operationName: 'ChapterRoster', query: read('../src/client/operations/ChapterRoster.graphql') },
  W2: { operationName: 'MemberPage', query: read('../src/client/operations/MemberPage.graphql') },
  W3: { operationName: 'EventPageWithRegistrations', query: read('./operations/EventPageWithRegistrations.graphql') },
};

/** The same questions in PostGraphile's schema, aliased to Paddock's field names. */
export const postGraphileDocuments: Record<WorkloadName, GraphQLDocument> = {
  W1: { operationName: 'ChapterRoster', query: read('./operations/postgraphile/ChapterRoster.graphql') },
  W2: { operationName: 'MemberPage', query: read('./operations/postgraphile/MemberPage.graphql') },
  W3: {
    operationName: 'EventPageWithRegistrations',
    query: read('./operations/postgraphile/EventPageWithRegistrations.graphql'),
  },
};

/** The variables of each workload, the same for every target. */
export function workloadVariables(workload: WorkloadName, subjects: WorkloadSubjects, rosterSize = 50): Record<string, unknown> {
  switch (workload) {
    case 'W1':
      return { chapterId: subjects.chapterId, first: rosterSize };
    case 'W2':
      return { id: subjects.memberId };
    case 'W3':
      return { id: subjects.eventId };
  }
}

/**
 * The HTTP request of one workload for one target. Paddock's targets get a
 * staff token (the workloads read private fields); PostGraphile and the
 * hand-written SQL check no token at all.
 */
export function workloadRequest(
  target: TargetName,
  workload: WorkloadName,
  options: { url: string; subjects: WorkloadSubjects; staffToken: string },
): LoadRequest {
  const document = target === 'postgraphile' ? postGraphileDocuments[workload] : paddockDocuments[workload];
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target === 'gateway' || target === 'plain' || target === 'stitched') headers.authorization = `Bearer ${options.staffToken}`;
  return {
    url: options.url,
    headers,
    body: JSON.stringify({ ...document, variables: workloadVariables(workload, options.subjects) }),
  };
}

/** Fields of DateTime type in the workloads' responses. */
const dateTimeFields = new Set([
  'registeredAt',
  'startsAt',
  'reachedAt',
  'activatedAt',
  'retainedAt',
  'monetisedAt',
  'redeemedAt',
]);

/**
 * What must be normalised before PostGraphile's response can be compared
 * with Paddock's, and nothing else: field names are already Paddock's (the
 * PostGraphile documents alias them), but PostGraphile writes instants as
 * PostgreSQL does ("2024-10-18T08:59:48+08:00", microseconds when there are
 * some) where Paddock writes "2024-10-18T00:59:48.000Z", and its cursors are
 * its own. Instants become Paddock's form and every endCursor becomes one
 * placeholder, on both sides of that comparison only.
 */
export function normaliseForPostGraphile(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => normaliseForPostGraphile(item));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([field, inner]) => [field, normaliseForPostGraphile(inner, field)]),
    );
  }
  if (key === 'endCursor' && typeof value === 'string') return '(cursor)';
  if (key !== undefined && dateTimeFields.has(key) && typeof value === 'string') return new Date(value).toISOString();
  return value;
}
