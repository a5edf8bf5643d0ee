import { sql, type Column, type SQL } from 'drizzle-orm';
import { compileRowMapper, type OrderedField } from './compiledRowMapper.js';
import type { Database, StatementObserver } from './database.js';

/** What a Drizzle query's `.prepare(name)` gives: its SQL, built once, run with values. */
export interface PreparedStatement<TResult> {
  execute(values?: Record<string, unknown>): Promise<TResult>;
  getQuery(): { sql: string };
}

/** The per-request databases `DatabaseHandle.observed` made: the shared one each stands for, and its observer. */
const observedDatabases = new WeakMap<Database, { shared: Database; observer: StatementObserver }>();

/**
 * Marks `observed` as the database `shared` reporting its statements to
 * `observer`, so that a prepared query run on it uses the statement prepared
 * once on `shared` and still reports to `observer`. For DatabaseHandle
 * implementations only.
 */
export function trackObserved(observed: Database, shared: Database, observer: StatementObserver): Database {
  observedDatabases.set(observed, { shared, observer });
  return observed;
}

/**
 * A read whose SQL Drizzle builds once per database instead of on every
 * call: `build` gets a database and returns its query prepared with
 * `sql.placeholder` for every value (lists as `= any(...)` over one array,
 * so that the text is the same whatever their length), and the function
 * returned runs it with the values given. Building a statement's SQL was 13
 * to 16% of the gateway's CPU under load (README, performance section); a
 * prepared statement also lets PostgreSQL parse and plan it once per
 * connection. A request's observed database runs the statement prepared on
 * the shared one and counts it as sent; any other database (a transaction)
 * gets a statement of its own, which its session counts.
 *
 * @example
 * const carsOfMembers = preparedQuery((db) =>
 *   db.select().from(cars)
 *     .where(sql`${cars.memberId} = any(${sql.placeholder('memberIds')})`)
 *     .prepare('cars_of_members'));
 * await carsOfMembers(db, { memberIds });
 */
export function preparedQuery<TResult>(
  build: (db: Database) => PreparedStatement<TResult>,
): (db: Database, values: Record<string, unknown>) => Promise<TResult> {
  const statements = new WeakMap<Database, PreparedStatement<TResult>>();
  const statementOn = (db: Database) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = build(db);
      mapRowsCompiled(statement);
      statements.set(db, statement);
    }
    return statement;
  };

  return (db, values) => {
    const observed = observedDatabases.get(db);
    if (!observed) return statementOn(db).execute(values);
    const statement = statementOn(observed.shared);
    observed.observer.onStatement(statement.getQuery().sql);
    return statement.execute(values);
  };
}

/**
 * preparedQuery for a read whose text depends on which of its optional parts
 * are present (filters, a cursor): one statement per shape, each built on
 * first use and then reused like any prepared query. `keyOf` names a shape
 * (the same name for every shape the same SQL serves) and ends the
 * statement's name; `build` gets the first shape of that name, whose values
 * must all be placeholders, so that the statement serves every request of
 * its shape.
 */
export function preparedQueryPerShape<TShape, TResult>(
  name: string,
  keyOf: (shape: TShape) => string,
  build: (db: Database, shape: TShape, statementName: string) => PreparedStatement<TResult>,
): (db: Database, shape: TShape, values: Record<string, unknown>) => Promise<TResult> {
  const byShape = new Map<string, (db: Database, values: Record<string, unknown>) => Promise<TResult>>();
  return (db, shape, values) => {
    const key = keyOf(shape);
    let run = byShape.get(key);
    if (!run) {
      const statementName = key ? `${name}_${key}` : name;
      run = preparedQuery((database) => build(database, shape, statementName));
      byShape.set(key, run);
    }
    return run(db, values);
  };
}

/**
 * The parts of a Drizzle prepared select (postgres.js's and PGlite's alike)
 * that decide how its rows are mapped. Drizzle keeps them private; its
 * version is pinned, and test/core/database/compiledRowMapper.test.ts checks
 * the mapping against Drizzle's own on both drivers.
 */
interface MappedStatement {
  fields?: readonly OrderedField[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown;
}

/** Has a prepared select map its rows with one compiled function (compileRowMapper) instead of Drizzle's per-column mapping. */
function mapRowsCompiled(statement: object): void {
  const internals = statement as MappedStatement;
  if (!internals.fields || internals.customResultMapper) return;
  internals.customResultMapper = compileRowMapper(internals.fields, internals.joinsNotNullableMap);
}

/**
 * `column = any($name)`: the column equals one of the values of the array
 * placeholder `name`, for a prepared query, whose text must not depend on
 * how many values there are (an IN list would).
 */
export function equalsAny(column: Column, name: string): SQL {
  return sql`${column} = any(${sql.placeholder(name)})`;
}
