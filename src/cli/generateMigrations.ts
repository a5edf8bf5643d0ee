import { execFileSync } from 'node:child_process';
import { subgraphNames } from '../gateway/subgraphNames.js';

// Each subgraph gets its own migration folder, so that it can be deployed and
// migrated on its own; drizzle-kit diffs against that folder's snapshots.
for (const name of subgraphNames) {
  execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect=postgresql',
      `--schema=src/${name}/data/tables.ts`,
      `--out=drizzle/${name}`,
      `--name=${name}`,
    ],
    { stdio: 'inherit' },
  );
}
