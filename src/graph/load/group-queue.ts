/**
 * Items → groups of distinct keys, handed to workers through a short queue. `add` waits while the
 * queue is full, so whoever feeds it (a file being read) never runs ahead of the writers by more than
 * `capacity` groups. A group holding a key an earlier group holds is `ready` only once that one has
 * finished: two versions of one article load in the order they were read.
 */

export interface Group<T> {
  items: T[];
  /** Resolves when every earlier group sharing a key with this one has finished. */
  ready: Promise<void>;
  finish(): void;
}

export class GroupQueue<T> {
  private open: T[] = [];
  private openKeys = new Set<string>();
  private readonly queued: Group<T>[] = [];
  private readonly takers: ((group: Group<T> | null) => void)[] = [];
  private readonly spaceWaiters: (() => void)[] = [];
  private readonly lastWith = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly capacity: number, private readonly keyOf: (item: T) => string) {}

  /** Adds an item to the open group; hands the group over when it reaches `size` (or already holds the key). */
  async add(item: T, size: number): Promise<void> {
    const key = this.keyOf(item);
    if (this.openKeys.has(key)) await this.flush();
    this.open.push(item);
    this.openKeys.add(key);
    if (this.open.length >= size) await this.flush();
  }

  /** The open group's items, taken back (never handed to a worker). */
  discardOpen(): T[] {
    const items = this.open;
    this.open = [];
    this.openKeys = new Set();
    return items;
  }

  /** Hands over the open group; takers get null once the queue is empty. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    for (const take of this.takers.splice(0)) take(null);
  }

  /** The next group, or null when the queue is closed and empty. */
  take(): Promise<Group<T> | null> {
    const group = this.queued.shift();
    if (group) {
      this.spaceWaiters.shift()?.();
      return Promise.resolve(group);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.takers.push(resolve));
  }

  private async flush(): Promise<void> {
    if (!this.open.length) return;
    const group = this.makeGroup(this.discardOpen());
    const taker = this.takers.shift();
    if (taker) return taker(group);
    while (this.queued.length >= this.capacity) await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    this.queued.push(group);
    // A taker may have arrived while we waited for space.
    const late = this.takers.shift();
    if (late) late(this.queued.shift()!);
  }

  private makeGroup(items: T[]): Group<T> {
    const earlier = new Set<Promise<void>>();
    const keys = items.map(this.keyOf);
    for (const key of keys) {
      const before = this.lastWith.get(key);
      if (before) earlier.add(before);
    }
    let resolve!: () => void;
    const finished = new Promise<void>((r) => (resolve = r));
    for (const key of keys) this.lastWith.set(key, finished);
    return {
      items,
      ready: Promise.all(earlier).then(() => undefined),
      finish: () => {
        for (const key of keys) if (this.lastWith.get(key) === finished) this.lastWith.delete(key);
        resolve();
      },
    };
  }
}
