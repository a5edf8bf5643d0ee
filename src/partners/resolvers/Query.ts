import { BadUserInputError } from '../../core/errors.js';
import { isUuid, toUuid } from '../../core/ids.js';
import { decodeCursor, toConnection, toPageSize } from '../../core/pagination.js';
import { countPartners, pagePartners } from '../data/partnerQueries.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { partnerLoaders } from '../loaders.js';

/**
 * The (name, id) sort key of a partners cursor. A well-formed cursor whose
 * parts are not a name and a UUID would make PostgreSQL reject the statement,
 * so it is refused here as bad input instead.
 */
function toPartnerKey(cursor: string | null | undefined): readonly [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (key === null) return null;
  const [name, id] = key;
  if (typeof name === 'string' && typeof id === 'string' && isUuid(id)) return [name, id.toLowerCase()];
  throw new BadUserInputError('Argument "after" is not a cursor this list returned.', { argument: 'after' });
}

/**
 * The partners subgraph's root fields. Partners, their offers and the
 * existence of sponsorships are public; a sponsorship's commercial terms are
 * guarded on their own fields.
 */
export const Query: QueryResolvers = {
  /** A partner by UUID; null when unknown, BAD_USER_INPUT (argument "id") when malformed. */
  partner: (_parent, { id }, context) => partnerLoaders(context).partner.load(toUuid(id, 'id')),

  /** Partners in order of name, then id, optionally one kind's; a keyset cursor connection. */
  partners: async (_parent, args, { db }) => {
    const pageSize = toPageSize(args.first);
    const after = toPartnerKey(args.after);
    const kind = args.kind ?? null;
    const rows = await pagePartners(db, { kind, after, limit: pageSize + 1 });
    return toConnection({
      rows,
      pageSize,
      afterCursor: after !== null,
      keyOf: (row) => [row.name, row.id],
      count: () => countPartners(db, kind),
    });
  },

  /** A sponsorship by UUID; null when unknown, BAD_USER_INPUT (argument "id") when malformed. */
  sponsorship: (_parent, { id }, context) => partnerLoaders(context).sponsorship.load(toUuid(id, 'id')),
};
