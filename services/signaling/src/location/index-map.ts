import { aorKey, isLive, type Binding } from "./types.js";

interface Slot {
  binding: Binding;
  /** Backend revision (KV sequence); 0 in memory. A write never replaces a newer one. */
  revision: number;
}

/**
 * Bindings by storage key with secondary indexes by AOR and by user. Both backends
 * keep one: the memory backend as its store, the KV backend as its watched mirror.
 */
export class BindingIndex {
  private readonly byKey = new Map<string, Slot>();
  private readonly byAor = new Map<string, Set<string>>();
  private readonly byUser = new Map<string, Set<string>>();

  get size(): number {
    return this.byKey.size;
  }

  revision(key: string): number | undefined {
    return this.byKey.get(key)?.revision;
  }

  /** Stores `binding` unless a newer revision is already held; returns whether it was stored. */
  set(key: string, binding: Binding, revision: number): boolean {
    const prev = this.byKey.get(key);
    if (prev !== undefined && revision !== 0 && prev.revision > revision) return false;
    if (prev !== undefined) this.unindex(key, prev.binding);
    this.byKey.set(key, { binding, revision });
    add(this.byAor, aorKey(binding.org, binding.sipUser), key);
    add(this.byUser, aorKey(binding.org, binding.user), key);
    return true;
  }

  delete(key: string): Binding | undefined {
    const prev = this.byKey.get(key);
    if (prev === undefined) return undefined;
    this.byKey.delete(key);
    this.unindex(key, prev.binding);
    return prev.binding;
  }

  ofAor(org: string, sipUser: string, now: number): Binding[] {
    return this.live(this.byAor.get(aorKey(org, sipUser)), now);
  }

  ofUser(org: string, user: string, now: number): Binding[] {
    return this.live(this.byUser.get(aorKey(org, user)), now);
  }

  countLive(now: number): number {
    let n = 0;
    for (const s of this.byKey.values()) if (isLive(s.binding, now)) n++;
    return n;
  }

  /** Keys (with revisions) of bindings dead at `now`. */
  expired(now: number): { key: string; revision: number }[] {
    const out: { key: string; revision: number }[] = [];
    for (const [key, s] of this.byKey) if (!isLive(s.binding, now)) out.push({ key, revision: s.revision });
    return out;
  }

  private live(keys: Set<string> | undefined, now: number): Binding[] {
    if (keys === undefined) return [];
    const out: Binding[] = [];
    for (const k of keys) {
      const b = this.byKey.get(k)?.binding;
      if (b !== undefined && isLive(b, now)) out.push(b);
    }
    return out;
  }

  private unindex(key: string, b: Binding): void {
    remove(this.byAor, aorKey(b.org, b.sipUser), key);
    remove(this.byUser, aorKey(b.org, b.user), key);
  }
}

function add(m: Map<string, Set<string>>, k: string, v: string): void {
  let s = m.get(k);
  if (s === undefined) m.set(k, (s = new Set()));
  s.add(v);
}

function remove(m: Map<string, Set<string>>, k: string, v: string): void {
  const s = m.get(k);
  if (s === undefined) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}
