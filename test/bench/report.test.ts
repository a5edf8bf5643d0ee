import { describe, expect, it } from 'vitest';
import { formatMarkdown, type BenchReport } from '../../bench/report.js';

/** A report with nothing but its seeds, which is all the seeding checks read. */
function reportOfSeeds(members: number, postgresSeconds: number, pgliteSeconds: number): BenchReport {
  return {
    startedAt: '2026-12-04T10:00:00.000Z',
    machine: {},
    settings: { members, rounds: 1, seconds: 1, smoke: members < 100_000 },
    seeding: {
      postgres: { members, seconds: postgresSeconds, rows: 10 },
      pglite: { members, seconds: pgliteSeconds, rows: 10 },
    },
    summaries: [],
    width: [],
  };
}

const seedingRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| seeding '));

describe('the bench report on seeding', () => {
  it('does not judge a seed smaller than the 100,000 members its targets are set for', () => {
    expect(seedingRows(formatMarkdown(reportOfSeeds(2_000, 1.2, 2.5)))).toEqual([
      '| seeding 2,000 members on PostgreSQL | 1.2 s | (judged at 100,000) | (judged at 100,000) | not judged |',
      '| seeding 2,000 members on PGlite | 2.5 s | (judged at 100,000) | (judged at 100,000) | not judged |',
    ]);
  });

  it('judges a full seed against 15 s on PostgreSQL and 25 s on PGlite', () => {
    expect(seedingRows(formatMarkdown(reportOfSeeds(100_000, 13.9, 26.0)))).toEqual([
      '| seeding 100,000 members on PostgreSQL | 13.9 s | <= 15 s | <= 15 s | met, aim reached |',
      '| seeding 100,000 members on PGlite | 26.0 s | <= 25 s | <= 25 s | NOT MET |',
    ]);
  });
});
