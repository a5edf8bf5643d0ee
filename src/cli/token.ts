import { loadConfig } from '../config.js';
import { lifetimeOf, maxTokenLifetimeSeconds, signViewerToken } from '../core/auth.js';
import { parseTokenArguments, tokenUsage, UsageError } from './tokenArguments.js';

// Prints a development token: `TOKEN=$(npm run -s token -- --role staff)`.
// Only the token goes to stdout; every complaint goes to stderr.

async function main(argv: readonly string[]): Promise<void> {
  const request = parseTokenArguments(argv);
  if (request.help) {
    process.stdout.write(tokenUsage);
    return;
  }
  const { jwtSecret } = loadConfig(process.env);

  let token: string;
  try {
    token = await signViewerToken(request.subject, {
      secret: jwtSecret,
      expiresIn: request.expiresIn,
    });
  } catch (error) {
    // jose reads the span; a span it cannot read is the only way signing fails.
    if (request.expiresIn !== undefined && error instanceof TypeError) {
      throw new UsageError(`--expires-in must be a span such as 30m, 12h or 7d, not "${request.expiresIn}".`);
    }
    throw error;
  }
  // The API refuses a longer-lived token; better to say so now than at the first request.
  if (lifetimeOf(token) > maxTokenLifetimeSeconds) {
    throw new UsageError(`--expires-in must be at most ${maxTokenLifetimeSeconds / 86400}d, not "${request.expiresIn}".`);
  }
  process.stdout.write(`${token}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`token: ${message}\n`);
  if (error instanceof UsageError) process.stderr.write(`\n${tokenUsage}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
