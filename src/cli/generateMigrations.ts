import { execFileSync } from 'node:child_process';
import { subgraphNames } from '../gateway/subgraphNames.js';

// Each subgraph gets its own migration folder, so that it can be deployed and
// migrated on its own; drizzle-kit diffs against that folder's snapshots. The
// event bus is infrastructure shared by all and has a folder of its own.
const sets = [
  { name: 'bus', tables: 'src/core/bus/tables.ts' },
  ...subgraphNames.map((name) => ({ name, tables: `src/${name}/data/tables.ts` })),
];

for (const { name, tables } of sets) {
  execFileSync(
    'npx',
    ['drizzle-kit', 'generate', '--dialect=postgresql', `--schema=${tables}`, `--out=drizzle/${name}`, `--name=${name}`],
    { stdio: 'inherit' },
  );
}
