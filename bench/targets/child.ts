/**
 * The entry point of one target server, forked by the bench: serves the
 * target named by argv[2] on 127.0.0.1 against BENCH_DATABASE_URL, then
 * answers the parent's requests for its CPU time and counters until told to
 * stop. Internal to the bench.
 */
import { openDatabase } from '../../src/core/database/openDatabase.js';
import type { ChildMessage, ParentMessage, RunningTarget, TargetName } from './protocol.js';

const send = (message: ChildMessage) => process.send?.(message);

async function start(name: TargetName, url: string): Promise<RunningTarget> {
  switch (name) {
    case 'gateway': {
      const { startGatewayTarget } = await import('./gateway.js');
      return withDatabase(url, startGatewayTarget);
    }
    case 'plain': {
      const { startPlainTarget } = await import('./plain.js');
      return withDatabase(url, startPlainTarget);
    }
    case 'sql': {
      const { startSqlTarget } = await import('./handwritten.js');
      return startSqlTarget(url);
    }
    case 'stitched': {
      const { startStitchedTarget } = await import('./stitched.js');
      return withDatabase(url, startStitchedTarget);
    }
    case 'postgraphile': {
      const { startPostGraphileTarget } = await import('./postgraphile.js');
      return startPostGraphileTarget(url);
    }
  }
}

/** Paddock's own targets get the pool `npm start` would open (defaultPoolSize). */
async function withDatabase(
  url: string,
  startTarget: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<RunningTarget>,
): Promise<RunningTarget> {
  const database = await openDatabase({ url });
  const target = await startTarget(database);
  return {
    ...target,
    async stop() {
      await target.stop();
      await database.close();
    },
  };
}

const name = process.argv[2] as TargetName;
const url = process.env.BENCH_DATABASE_URL;
try {
  if (!url) throw new Error('BENCH_DATABASE_URL is not set');
  const target = await start(name, url);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'sample') {
      const cpu = process.cpuUsage();
      send({ type: 'sample', id: message.id, counters: { cpuMicros: cpu.user + cpu.system, ...target.counts() } });
    } else if (message.type === 'stop') {
      // A normal exit, so that --cpu-prof writes its profile.
      void target.stop().finally(() => process.exit(0));
    }
  });
  // Orphaned by a parent that died: stop rather than serve forever.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: target.url });
} catch (error) {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
}
