/**
 * How long a datagram waits in a UDP socket's kernel receive queue before the process
 * reads it: the sojourn time (CoDel's signal) of the queue no event-loop metric sees. A
 * saturated process runs its timers on time in short loop turns while its socket's
 * backlog grows by thousands of datagrams (one process at 900 CPS: 6 MB waiting, every
 * INVITE seconds late, timers at most ~25 ms late), so admission (admission/overload.ts)
 * needs this wait as well.
 *
 * Measured, not estimated: a probe datagram sent from a socket of our own to the SIP
 * socket queues behind whatever is waiting there (the queue is FIFO), and its wait is
 * the wait of an INVITE that arrived with it. One probe is in flight at a time, so a full
 * queue is not fed more; one lost (a full buffer drops it) keeps counting from its first
 * send until a copy, sent again every PROBE_RESEND_MS, is read.
 */
import { createSocket, type Socket } from "node:dgram";
import { isIPv6 } from "node:net";
import { performance } from "node:perf_hooks";
import type { Address } from "./types.js";

/** Starts every probe: a NUL byte, so no SIP parser could take it for a message. */
const MAGIC = Buffer.from("\0ringmesh-receive-probe ");
/** A probe unread this long is sent again (its wait keeps counting from the first send). */
export const PROBE_RESEND_MS = 1000;

/** The address a socket bound to `host` is reached at from this host. */
function reachable(bound: Address): Address {
  if (bound.address === "0.0.0.0") return { address: "127.0.0.1", port: bound.port };
  if (bound.address === "::") return { address: "::1", port: bound.port };
  return bound;
}

export class ReceiveProbe {
  private socket: Socket | undefined;
  /** The probe socket's own address, as the SIP socket sees it send. */
  private from: Address = { address: "", port: 0 };
  /** A probe has come back: the path works, so one not back yet is waiting, not lost on a path that never worked. */
  private works = false;
  private seq = 0;
  /** The probe in flight: its number and when it (first) went out. */
  private pending: { seq: number; sentAt: number; resentAt: number } | undefined;
  /** Longest wait of the probes read since the last `read`. */
  private longest: number | undefined;

  private constructor(private readonly target: Address) {}

  /** A probe of the socket bound at `bound`. */
  static async open(bound: Address): Promise<ReceiveProbe> {
    const probe = new ReceiveProbe(reachable(bound));
    const socket = createSocket(isIPv6(probe.target.address) ? "udp6" : "udp4");
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(0, probe.target.address, () => {
        socket.off("error", reject);
        resolve();
      });
    });
    // A send failing (the SIP socket closing first) is a probe lost, which `read` already reports.
    socket.on("error", () => undefined);
    probe.socket = socket;
    const own = socket.address();
    probe.from = { address: own.address, port: own.port };
    return probe;
  }

  /** Whether a datagram the SIP socket read from `from` is this probe's; if so it is taken in here. */
  take(data: Buffer, from: Address): boolean {
    if (from.port !== this.from.port || from.address !== this.from.address || data.length !== MAGIC.length + 4 || data.compare(MAGIC, 0, MAGIC.length, 0, MAGIC.length) !== 0) {
      return false;
    }
    const p = this.pending;
    this.works = true;
    if (p !== undefined && data.readUInt32BE(MAGIC.length) === p.seq) {
      const wait = performance.now() - p.sentAt;
      this.longest = Math.max(this.longest ?? 0, wait);
      this.pending = undefined;
    }
    return true;
  }

  /**
   * The longest wait since the previous reading (ms): of the probes read since, or of the
   * one still in flight if that is longer; undefined when there is none of either, or
   * before any probe has come back (a path that never worked measures nothing).
   * Then the next probe goes out, unless one is in flight.
   */
  read(): number | undefined {
    const now = performance.now();
    const p = this.pending;
    const waiting = p === undefined || !this.works ? undefined : now - p.sentAt;
    const wait = waiting === undefined ? this.longest : Math.max(this.longest ?? 0, waiting);
    this.longest = undefined;
    if (p === undefined) {
      const seq = (this.seq = (this.seq + 1) >>> 0);
      this.pending = { seq, sentAt: now, resentAt: now };
      this.send(seq);
    } else if (now - p.resentAt >= PROBE_RESEND_MS) {
      p.resentAt = now;
      this.send(p.seq);
    }
    return wait;
  }

  private send(seq: number): void {
    const datagram = Buffer.alloc(MAGIC.length + 4);
    MAGIC.copy(datagram);
    datagram.writeUInt32BE(seq, MAGIC.length);
    this.socket?.send(datagram, this.target.port, this.target.address);
  }

  close(): Promise<void> {
    const s = this.socket;
    this.socket = undefined;
    return s === undefined ? Promise.resolve() : new Promise((resolve) => s.close(() => resolve()));
  }
}
