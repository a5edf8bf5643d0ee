/**
 * The domain events the chapters subgraph records, with their payloads
 * (fields may be added, never renamed or removed).
 */

/** The subgraph name events are recorded under. */
export const chaptersSource = 'chapters';

/** A member took a role in a chapter. */
export type LeadAppointed = {
  chapterId: string;
  memberId: string;
  role: string;
  /** The day the role was taken, "YYYY-MM-DD". */
  since: string;
  appointedAt: string;
};

/** A member gave up a role in a chapter. */
export type LeadRemoved = {
  chapterId: string;
  memberId: string;
  role: string;
  removedAt: string;
};
