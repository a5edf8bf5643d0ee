import { readFileSync } from 'node:fs';

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

const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');

/**
 * Paddock's own documents: the client operations of src/client/operations for
 * W1 and W2, and the event page with its registrations for W3. The gateway
 * and the plain schema are sent exactly these.
 */
export const paddockDocuments: Record<WorkloadName, { operationName: string; query: string }> = {
  W1: { operationName: 'ChapterRoster', query: read('../src/client/operations/ChapterRoster.graphql') },
  W2: { operationName: 'MemberPage', query: read('../src/client/operations/MemberPage.graphql') },
  W3: { operationName: 'EventPageWithRegistrations', query: read('./operations/EventPageWithRegistrations.graphql') },
};

/** The variables of each workload's Paddock document. */
export function paddockVariables(workload: WorkloadName, subjects: WorkloadSubjects, rosterSize = 50): Record<string, unknown> {
  switch (workload) {
    case 'W1':
      return { chapterId: subjects.chapterId, first: rosterSize };
    case 'W2':
      return { id: subjects.memberId };
    case 'W3':
      return { id: subjects.eventId };
  }
}
