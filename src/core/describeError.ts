/**
 * A description of an error that is safe to log. Drizzle puts a statement's
 * parameters in its message after "params:", and PostgreSQL quotes offending
 * values in its own messages ('invalid input syntax for type uuid: "…"'); both
 * may be personal data, so the parameters are cut and quoted text is masked.
 * The driver's SQLSTATE code stays, which is what an operator searches for.
 */
export function describeError(error: unknown): { name: string; message: string; cause?: { code?: string; message: string } } {
  const candidate = error instanceof Error ? error : new Error(String(error));
  const message = candidate.message.replace(/\nparams:[\s\S]*$/, '').slice(0, 2000);
  const cause = candidate.cause instanceof Error ? candidate.cause : undefined;
  if (!cause) return { name: candidate.name, message };
  const code = (cause as { code?: unknown }).code;
  return {
    name: candidate.name,
    message,
    cause: {
      ...(typeof code === 'string' ? { code } : {}),
      message: cause.message.replace(/"[^"]*"/g, '"…"').slice(0, 500),
    },
  };
}
