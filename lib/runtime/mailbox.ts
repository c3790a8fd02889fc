/**
 * A bounded FIFO per actor. External messages are refused once `capacity` are waiting
 * (the caller answers `overloaded`: backpressure reaches the sender instead of memory
 * growing); runtime-internal items (timer firings) always fit, because refusing them
 * would lose a persisted timer.
 */
export class Mailbox<T> {
  private items: T[] = [];
  private head = 0;

  constructor(readonly capacity: number) {
    if (!(capacity > 0)) throw new RangeError("mailbox capacity must be positive");
  }

  get depth(): number {
    return this.items.length - this.head;
  }

  /** False when full: the item was not queued. */
  offer(item: T): boolean {
    if (this.depth >= this.capacity) return false;
    this.items.push(item);
    return true;
  }

  pushInternal(item: T): void {
    this.items.push(item);
  }

  /** Puts items back at the front, in their order (a batch that could not be finished). */
  requeueFront(items: readonly T[]): void {
    this.items = [...items, ...this.items.slice(this.head)];
    this.head = 0;
  }

  take(max: number): T[] {
    const end = Math.min(this.items.length, this.head + max);
    const out = this.items.slice(this.head, end);
    this.head = end;
    // Taken items must not stay referenced: an actor's mailbox lives as long as the actor,
    // and an agent's would otherwise hold its last messages (each with its NATS buffers).
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  drain(): T[] {
    return this.take(Number.MAX_SAFE_INTEGER);
  }
}
