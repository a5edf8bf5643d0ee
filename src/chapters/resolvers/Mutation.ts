import { assertStaff } from '../../core/access.js';
import { applyOnce } from '../../core/idempotency/applyOnce.js';
import { toSlug, toUuid } from '../../core/ids.js';
import { appointLead, removeLead } from '../commands/appointLead.js';
import { idempotencyKeys, type ChapterLeadRow } from '../data/tables.js';
import type { MutationResolvers } from '../generated/resolvers.js';

/** Today's date in China time, where the club keeps its calendar: "YYYY-MM-DD". */
function chinaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/**
 * A Date argument as "YYYY-MM-DD". The Date scalar (graphql-scalars) hands
 * resolvers a Date at UTC midnight, although the generated type says string.
 */
function toCalendarDate(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/**
 * The chapters subgraph's mutations: staff appoint and remove chapter leads.
 * Each runs in one transaction with its domain event and its idempotency
 * key; the answer stored for a key is the lead row itself.
 */
export const Mutation: MutationResolvers = {
  /** Gives a member a role in a chapter; staff only. Never null. */
  appointChapterLead: async (_parent, args, context) => {
    const chapterId = toSlug(args.chapterId, 'chapterId');
    const memberId = toUuid(args.memberId, 'memberId');
    assertStaff(context.viewer, 'Mutation.appointChapterLead');

    const now = new Date();
    const lead: ChapterLeadRow = { chapterId, memberId, role: args.role, since: args.since == null ? chinaToday(now) : toCalendarDate(args.since) };
    return context.db.transaction((tx) =>
      applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation: 'appointChapterLead', input: lead }, async () => ({
        ...(await appointLead(tx, lead, now)),
      })),
    );
  },

  /** Takes a role in a chapter from a member; staff only. Never null. */
  removeChapterLead: async (_parent, args, context) => {
    const chapterId = toSlug(args.chapterId, 'chapterId');
    const memberId = toUuid(args.memberId, 'memberId');
    assertStaff(context.viewer, 'Mutation.removeChapterLead');

    const lead = { chapterId, memberId, role: args.role };
    return context.db.transaction((tx) =>
      applyOnce(tx, idempotencyKeys, { key: args.idempotencyKey, viewer: context.viewer, operation: 'removeChapterLead', input: lead }, async () => ({
        ...(await removeLead(tx, lead, new Date())),
      })),
    );
  },
};
