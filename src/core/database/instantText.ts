const zero = 48;

function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= zero && code <= zero + 9;
}

function digitsAt(text: string, index: number, count: number): number {
  let value = 0;
  for (let at = index; at < index + count; at++) {
    if (!isDigitAt(text, at)) return Number.NaN;
    value = value * 10 + (text.charCodeAt(at) - zero);
  }
  return value;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The instant a `timestamp with time zone` has in PostgreSQL's text output
 * (DateStyle ISO: `2026-05-01 10:00:00.123456+00`, the offset as `+HH`,
 * `+HH:MM` or `+HH:MM:SS`), as the Date `new Date(text)` makes of it:
 * milliseconds are the fraction's first three digits, the rest dropped.
 *
 * `new Date` reads this form through V8's general date parser, about a
 * tenth of a microsecond per value: a page of registrations with their
 * events carries some 1,800 of them. Anything else (a year before 1000 or
 * after 9999, BC, infinity) goes to `new Date` as before.
 */
export function parseInstantText(text: string): Date {
  if (
    text.length < 22 ||
    text.charCodeAt(4) !== 45 || // -
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 || // space
    text.charCodeAt(13) !== 58 || // :
    text.charCodeAt(16) !== 58
  ) {
    return new Date(text);
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);

  let at = 19;
  let milliseconds = 0;
  if (text.charCodeAt(at) === 46) {
    at++;
    let scale = 100;
    while (isDigitAt(text, at)) {
      milliseconds += (text.charCodeAt(at) - zero) * scale;
      scale = scale === 1 ? 0 : scale / 10;
      at++;
    }
  }

  const sign = text.charCodeAt(at);
  if (sign !== 43 && sign !== 45) return new Date(text); // + or -
  let offsetSeconds = digitsAt(text, at + 1, 2) * 3600;
  at += 3;
  if (text.charCodeAt(at) === 58) {
    offsetSeconds += digitsAt(text, at + 1, 2) * 60;
    at += 3;
    if (text.charCodeAt(at) === 58) {
      offsetSeconds += digitsAt(text, at + 1, 2);
      at += 3;
    }
  }

  const fields = year + month + day + hour + minute + second + offsetSeconds;
  if (at !== text.length || Number.isNaN(fields) || year < 1000) return new Date(text);
  if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysIn(year, month)) || hour > 23 || minute > 59 || second > 59) {
    return new Date(text);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
  return new Date(sign === 43 ? utc - offsetSeconds * 1000 : utc + offsetSeconds * 1000);
}
