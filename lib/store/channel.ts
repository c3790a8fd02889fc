/**
 * An unbounded single-consumer queue exposed as an async iterator whose `return()`
 * ends it at once, even while a `next()` is pending (an async generator would wait
 * for the pending step first, so a cancelled gRPC stream could never stop its watch).
 */
export class Channel<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;
  private closed = false;

  constructor(private readonly onClose: () => void = () => undefined) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(item: T): void {
    if (this.closed) return;
    const w = this.waiter;
    this.waiter = undefined;
    if (w !== undefined) w.resolve({ value: item, done: false });
    else this.items.push(item);
  }

  /** Ends the stream after the queued items; with `error`, the consumer's next step throws it. */
  end(error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.failure = error;
    this.onClose();
    const w = this.waiter;
    this.waiter = undefined;
    if (w !== undefined) this.settle(w.resolve, w.reject);
  }

  private settle(resolve: (r: IteratorResult<T>) => void, reject: (e: Error) => void): void {
    const f = this.failure;
    this.failure = undefined;
    if (f !== undefined) reject(f);
    else resolve({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    return new Promise((resolve, reject) => {
      if (this.closed) this.settle(resolve, reject);
      else this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.items.length = 0;
    this.end();
    this.failure = undefined;
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
