// PostGraphile 5 calls Promise.withResolvers, which Node 20 lacks: core-js
// adds it (and nothing else) before PostGraphile's modules load.
import 'core-js/actual/promise/with-resolvers.js';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { jsonPgSmartTags } from 'postgraphile/utils';
import type { RunningTarget } from './protocol.js';

/**
 * The relations PostGraphile cannot see for itself: Paddock's subgraphs own
 * separate schemas and keep no foreign keys across them, so each crossing
 * the workloads follow is declared as a virtual foreign key.
 */
const relations = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      'members.members': {
        tags: { foreignKey: '(home_chapter_id) references chapters.chapters (id)|@fieldName homeChapter|@foreignFieldName members' },
      },
      'members.membership_terms': {
        tags: { foreignKey: '(fee_plan_id) references loyalty.fee_plans (id)|@fieldName feePlan|@foreignFieldName terms' },
      },
      'loyalty.tier_changes': {
        tags: { foreignKey: '(member_id) references members.members (id)|@fieldName member|@foreignFieldName tierHistory' },
      },
      'benefits.redemptions': {
        tags: { foreignKey: '(member_id) references members.members (id)|@fieldName member|@foreignFieldName redemptions' },
      },
      'events.registrations': {
        tags: { foreignKey: '(member_id) references members.members (id)|@fieldName member|@foreignFieldName registrations' },
      },
      'events.events': {
        tags: {
          foreignKey: [
            '(chapter_id) references chapters.chapters (id)|@fieldName chapter|@foreignFieldName events',
            '(minimum_tier_id) references loyalty.tiers (id)|@fieldName minimumTier|@foreignFieldName events',
          ],
        },
      },
    },
  },
});

/** Counts the statements PostGraphile sends, at the pg driver every pool client uses. */
function countStatements(): () => number {
  let statements = 0;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text ?? '';
    if (!/^\s*(begin|commit|rollback)\b/i.test(text)) statements++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  return () => statements;
}

/**
 * Target (d): PostGraphile 5 over the same database, every subgraph schema
 * exposed, with the relations above and the computed columns of
 * postgraphileSetup.ts, behind grafserv's node:http adaptor. Lists of a
 * relation are offered both as connections and as plain lists, so each
 * workload can ask for the shape Paddock returns.
 */
export async function startPostGraphileTarget(url: string): Promise<RunningTarget> {
  const statements = countStatements();
  let operations = 0;
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    plugins: [relations],
    pgServices: [
      makePgService({
        connectionString: url,
        schemas: ['chapters', 'members', 'loyalty', 'benefits', 'events', 'partners'],
        poolConfig: { max: 10, application_name: 'paddock-bench-postgraphile' },
      }),
    ],
    schema: { defaultBehavior: '+list +connection' },
    grafserv: { graphqlPath: '/', graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.on('request', () => void operations++);
  await serv.addTo(server);
  await pgl.getSchema();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    counts: () => ({ operations, statements: statements() }),
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await serv.release();
      await pgl.release();
    },
  };
}
