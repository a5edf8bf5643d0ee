import { date, index, integer, pgSchema, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { defineIdempotencyKeys } from '../../core/idempotency/idempotencyKeys.js';

/** The chapters subgraph owns this PostgreSQL schema and nothing outside it. */
export const chaptersSchema = pgSchema('chapters');

export const regionCode = chaptersSchema.enum('region_code', ['EAST', 'SOUTH', 'NORTH', 'WEST', 'CENTRAL']);

export const chapterRole = chaptersSchema.enum('chapter_role', [
  'CHAIR',
  'VICE_CHAIR',
  'EVENTS_LEAD',
  'PARTNERSHIPS_LEAD',
  'MEMBERSHIP_LEAD',
]);

export const regions = chaptersSchema.table('regions', {
  id: text('id').primaryKey(),
  code: regionCode('code').notNull().unique(),
  name: text('name').notNull(),
  position: integer('position').notNull(),
});

export const chapters = chaptersSchema.table(
  'chapters',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    city: text('city').notNull(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    foundedOn: date('founded_on').notNull(),
  },
  (table) => [index('chapters_region_idx').on(table.regionId, table.id)],
);

/** A member's role in a chapter; the member id points into the members subgraph. */
export const chapterLeads = chaptersSchema.table(
  'chapter_leads',
  {
    chapterId: text('chapter_id')
      .notNull()
      .references(() => chapters.id),
    memberId: uuid('member_id').notNull(),
    role: chapterRole('role').notNull(),
    since: date('since').notNull(),
  },
  (table) => [primaryKey({ columns: [table.chapterId, table.role, table.memberId] })],
);

/** The answers of mutations applied under a client's idempotency key. */
export const idempotencyKeys = defineIdempotencyKeys(chaptersSchema);

export type RegionRow = typeof regions.$inferSelect;
export type ChapterRow = typeof chapters.$inferSelect;
export type ChapterLeadRow = typeof chapterLeads.$inferSelect;
