/**
 * Where call records go. In a cluster: the JetStream stream RINGMESH_CDR (file storage,
 * subjects `ringmesh.v1.cdr.<org>`), published with `Nats-Msg-Id` = record id so a retry
 * after a lost ack is stored once (within the stream's duplicate window, which is longer
 * than the retry horizon). Embedded (no NATS): appended as JSON lines to
 * `<dataDir>/cdr.jsonl`.
 *
 * Writing never blocks a call: `write` queues and returns. A record that cannot be stored
 * within the retry horizon is logged in full at error level (so it can be recovered from
 * the log) and counted in `sip_cdr_lost_total`.
 */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { jetstream, jetstreamManager, JetStreamApiCodes, JetStreamApiError, RetentionPolicy, StorageType, type JetStreamClient } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/transport-node";
import { Counter, type Registry } from "prom-client";
import { errorMessage } from "../../../../lib/errors.js";
import type { Logger } from "../../../../lib/log.js";
import { streams, subjects } from "../../../../lib/subjects.js";
import type { CallRecord } from "./record.js";

export interface CdrSink {
  write(record: CallRecord): void;
  /** Waits (up to `maxMs`) for records still being written, then stops taking more. Idempotent. */
  close(maxMs: number): Promise<void>;
}

/** Billing reads the stream at least monthly; 35 days covers a cycle plus a late export. */
export const CDR_MAX_AGE_MS = 35 * 24 * 3600 * 1000;
/** Longer than PUBLISH_RETRY_HORIZON_MS, so every retry of one record is deduplicated. */
export const CDR_DUPLICATE_WINDOW_MS = 10 * 60 * 1000;
const PUBLISH_RETRY_HORIZON_MS = 5 * 60 * 1000;
const PUBLISH_TIMEOUT_MS = 5000;
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 15_000;

const nanos = (ms: number): number => ms * 1_000_000;
/** JetStream API error 10058 "stream name already in use" (not in the client's JetStreamApiCodes). */
const STREAM_NAME_IN_USE = 10058;

interface CdrMetrics {
  readonly written: Counter;
  readonly lost: Counter;
}

function cdrMetrics(registry: Registry | undefined): CdrMetrics {
  const registers = registry === undefined ? [] : [registry];
  const written = new Counter({ name: "sip_cdr_written_total", help: "Call records stored (JetStream or cdr.jsonl)", registers });
  const lost = new Counter({ name: "sip_cdr_lost_total", help: "Call records given up on after retrying (logged in full)", registers });
  written.inc(0);
  lost.inc(0);
  return { written, lost };
}

/** Creates RINGMESH_CDR if missing; an existing stream is left as configured (operators may have tuned it). */
export async function ensureCdrStream(nc: NatsConnection, replicas = 1): Promise<void> {
  const jsm = await jetstreamManager(nc);
  try {
    await jsm.streams.info(streams.cdr);
    return;
  } catch (err) {
    if (!(err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound)) throw err;
  }
  try {
    await jsm.streams.add({
      name: streams.cdr,
      subjects: [subjects.allCdr()],
      storage: StorageType.File,
      retention: RetentionPolicy.Limits,
      max_age: nanos(CDR_MAX_AGE_MS),
      duplicate_window: nanos(CDR_DUPLICATE_WINDOW_MS),
      num_replicas: replicas,
    });
  } catch (err) {
    // Another node created it between our info and add.
    if (!(err instanceof JetStreamApiError && err.code === STREAM_NAME_IN_USE)) throw err;
  }
}

export class JetStreamCdrSink implements CdrSink {
  private readonly js: JetStreamClient;
  private readonly pending = new Set<Promise<void>>();
  private readonly metrics: CdrMetrics;
  private closing: Promise<void> | undefined;
  private closed = false;

  private constructor(
    nc: NatsConnection,
    private readonly log: Logger,
    registry: Registry | undefined,
  ) {
    this.js = jetstream(nc);
    this.metrics = cdrMetrics(registry);
  }

  static async open(nc: NatsConnection, log: Logger, registry?: Registry): Promise<JetStreamCdrSink> {
    await ensureCdrStream(nc);
    return new JetStreamCdrSink(nc, log, registry);
  }

  write(record: CallRecord): void {
    if (this.closed) {
      this.lose(record, "sink closed");
      return;
    }
    const p = this.publish(record);
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
  }

  close(maxMs: number): Promise<void> {
    return (this.closing ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...this.pending]), new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
      clearTimeout(timer);
      this.closed = true;
    })());
  }

  private async publish(record: CallRecord): Promise<void> {
    const data = JSON.stringify(record);
    const subject = subjects.cdr(record.org);
    const giveUpAt = Date.now() + PUBLISH_RETRY_HORIZON_MS;
    let wait = RETRY_FIRST_MS;
    for (;;) {
      try {
        await this.js.publish(subject, data, { msgID: record.id, timeout: PUBLISH_TIMEOUT_MS });
        this.metrics.written.inc();
        return;
      } catch (err) {
        if (this.closed || Date.now() + wait > giveUpAt) {
          this.lose(record, errorMessage(err));
          return;
        }
        this.log.warn({ err: errorMessage(err), cdr: record.id }, "call record not stored yet; retrying");
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(wait * 2, RETRY_MAX_MS);
      }
    }
  }

  private lose(record: CallRecord, why: string): void {
    this.metrics.lost.inc();
    this.log.error({ err: why, cdr: record }, "call record lost");
  }
}

/** Embedded mode: one JSON document per line; appends are serialised so lines never interleave. */
export class FileCdrSink implements CdrSink {
  private tail: Promise<void> = Promise.resolve();
  private readonly metrics: CdrMetrics;
  private closed = false;
  private dirReady = false;

  constructor(
    readonly path: string,
    private readonly log: Logger,
    registry?: Registry,
  ) {
    this.metrics = cdrMetrics(registry);
  }

  write(record: CallRecord): void {
    if (this.closed) {
      this.metrics.lost.inc();
      this.log.error({ err: "sink closed", cdr: record }, "call record lost");
      return;
    }
    const line = `${JSON.stringify(record)}\n`;
    this.tail = this.tail.then(async () => {
      try {
        // Created on the first record, so a node that never sends a call off the platform leaves no file.
        if (!this.dirReady) await mkdir(dirname(this.path), { recursive: true });
        this.dirReady = true;
        await appendFile(this.path, line);
        this.metrics.written.inc();
      } catch (err) {
        this.metrics.lost.inc();
        this.log.error({ err: errorMessage(err), cdr: record }, "call record lost");
      }
    });
  }

  async close(maxMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.tail, new Promise<void>((r) => (timer = setTimeout(r, maxMs)))]);
    clearTimeout(timer);
    this.closed = true;
  }
}
