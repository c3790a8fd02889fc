import { BindingIndex } from "./index-map.js";
import type { Binding, BindingChanges, LocationStore } from "./types.js";

/** Embedded mode: bindings live in this process only, and die with it (phones re-register). */
export class MemoryLocationStore implements LocationStore {
  private readonly index = new BindingIndex();

  private static key(b: Binding): string {
    return `${b.org}\u0000${b.sipUser}\u0000${b.id}`;
  }

  bindingsOf(org: string, sipUser: string, now: number): Promise<Binding[]> {
    return Promise.resolve(this.index.ofAor(org, sipUser, now));
  }

  commit(changes: BindingChanges): Promise<void> {
    for (const b of changes.remove) this.index.delete(MemoryLocationStore.key(b));
    for (const b of changes.put) this.index.set(MemoryLocationStore.key(b), b, 0);
    return Promise.resolve();
  }

  lookup(org: string, user: string, now: number): Promise<Binding[]> {
    return Promise.resolve(this.index.ofUser(org, user, now));
  }

  count(now: number): number {
    return this.index.countLive(now);
  }

  sweep(now: number): Promise<number> {
    const dead = this.index.expired(now);
    for (const { key } of dead) this.index.delete(key);
    return Promise.resolve(dead.length);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
