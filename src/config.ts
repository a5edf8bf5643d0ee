import { z } from 'zod';
import { assertUsableSecret, developmentSecret } from './core/auth.js';
import { defaultPoolSize } from './core/database/defaultPoolSize.js';
import { subgraphNames } from './gateway/subgraphNames.js';
import { chinaDate } from './seed/clock.js';
import { queryLimits } from './server/limits/queryLimits.js';

/** Why one entry of PADDOCK_SUBGRAPH_URLS is unusable, if it is. */
function subgraphUrlProblem(
  { entry, name, url }: { entry: string; name: string; url: string },
  seen: Readonly<Record<string, string>>,
): string | undefined {
  if (!entry.includes('=')) return `"${entry}" is not of the form <subgraph>=<url>`;
  if (!(subgraphNames as readonly string[]).includes(name)) {
    return `"${name}" is not a subgraph; the subgraphs are ${subgraphNames.join(', ')}`;
  }
  if (name in seen) return `"${name}" is named twice`;
  const protocol = URL.parse(url)?.protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    return `the URL of "${name}" must be an http or https URL, not "${url}"`;
  }
  return undefined;
}

/**
 * Reads "members=http://10.0.0.5:4002/,events=http://10.0.0.6:4003/": the
 * subgraphs that run as their own services, by name. Every subgraph not
 * named runs inside the gateway's process.
 */
const subgraphUrlsSchema = z
  .string()
  .default('')
  .transform((value, context) => {
    const urls: Record<string, string> = {};
    for (const entry of value.split(',').map((part) => part.trim()).filter(Boolean)) {
      const [name = '', url = ''] = entry.split(/=(.*)/s);
      const problem = subgraphUrlProblem({ entry, name, url }, urls);
      if (problem) context.addIssue({ code: 'custom', message: problem });
      else urls[name] = url;
    }
    return urls;
  });

const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(defaultPoolSize),
  PADDOCK_DATA_DIR: z.string().default('.data/pglite'),
  PADDOCK_JWT_SECRET: z.string().default(developmentSecret),
  PADDOCK_SEED_MEMBERS: z.coerce.number().int().min(0).default(5000),
  PADDOCK_SEED: z.coerce.number().int().default(2026),
  PADDOCK_SEED_AS_OF: z.iso.date().optional(),
  PADDOCK_SUBGRAPH_URLS: subgraphUrlsSchema,
  PADDOCK_MAX_QUERY_COST: z.coerce.number().int().min(1).default(queryLimits.maxCost),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

/**
 * Reads the configuration from the environment, failing with every problem at
 * once. See the README's configuration table for what each variable does.
 */
export function loadConfig(environment: NodeJS.ProcessEnv) {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  assertUsableSecret(env.PADDOCK_JWT_SECRET, env.NODE_ENV);
  return {
    host: env.HOST,
    port: env.PORT,
    database: { url: env.DATABASE_URL, dataDir: env.PADDOCK_DATA_DIR, poolSize: env.DATABASE_POOL_SIZE },
    jwtSecret: env.PADDOCK_JWT_SECRET,
    // A club seeded on first start has its history up to today, so that its
    // terms, events and points look current, not frozen on a fixed day.
    seed: { members: env.PADDOCK_SEED_MEMBERS, seed: env.PADDOCK_SEED, asOfDate: env.PADDOCK_SEED_AS_OF ?? chinaDate(Date.now()) },
    logLevel: env.LOG_LEVEL,
    subgraphUrls: env.PADDOCK_SUBGRAPH_URLS,
    maxQueryCost: env.PADDOCK_MAX_QUERY_COST,
  };
}
