import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/core/describeError.js';

describe('describeError', () => {
  it('cuts the parameters Drizzle appends to a failed query', () => {
    const error = new Error('Failed query: select * from members.members where email = $1\nparams: li.wei@example.com');
    expect(describeError(error)).toEqual({
      name: 'Error',
      message: 'Failed query: select * from members.members where email = $1',
    });
  });

  it('keeps the cause with its SQLSTATE and masks the values it quotes', () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "li.wei@example.com"'), { code: '22P02' });
    const error = new Error('Failed query: select 1\nparams: li.wei@example.com', { cause });
    expect(describeError(error)).toEqual({
      name: 'Error',
      message: 'Failed query: select 1',
      cause: { code: '22P02', message: 'invalid input syntax for type uuid: "…"' },
    });
  });

  it('describes a thrown value that is not an Error', () => {
    expect(describeError('boom')).toEqual({ name: 'Error', message: 'boom' });
  });
});
