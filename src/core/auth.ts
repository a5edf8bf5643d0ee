import { SignJWT, decodeJwt, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { UnauthenticatedError } from './errors.js';
import { anonymousViewer, type Viewer, type ViewerRole } from './viewer.js';

const issuer = 'paddock';
const audience = 'paddock-api';

/**
 * The longest a token may live, in seconds. A token without an expiry, or
 * issued longer ago than this, is refused: a leaked token must stop working
 * by itself.
 */
export const maxTokenLifetimeSeconds = 30 * 24 * 3600;

/**
 * The secret that signs development tokens. It is public by design, so a
 * production server refuses to start with it (see `assertUsableSecret`).
 */
export const developmentSecret = 'paddock-development-secret-do-not-use-in-production';

const claimsSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('member'), memberId: z.string().uuid() }),
  z.object({ role: z.literal('staff'), sub: z.string().min(1) }),
  z.object({ role: z.literal('partner'), partnerId: z.string().uuid() }),
  z.object({ role: z.literal('analyst'), sub: z.string().min(1) }),
]);

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** Refuses the public development secret outside development and test. */
export function assertUsableSecret(secret: string, environment: string | undefined): void {
  if (environment === 'production' && secret === developmentSecret) {
    throw new Error('Refusing to start in production with the development JWT secret: set PADDOCK_JWT_SECRET.');
  }
  if (secret.length < 32) {
    throw new Error('PADDOCK_JWT_SECRET must be at least 32 characters long.');
  }
}

/** What a token may carry besides its role. */
export type TokenSubject =
  | { role: 'member'; memberId: string }
  | { role: 'partner'; partnerId: string }
  | { role: 'staff' | 'analyst'; subject: string };

/** Signs an HS256 token for a viewer; used by the token CLI and by tests. */
export async function signViewerToken(
  subject: TokenSubject,
  options: { secret: string; expiresIn?: string },
): Promise<string> {
  const claims =
    subject.role === 'member'
      ? { role: subject.role, memberId: subject.memberId }
      : subject.role === 'partner'
        ? { role: subject.role, partnerId: subject.partnerId }
        : { role: subject.role };
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (subject.role === 'staff' || subject.role === 'analyst') jwt.setSubject(subject.subject);
  return jwt.sign(keyOf(options.secret));
}

/** How many seconds a token is valid for, from its issue to its expiry. */
export function lifetimeOf(token: string): number {
  const { iat, exp } = decodeJwt(token);
  return (exp ?? Number.POSITIVE_INFINITY) - (iat ?? 0);
}

/** A token that passed verification, with what its reuse must check again. */
interface VerifiedToken {
  secret: string;
  viewer: Viewer;
  /** Seconds since the epoch, from the token's own claims. */
  issuedAt: number;
  expiresAt: number;
}

/**
 * Tokens verified lately, by their text. A client sends the same token with
 * every request, and checking its HMAC again each time was about 3% of the
 * gateway's CPU under load. A hit is reused only with the same secret and
 * while the token is still within its expiry and the lifetime limit; a
 * token that failed is never kept, so it is checked (and refused) each time.
 */
const verifiedTokens = new LRUCache<string, VerifiedToken>({ max: 10_000 });

function reusable(token: string, secret: string): Viewer | undefined {
  const verified = verifiedTokens.get(token);
  if (!verified || verified.secret !== secret) return undefined;
  const now = Date.now() / 1000;
  if (now >= verified.expiresAt || now - verified.issuedAt > maxTokenLifetimeSeconds) {
    verifiedTokens.delete(token);
    return undefined;
  }
  return verified.viewer;
}

/**
 * Reads the viewer from an Authorization header. No header means an anonymous
 * viewer; a header that is present but not a valid token is UNAUTHENTICATED,
 * because silently downgrading a broken token hides client bugs.
 */
export async function viewerFromAuthorization(
  header: string | undefined,
  secret: string,
): Promise<Viewer> {
  if (!header) return anonymousViewer;

  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw new UnauthenticatedError('The Authorization header must be "Bearer <token>".');
  }

  const token = match[1];
  const known = reusable(token, secret);
  if (known) return known;

  let payload: { iat?: number; exp?: number };
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      issuer,
      audience,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: maxTokenLifetimeSeconds,
    }));
  } catch (error) {
    const expired = error instanceof joseErrors.JWTExpired;
    throw new UnauthenticatedError(expired ? 'The token has expired.' : 'The token is not valid.', {
      reason: expired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID',
    });
  }

  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) {
    throw new UnauthenticatedError('The token does not name a known role.', { reason: 'TOKEN_INVALID' });
  }
  // jwtVerify required both claims, so they are numbers here.
  const viewer = Object.freeze(toViewer(claims.data));
  verifiedTokens.set(token, { secret, viewer, issuedAt: payload.iat!, expiresAt: payload.exp! });
  return viewer;
}

/**
 * The viewer a token speaks for. A UUID may be written in either case, and
 * ids in arguments are read either way, but the subgraphs compare the
 * viewer's id with stored ids as text: an upper-case id in a token would
 * make a member a stranger to their own record.
 */
function toViewer(claims: z.infer<typeof claimsSchema>): Viewer {
  switch (claims.role) {
    case 'member':
      return { role: 'member', memberId: claims.memberId.toLowerCase() };
    case 'partner':
      return { role: 'partner', partnerId: claims.partnerId.toLowerCase() };
    case 'staff':
      return { role: 'staff', staffId: claims.sub };
    case 'analyst':
      return { role: 'analyst', analystId: claims.sub };
  }
}

export type { ViewerRole };
