import { it } from 'vitest';
import { chaptersSubgraph } from '/work/main/src/chapters/subgraph.js';
import { membersSubgraph } from '/work/main/src/members/subgraph.js';
import { developmentSecret } from '/work/main/src/core/auth.js';
import { createLogger } from '/work/main/src/core/logger.js';
import { startSubgraphServer } from '/work/main/src/server/startSubgraphServer.js';
import { openTestDatabase } from '/work/main/test/support/testDatabase.js';
it('probe', async () => {
  const database = await openTestDatabase();
  for (const sg of [chaptersSubgraph, membersSubgraph]) {
  const s = await startSubgraphServer({ subgraph: sg, database: database.handle, logger: createLogger({ level: 'silent' }), jwtSecret: developmentSecret, host: '127.0.0.1', port: 0 });
  for (const q of ['{ _entities(representations: [{ __typename: "Nope", id: "x" }]) { __typename } }', '{ _entities(representations: [{ __typename: "Member", id: "not-a-uuid" }]) { ... on Member { id } } }', '{ _entities(representations: [{ __typename: "Chapter", id: "Not A Slug" }]) { ... on Chapter { id } } }', '{ nope }']) {
    const r = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) });
    console.log(sg.name, r.status, await r.text());
  }
  await s.stop();
  }
  await database.close();
});
