import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgEnumColumn, PgTimestamp, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/**
 * Rows turned into what COPY ... FROM reads, for the seed. Tables whose
 * columns are all of the plain types below go in COPY's binary format: the
 * server then parses no text at all, which is most of what a COPY costs it
 * (timestamps above all, and more so in PGlite's WebAssembly), and building
 * the bytes costs less than building text. Any other table (one with a
 * numeric column, say) goes in the text format. Either way the rows stored
 * are the same.
 */

/** A table's rows in COPY form, ready to be sent. */
export interface CopyData {
  /** The table as 'schema.name', for counting. */
  table: string;
  /** The quoted table name with its column list, as COPY names its target. */
  target: string;
  format: 'binary' | 'text';
  bytes: Uint8Array<ArrayBuffer>;
  rows: number;
}

/** PostgreSQL counts days and instants from 2000-01-01 UTC. */
const postgresEpoch = Date.UTC(2000, 0, 1);
const dayMs = 24 * 60 * 60 * 1000;
const twoTo32 = 2 ** 32;

/** Bytes that grow as rows are added; one allocation per doubling. */
class ByteBuffer {
  bytes: Buffer<ArrayBuffer>;
  length = 0;

  constructor(capacity: number) {
    // Not from Node's shared pool: the bytes may be moved to another thread.
    this.bytes = Buffer.allocUnsafeSlow(capacity);
  }

  /** Makes room for `count` more bytes. */
  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.length + count));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  int16(value: number): void {
    this.reserve(2);
    this.length = this.bytes.writeInt16BE(value, this.length);
  }

  int32(value: number): void {
    this.reserve(4);
    this.length = this.bytes.writeInt32BE(value, this.length);
  }

  /** A field: its length, then the text as UTF-8. */
  textField(text: string): void {
    this.reserve(4 + 3 * text.length);
    const written = this.bytes.write(text, this.length + 4, 'utf8');
    this.bytes.writeInt32BE(written, this.length);
    this.length += 4 + written;
  }

  /** The bytes written so far, without a copy. */
  view(): Uint8Array<ArrayBuffer> {
    return this.bytes.subarray(0, this.length);
  }
}

/** Writes one non-null value as a binary COPY field, its length first. */
type FieldWriter = (out: ByteBuffer, value: unknown) => void;

const hexValue = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) {
  hexValue['0123456789abcdef'.charCodeAt(digit)] = digit;
  hexValue['0123456789ABCDEF'.charCodeAt(digit)] = digit;
}

function writeUuid(out: ByteBuffer, value: unknown): void {
  const text = value as string;
  if (text.length !== 36) throw new Error(`Not a UUID: ${text}`);
  out.reserve(20);
  const bytes = out.bytes;
  let at = out.bytes.writeInt32BE(16, out.length);
  // The dashes sit at 8, 13, 18 and 23; every other pair of characters is a byte.
  for (let i = 0; i < 36; i += 2) {
    if (i === 8 || i === 13 || i === 18 || i === 23) i++;
    const high = hexValue[text.charCodeAt(i)] ?? -1;
    const low = hexValue[text.charCodeAt(i + 1)] ?? -1;
    if (high < 0 || low < 0) throw new Error(`Not a UUID: ${text}`);
    bytes[at++] = (high << 4) | low;
  }
  out.length = at;
}

function writeText(out: ByteBuffer, value: unknown): void {
  out.textField(value as string);
}

function writeInteger(out: ByteBuffer, value: unknown): void {
  if (!Number.isInteger(value)) throw new Error(`Not an integer: ${String(value)}`);
  out.reserve(8);
  out.length = out.bytes.writeInt32BE(value as number, out.bytes.writeInt32BE(4, out.length));
}

function writeSmallInt(out: ByteBuffer, value: unknown): void {
  if (!Number.isInteger(value)) throw new Error(`Not an integer: ${String(value)}`);
  out.reserve(6);
  out.length = out.bytes.writeInt16BE(value as number, out.bytes.writeInt32BE(2, out.length));
}

function writeBoolean(out: ByteBuffer, value: unknown): void {
  out.reserve(5);
  out.length = out.bytes.writeUInt8(value ? 1 : 0, out.bytes.writeInt32BE(1, out.length));
}

/** An int64 from a number within 2^53, as two 32-bit halves. */
function writeInt64(out: ByteBuffer, value: number): void {
  const high = Math.floor(value / twoTo32);
  out.reserve(12);
  const at = out.bytes.writeInt32BE(8, out.length);
  out.length = out.bytes.writeUInt32BE(value - high * twoTo32, out.bytes.writeInt32BE(high, at));
}

/** An instant: microseconds since 2000-01-01 UTC (our Dates hold whole milliseconds). */
function writeInstant(out: ByteBuffer, value: unknown): void {
  const milliseconds = (value as Date).getTime();
  if (Number.isNaN(milliseconds)) throw new Error('Not a valid date');
  writeInt64(out, (milliseconds - postgresEpoch) * 1000);
}

/** Days since 2000-01-01 of each 'YYYY-MM-DD' met so far: the seed's dates repeat a lot. */
const dayNumbers = new Map<string, number>();

function writeDate(out: ByteBuffer, value: unknown): void {
  const text = value as string;
  let days = dayNumbers.get(text);
  if (days === undefined) {
    const instant = Date.parse(`${text}T00:00:00.000Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(instant) || new Date(instant).toISOString().slice(0, 10) !== text) {
      throw new Error(`Not a calendar date: ${text}`);
    }
    days = (instant - postgresEpoch) / dayMs;
    dayNumbers.set(text, days);
  }
  out.reserve(8);
  out.length = out.bytes.writeInt32BE(days, out.bytes.writeInt32BE(4, out.length));
}

/** The binary writer of a column, or null for a type the binary format is not used for. */
function binaryWriterOf(column: PgColumn): FieldWriter | null {
  if (is(column, PgEnumColumn)) return writeText;
  if (is(column, PgTimestamp)) return column.withTimezone ? writeInstant : null;
  switch (column.columnType) {
    case 'PgUUID':
      return writeUuid;
    case 'PgText':
    case 'PgChar':
    case 'PgVarchar':
      return writeText;
    case 'PgInteger':
      return writeInteger;
    case 'PgSmallInt':
      return writeSmallInt;
    case 'PgBoolean':
      return writeBoolean;
    case 'PgDateString':
      return writeDate;
    default:
      return null;
  }
}

/** Turns a non-null value into its COPY text form. */
type TextEncoder = (value: unknown) => string;

const copySpecials = /[\\\t\n\r]/;
const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Free text as COPY reads it: backslash, tab and line breaks escaped. */
function escapeCopyText(text: string): string {
  return copySpecials.test(text) ? text.replace(/[\\\t\n\r]/g, (special) => copyEscapes[special]!) : text;
}

/** Column types whose values print as COPY reads them, with nothing to escape. */
const plainTypes = new Set(['uuid', 'integer', 'smallint', 'bigint', 'boolean', 'date']);

function textEncoderOf(column: PgColumn): TextEncoder {
  // An instant travels as ISO 8601 in UTC, which timestamptz reads exactly.
  if (is(column, PgTimestamp) && column.withTimezone) return (value) => (value as Date).toISOString();
  if (is(column, PgEnumColumn) || plainTypes.has(column.getSQLType())) return (value) => String(value);
  return (value) => {
    const driverValue: unknown = column.mapToDriverValue(value);
    return escapeCopyText(driverValue instanceof Date ? driverValue.toISOString() : String(driverValue));
  };
}

const binarySignature = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * Collects the rows of one table in COPY form as they are added, so that a
 * row object can be dropped as soon as it is made: the seed makes millions,
 * and rows kept waiting in arrays would outlive the young generation and
 * cost the garbage collector dearly. Identity columns are left to the
 * database, which numbers the rows in the order they come. A value left out
 * (undefined) is written as null.
 */
export class TableRows<TRow extends Record<string, unknown>> {
  readonly table: string;
  readonly target: string;
  readonly format: 'binary' | 'text';
  private readonly keys: string[];
  private readonly binaryWriters: FieldWriter[];
  private readonly textEncoders: TextEncoder[];
  private out: ByteBuffer;
  private text = '';
  private count = 0;

  constructor(table: PgTable, expectedBytes = 4096) {
    const columns = Object.entries(getTableColumns(table)).filter(([, column]) => column.generatedIdentity === undefined);
    const { schema } = getTableConfig(table);
    this.table = `${schema ? `${schema}.` : ''}${getTableName(table)}`;
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    this.target = `${schema ? `${quote(schema)}.` : ''}${quote(getTableName(table))} (${columns.map(([, column]) => quote(column.name)).join(', ')})`;
    this.keys = columns.map(([key]) => key);
    const writers = columns.map(([, column]) => binaryWriterOf(column));
    this.format = writers.every((writer) => writer !== null) ? 'binary' : 'text';
    this.binaryWriters = this.format === 'binary' ? (writers as FieldWriter[]) : [];
    this.textEncoders = this.format === 'text' ? columns.map(([, column]) => textEncoderOf(column)) : [];
    this.out = this.startBuffer(expectedBytes);
  }

  get rows(): number {
    return this.count;
  }

  add(row: TRow): void {
    this.count++;
    const keys = this.keys;
    if (this.format === 'text') {
      let line = '';
      for (let column = 0; column < keys.length; column++) {
        const value = row[keys[column]!];
        if (column > 0) line += '\t';
        line += value === null || value === undefined ? '\\N' : this.textEncoders[column]!(value);
      }
      this.text += `${line}\n`;
      return;
    }
    const out = this.out;
    out.int16(keys.length);
    for (let column = 0; column < keys.length; column++) {
      const value = row[keys[column]!];
      if (value === null || value === undefined) out.int32(-1);
      else this.binaryWriters[column]!(out, value);
    }
  }

  addAll(rows: readonly TRow[]): void {
    for (const row of rows) this.add(row);
  }

  /** The rows added since the last take, in COPY form; null when there were none. */
  take(): CopyData | null {
    if (this.count === 0) return null;
    let bytes: Uint8Array<ArrayBuffer>;
    if (this.format === 'text') {
      const out = new ByteBuffer(Buffer.byteLength(this.text, 'utf8'));
      out.length = out.bytes.write(this.text, 'utf8');
      bytes = out.view();
      this.text = '';
    } else {
      this.out.int16(-1);
      bytes = this.out.view();
      // The next rows go into a buffer of about the same size.
      this.out = this.startBuffer(bytes.length);
    }
    const data: CopyData = { table: this.table, target: this.target, format: this.format, bytes, rows: this.count };
    this.count = 0;
    return data;
  }

  private startBuffer(capacity: number): ByteBuffer {
    const out = new ByteBuffer(Math.max(capacity, 64));
    if (this.format === 'binary') {
      out.reserve(binarySignature.length + 8);
      out.length = binarySignature.copy(out.bytes, 0);
      out.int32(0);
      out.int32(0);
    }
    return out;
  }
}
