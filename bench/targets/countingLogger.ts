import { createLogger, type Logger } from '../../src/core/logger.js';

/**
 * A Paddock logger that counts instead of printing. The request logging
 * plugin writes one "operation" line per operation with the number of SQL
 * statements the request sent; reading those lines gives the bench the
 * per-request statement count without any hook in the product. The lines are
 * still built as in production (pino serialises them before `write`), so the
 * logging cost stays in what is measured; only the write to stdout is saved.
 */
export function countingLogger(): { logger: Logger; counts(): { operations: number; statements: number } } {
  let operations = 0;
  let statements = 0;
  const destination = {
    write(line: string) {
      if (!line.includes('"msg":"operation"')) {
        // Anything else (a warning, an unexpected error) is worth seeing.
        process.stderr.write(line);
        return;
      }
      const counted = /"statements":(\d+)/.exec(line);
      operations++;
      statements += counted ? Number(counted[1]) : 0;
    },
  };
  return {
    logger: createLogger({ level: 'info', destination }),
    counts: () => ({ operations, statements }),
  };
}
