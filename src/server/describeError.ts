/**
 * A description of an error that is safe to log: Drizzle puts the statement's
 * parameters in its messages after "params:", and parameters may be personal
 * data, so everything from there on is cut.
 */
export function describeError(error: unknown): { name: string; message: string } {
  const candidate = error instanceof Error ? error : new Error(String(error));
  const cause = candidate.cause instanceof Error ? ` (cause: ${candidate.cause.message})` : '';
  const message = `${candidate.message}${cause}`.replace(/\nparams:[\s\S]*$/, '').slice(0, 2000);
  return { name: candidate.name, message };
}
