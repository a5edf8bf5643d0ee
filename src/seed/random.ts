/**
 * The seed's only source of chance. Every draw comes from a small seeded
 * generator (sfc32), never from Math.random, so one seed number always builds
 * the same club.
 *
 * Each part of the world draws from its own stream, named by parts such as
 * ('activity', memberIndex): what one member gets does not depend on how many
 * draws another member used, nor on the batch size the writer chose.
 */

/** FNV-1a over a string part, then mixed; numbers are mixed directly. */
function mixPart(hash: number, part: string | number): number {
  let h = hash;
  if (typeof part === 'number') {
    h = Math.imul(h ^ (part | 0), 0x85ebca6b);
    h = Math.imul(h ^ Math.floor(part / 0x100000000), 0xc2b2ae35);
  } else {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hexWord(word: number): string {
  return hex[(word >>> 24) & 255]! + hex[(word >>> 16) & 255]! + hex[(word >>> 8) & 255]! + hex[word & 255]!;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(seed: number, parts: readonly (string | number)[]) {
    let h = mixPart(0x811c9dc5, seed);
    for (const part of parts) h = mixPart(h, part);
    this.a = h;
    this.b = mixPart(h, 'b');
    this.c = mixPart(h, 'c');
    this.d = 1;
    // The first outputs of sfc32 still show the seed's structure.
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** The stream of one named part of the world, such as ('life', 42). */
  static of(seed: number, ...parts: (string | number)[]): Random {
    return new Random(seed, parts);
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.next32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A normally distributed value (Box-Muller), clamped to [min, max]. */
  normal(mean: number, deviation: number, min = -Infinity, max = Infinity): number {
    const u = 1 - this.next();
    const v = this.next();
    const value = mean + deviation * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(max, Math.max(min, value));
  }

  /** An exponentially distributed wait with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A random version 4 UUID. */
  uuid(): string {
    const w0 = this.next32();
    const w1 = ((this.next32() & 0xffff0fff) | 0x00004000) >>> 0;
    const w2 = ((this.next32() & 0x3fffffff) | 0x80000000) >>> 0;
    const w3 = this.next32();
    const a = hexWord(w0);
    const b = hexWord(w1);
    const c = hexWord(w2);
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hexWord(w3)}`;
  }

  /** Fisher-Yates, on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/**
 * Picks values in proportion to their weights. The cumulative table is built
 * once, so a pick costs a binary search: members are drawn by the hundred
 * thousand.
 */
export class WeightedPicker<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('A weighted picker needs at least one entry');
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  static of<T>(items: readonly T[], weight: (item: T) => number): WeightedPicker<T> {
    return new WeightedPicker(items.map((item) => [item, weight(item)] as const));
  }

  pick(random: Random): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.values[low]!;
  }
}
