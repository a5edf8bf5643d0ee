/**
 * Renders instants as wall-clock time in an IANA time zone, for the local
 * start and end of an event. Pure: no clock, no database.
 */

// Building a formatter loads time zone data; events of one request share a
// handful of zones, so one formatter per zone is kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23 rather than hour12: false, which some ICU versions render as "24"
      // for midnight.
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The instant as local ISO 8601 with its UTC offset in `timeZone`, to the
 * second (milliseconds are dropped): `toLocalIso(new Date('2026-10-24T01:30:00Z'),
 * 'Europe/London')` is "2026-10-24T02:30:00+01:00". Throws a RangeError for an
 * unknown time zone.
 *
 * The offset is derived, not looked up: the wall-clock fields read back as if
 * they were UTC differ from the instant by exactly the zone's offset at that
 * instant, which stays right across daylight-saving changes.
 */
export function toLocalIso(instant: Date, timeZone: string): string {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;

  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((wallClockAsUtc - wholeSeconds) / 60_000);

  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}
