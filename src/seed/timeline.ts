/**
 * A member's occasions in time order: a small binary heap, because playing
 * out an occasion (a registration, say) can schedule later ones (the
 * check-in, a refund). Ties are broken by priority, then by insertion, so
 * the order never depends on the heap's internals.
 */
export class Timeline<T> {
  private readonly items: { at: number; priority: number; order: number; value: T }[] = [];
  private inserted = 0;

  push(at: number, priority: number, value: T): void {
    const item = { at, priority, order: this.inserted++, value };
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  /** The earliest occasion, removed; undefined when none is left. */
  shift(): { at: number; value: T } | undefined {
    const items = this.items;
    const first = items[0];
    const last = items.pop();
    if (first === undefined || last === undefined) return undefined;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.before(items[left]!, items[smallest]!)) smallest = left;
        if (right < items.length && this.before(items[right]!, items[smallest]!)) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest]!, items[i]!];
        i = smallest;
      }
    }
    return { at: first.at, value: first.value };
  }

  private before(a: { at: number; priority: number; order: number }, b: { at: number; priority: number; order: number }): boolean {
    if (a.at !== b.at) return a.at < b.at;
    if (a.priority !== b.priority) return a.priority < b.priority;
    return a.order < b.order;
  }
}
