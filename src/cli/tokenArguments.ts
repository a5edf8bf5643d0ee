import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { TokenSubject } from '../core/auth.js';

export const tokenUsage = `Usage: npm run -s token -- --role <member|staff|partner|analyst> [options]

  --role <role>        Who the token speaks for.
  --member-id <uuid>   The member, with --role member.
  --partner-id <uuid>  The partner, with --role partner.
  --subject <name>     The staff member or analyst (default "developer").
  --expires-in <span>  How long the token is valid, such as 30m, 12h or 7d (default 12h,
                       at most 30d).

Prints the token alone, signed with PADDOCK_JWT_SECRET (or the development
secret), so that TOKEN=$(npm run -s token -- --role staff) works.
`;

/** A mistake in the command line, reported with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the token command was asked for. */
export type TokenRequest =
  | { help: true }
  | { help: false; subject: TokenSubject; expiresIn?: string };

interface Options {
  role?: string;
  'member-id'?: string;
  'partner-id'?: string;
  subject?: string;
}

// The same rule the API applies to the token's id claims.
const uuid = z.string().uuid();

/**
 * Reads an id option the way the API will read the token's claim, in the
 * canonical lower case the API reads it in, so the token says what it means.
 */
function toId(options: Options, option: 'member-id' | 'partner-id'): string {
  const value = options[option];
  if (value === undefined) throw new UsageError(`--role ${options.role} needs --${option} <uuid>.`);
  if (!uuid.safeParse(value).success) {
    throw new UsageError(`--${option} must be a UUID, not "${value}".`);
  }
  return value.toLowerCase();
}

/** Refuses an option that does not belong to the role, rather than ignoring it. */
function assertOnly(options: Options, allowed: keyof Options): void {
  for (const option of ['member-id', 'partner-id', 'subject'] as const) {
    if (option !== allowed && options[option] !== undefined) {
      throw new UsageError(`--${option} does not go with --role ${options.role}.`);
    }
  }
}

function toSubject(options: Options): TokenSubject {
  switch (options.role) {
    case 'member':
      assertOnly(options, 'member-id');
      return { role: 'member', memberId: toId(options, 'member-id') };
    case 'partner':
      assertOnly(options, 'partner-id');
      return { role: 'partner', partnerId: toId(options, 'partner-id') };
    case 'staff':
    case 'analyst':
      assertOnly(options, 'subject');
      if (options.subject === '') throw new UsageError('--subject must not be empty.');
      return { role: options.role, subject: options.subject ?? 'developer' };
    case undefined:
      throw new UsageError('--role is required.');
    case 'anonymous':
      throw new UsageError('An anonymous viewer has no token: send no Authorization header.');
    default:
      throw new UsageError(`--role must be member, staff, partner or analyst, not "${options.role}".`);
  }
}

function readOptions(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: {
        role: { type: 'string' },
        'member-id': { type: 'string' },
        'partner-id': { type: 'string' },
        subject: { type: 'string' },
        'expires-in': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    // parseArgs names the unknown option or the missing value itself.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads the token command's arguments. Throws a UsageError naming the
 * mistake; the span of --expires-in is checked when the token is signed.
 */
export function parseTokenArguments(argv: readonly string[]): TokenRequest {
  const options = readOptions(argv);
  if (options.help) return { help: true };
  return { help: false, subject: toSubject(options), expiresIn: options['expires-in'] };
}
