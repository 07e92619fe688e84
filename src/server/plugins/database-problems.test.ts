import { describe, expect, it } from 'vitest';
import { databaseProblemOf } from './errors.plugin';

/** What a database refusal answers: always a 4xx the caller can act on, never a 500. */
describe('databaseProblemOf', () => {
  it.each([
    ['23505', 409, 'CONFLICT'],
    ['23503', 409, 'CONFLICT'],
    ['40P01', 409, 'CONFLICT'],
    ['40001', 409, 'CONFLICT'],
    ['22001', 400, 'VALIDATION_FAILED'],
    ['23502', 400, 'VALIDATION_FAILED'],
    ['23514', 400, 'VALIDATION_FAILED'],
  ])('SQLSTATE %s answers %i %s', (sqlState, status, code) => {
    expect(databaseProblemOf(sqlState)).toMatchObject({ status, code });
  });

  it('says a deadlock changed nothing and can be tried again', () => {
    expect(databaseProblemOf('40P01')?.vi).toContain('Hãy thử lại');
  });

  it('leaves other states (a dropped connection, say) to the generic handler', () => {
    expect(databaseProblemOf('08006')).toBeUndefined();
  });
});
