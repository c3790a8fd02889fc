/**
 * Envelope metadata travels in NATS headers; payloads are the kind codec's opaque bytes.
 * The persisted record wraps the kind's encoded state with what the runtime must carry
 * across activations: the fencing epoch, pending timers (absolute fireAt) and the bounded
 * set of recently applied idempotency keys (with the stored answer, so a retried `ask`
 * gets the same reply).
 */
import type { WireStatus } from "./errors.js";

export const H = {
  actor: "Rm-Actor",
  idem: "Rm-Idem",
  deadline: "Rm-Deadline",
  hops: "Rm-Hops",
  sender: "Rm-Sender",
  epoch: "Rm-Epoch",
  status: "Rm-Status",
  error: "Rm-Error",
} as const;

export interface PersistedRecord {
  readonly epoch: number;
  readonly owner: string;
  /** timerId → fireAt (ms since epoch). */
  readonly timers: ReadonlyMap<string, number>;
  /** idempotency key → stored reply (undefined when the message had none); insertion-ordered, oldest first. */
  readonly recent: ReadonlyMap<string, Uint8Array | undefined>;
  readonly state: Uint8Array;
}

interface Meta {
  v: 1;
  epoch: number;
  owner: string;
  timers: [string, number][];
  recent: [string, string | null][];
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Layout: u32 length of a JSON meta block, the meta block, then the state bytes. */
export function encodeRecord(r: PersistedRecord): Uint8Array {
  const meta: Meta = {
    v: 1,
    epoch: r.epoch,
    owner: r.owner,
    timers: [...r.timers],
    recent: [...r.recent].map(([k, v]) => [k, v === undefined ? null : Buffer.from(v).toString("base64")]),
  };
  const m = enc.encode(JSON.stringify(meta));
  const out = new Uint8Array(4 + m.length + r.state.length);
  new DataView(out.buffer).setUint32(0, m.length);
  out.set(m, 4);
  out.set(r.state, 4 + m.length);
  return out;
}

export class CorruptRecordError extends Error {
  override readonly name = "CorruptRecordError";
}

export function decodeRecord(b: Uint8Array): PersistedRecord {
  if (b.length < 4) throw new CorruptRecordError("record shorter than its header");
  const len = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);
  if (4 + len > b.length) throw new CorruptRecordError("record meta block truncated");
  const meta = JSON.parse(dec.decode(b.subarray(4, 4 + len))) as Meta;
  if ((meta.v as number) !== 1) throw new CorruptRecordError(`unknown record version ${String(meta.v)}`);
  return {
    epoch: meta.epoch,
    owner: meta.owner,
    timers: new Map(meta.timers),
    recent: new Map(meta.recent.map(([k, v]) => [k, v === null ? undefined : new Uint8Array(Buffer.from(v, "base64"))])),
    state: b.slice(4 + len),
  };
}

/** Adds a key, evicting the oldest beyond `max` (Map keeps insertion order). */
export function rememberKey(recent: Map<string, Uint8Array | undefined>, key: string, reply: Uint8Array | undefined, max: number): void {
  recent.delete(key);
  recent.set(key, reply);
  while (recent.size > max) {
    const oldest = recent.keys().next();
    if (oldest.done === true) break;
    recent.delete(oldest.value);
  }
}

export function statusOf(headers: Readonly<Record<string, string | undefined>>): WireStatus {
  return (headers[H.status] ?? "ok") as WireStatus;
}
