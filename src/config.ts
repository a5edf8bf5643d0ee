import { z } from 'zod';
import { assertUsableSecret, developmentSecret } from './core/auth.js';

const environmentSchema = z.object({
  NODE_ENV: z.string().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PADDOCK_DATA_DIR: z.string().default('.data/pglite'),
  PADDOCK_JWT_SECRET: z.string().default(developmentSecret),
  PADDOCK_SEED_MEMBERS: z.coerce.number().int().min(0).default(5000),
  PADDOCK_SEED: z.coerce.number().int().default(2026),
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
    seed: { members: env.PADDOCK_SEED_MEMBERS, seed: env.PADDOCK_SEED },
    logLevel: env.LOG_LEVEL,
  };
}
