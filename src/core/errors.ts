import { GraphQLError } from 'graphql';

/**
 * The error codes a client can rely on. They travel in `extensions.code`, the
 * same way Apollo Server reports its own codes, so one switch in a client
 * handles both.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InternalServerError = 'INTERNAL_SERVER_ERROR',
}

/** What a Paddock error may say besides its message. */
export interface PaddockErrorOptions {
  /** The argument of the field that was wrong, for BAD_USER_INPUT. */
  argument?: string;
  /** The field a rule refused, for FORBIDDEN. */
  field?: string;
  /** A machine-readable reason, for CONFLICT and FORBIDDEN. */
  reason?: string;
  /** The current state a CONFLICT refused to move from, such as a member's status. */
  status?: string;
  cause?: unknown;
}

/**
 * A GraphQL error that the servers let through to clients unmasked. Anything
 * thrown that is not one of these is reported as an internal error.
 */
export class PaddockError extends GraphQLError {
  constructor(message: string, code: ErrorCode, options: PaddockErrorOptions = {}) {
    const { cause, ...details } = options;
    super(message, {
      originalError: cause instanceof Error ? cause : undefined,
      extensions: { code, ...details },
    });
    this.name = 'PaddockError';
  }
}

export class BadUserInputError extends PaddockError {
  constructor(message: string, options: PaddockErrorOptions & { argument: string }) {
    super(message, ErrorCode.BadUserInput, options);
  }
}

export class UnauthenticatedError extends PaddockError {
  constructor(message: string, options: PaddockErrorOptions = {}) {
    super(message, ErrorCode.Unauthenticated, options);
    // Apollo Server answers a request whose context could not be built with
    // this status; a bad token is the client's fault, not a server error.
    this.extensions.http = { status: 401 };
  }
}

export class ForbiddenError extends PaddockError {
  constructor(message: string, options: PaddockErrorOptions = {}) {
    super(message, ErrorCode.Forbidden, options);
  }
}

export class NotFoundError extends PaddockError {
  constructor(message: string, options: PaddockErrorOptions = {}) {
    super(message, ErrorCode.NotFound, options);
  }
}

export class ConflictError extends PaddockError {
  constructor(message: string, options: PaddockErrorOptions = {}) {
    super(message, ErrorCode.Conflict, options);
  }
}
