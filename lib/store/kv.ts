/**
 * DocumentStore on JetStream KV (documents) and Object Store (announcement audio).
 *
 * Keys in the documents bucket:
 *   doc.<Kind>.<organisation>.<name>   {txn, document}; resourceVersion = the key's KV revision
 *   txn                                the write lock and commit record (an "intent")
 *
 * KV has no multi-key transactions, so every write (apply, delete) goes through one
 * intent record:
 *   1. read the `txn` key; if it holds an intent, finish it (roll forward) first;
 *   2. read every document, validate the batch against that snapshot;
 *   3. CAS-write the intent {id, ops: [{key, expect, value|null}]} onto `txn` at the
 *      revision read in 1. This is the commit point: once it is stored the batch is
 *      committed, and whoever sees it (the writer, or any later writer or reader after
 *      a crash) applies each op by CAS on the document key (expect = the revision
 *      validated against), which is idempotent: a key already carrying the intent's
 *      id was done;
 *   4. delete `txn` by CAS at the intent's revision.
 * Invariant: between two intents nothing writes a document key, and an intent is only
 * written at the `txn` revision the snapshot was validated after. So every batch was
 * validated against exactly the state it replaces (no lost update, and cross-
 * organisation rules such as number uniqueness hold), and a committed batch is applied
 * entirely even if its writer dies. A writer that loses the CAS re-reads and
 * re-validates, up to MAX_ATTEMPTS, then fails with ConflictError.
 *
 * Costs and limits:
 *   - Writes are serialised platform-wide (fine for configuration; not for hot data).
 *   - Each write reads the whole stored set (one request per document) to validate.
 *   - The intent (a whole batch) and each document must fit the server's max_payload
 *     (1 MB by default): a larger batch is rejected before anything is written.
 *   - `list` is a consistent snapshot (it retries until `txn` did not move while it
 *     read); `get` reads one key, and `watch` delivers the ops of a batch one by one,
 *     so watchers can observe a batch half-applied for a moment.
 *   - Audio is content-addressed (object name = SHA-256) and stored before the intent,
 *     so a document never names missing audio; audio of failed or replaced batches is
 *     not collected.
 */
import { randomBytes } from "node:crypto";
import { JetStreamApiCodes, JetStreamApiError } from "@nats-io/jetstream";
import { Kvm, type KV, type KvEntry, type KvWatchEntry } from "@nats-io/kv";
import { Objm, type ObjectStore } from "@nats-io/obj";
import type { NatsConnection, QueuedIterator } from "@nats-io/transport-node";
import { documentKey, type Document, type Kind } from "../documents/model.js";
import { ConflictError, NotFoundError, UnavailableError, ValidationError } from "../errors.js";
import { buckets } from "../subjects.js";
import { Channel } from "./channel.js";
import { matches, planApply, planDelete, sortDocuments, withVersion, type Snapshot } from "./plan.js";
import type { ApplyOptions, DocumentStore, WatchEvent, WatchOptions } from "./types.js";

const LOCK_KEY = "txn";
const DOC_PREFIX = "doc";
const MAX_ATTEMPTS = 8;
/** Room for headers and the JSON envelope around the intent. */
const PAYLOAD_HEADROOM = 4096;
const KEY_TOKEN = /^[A-Za-z0-9_-]+$/;

interface Op {
  readonly key: string;
  /** Revision the op was validated against; 0 = the key held no document. */
  readonly expect: number;
  /** JSON of a StoredValue; null deletes. */
  readonly value: string | null;
}

interface Intent {
  readonly id: string;
  readonly ops: readonly Op[];
}

interface StoredValue {
  readonly txn: string;
  readonly document: Document;
}

export interface KvDocumentStoreOptions {
  /** Documents bucket; default `buckets.documents`. */
  readonly bucket?: string;
  /** Audio object store; default `buckets.audio`. */
  readonly audioBucket?: string;
  /** 1, 3 or 5; default 1. */
  readonly replicas?: number;
}

function docKey(kind: string, organisation: string, name: string): string | undefined {
  return KEY_TOKEN.test(kind) && KEY_TOKEN.test(organisation) && KEY_TOKEN.test(name)
    ? `${DOC_PREFIX}.${kind}.${organisation}.${name}`
    : undefined;
}

function kvKeyOf(doc: Document): string {
  const key = docKey(doc.kind, doc.metadata.organisation, doc.metadata.name);
  // Validated names are [a-z0-9-]; reaching here with anything else is a validator bug.
  if (key === undefined) throw new Error(`document ${documentKey(doc)} has a name unusable as a KV key`);
  return key;
}

function isCasFailure(err: unknown): boolean {
  return (
    err instanceof JetStreamApiError &&
    (err.code === JetStreamApiCodes.StreamWrongLastSequence || err.code === JetStreamApiCodes.StreamWrongLastSequenceUnknown)
  );
}

function decode(e: KvEntry): Document {
  return withVersion(e.json<StoredValue>().document, String(e.revision));
}

function newTxnId(): string {
  return randomBytes(12).toString("base64url");
}

export class KvDocumentStore implements DocumentStore {
  private readonly watchers = new Set<Channel<WatchEvent>>();
  private closed = false;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly kv: KV,
    private readonly objects: ObjectStore,
  ) {}

  /** Opens (creating if needed) the buckets. The connection stays the caller's. */
  static async open(nc: NatsConnection, opts: KvDocumentStoreOptions = {}): Promise<KvDocumentStore> {
    const replicas = opts.replicas ?? 1;
    const kv = await new Kvm(nc).create(opts.bucket ?? buckets.documents, { history: 1, replicas });
    const objects = await new Objm(nc).create(opts.audioBucket ?? buckets.audio, { replicas });
    return new KvDocumentStore(nc, kv, objects);
  }

  // ------------------------------------------------------------------ reads

  private async readDocuments(): Promise<Map<string, Document>> {
    const keys: string[] = [];
    for await (const k of await this.kv.keys(`${DOC_PREFIX}.>`)) keys.push(k);
    const entries = await Promise.all(keys.map((k) => this.kv.get(k)));
    const docs = new Map<string, Document>();
    for (const e of entries) {
      if (e === null || e.operation !== "PUT") continue;
      const doc = decode(e);
      docs.set(documentKey(doc), doc);
    }
    return docs;
  }

  /** Revision of the `txn` key once no intent is pending (finishing any it finds); 0 if never written. */
  private async settledLockRevision(): Promise<number> {
    for (;;) {
      const e = await this.kv.get(LOCK_KEY);
      if (e === null) return 0;
      if (e.operation !== "PUT") return e.revision;
      await this.rollForward(e.json<Intent>(), e.revision);
    }
  }

  async get(kind: Kind, organisation: string, name: string): Promise<Document> {
    const key = docKey(kind, organisation, name);
    const e = key === undefined ? null : await this.kv.get(key);
    if (e === null || e.operation !== "PUT") throw new NotFoundError(`${kind}/${organisation}/${name} not found`);
    return decode(e);
  }

  async list(kind?: Kind, organisation?: string): Promise<Document[]> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS * 4; attempt++) {
      const before = await this.settledLockRevision();
      const docs = await this.readDocuments();
      const after = (await this.kv.get(LOCK_KEY))?.revision ?? 0;
      if (before === after) return sortDocuments([...docs.values()].filter((d) => matches(d, kind, organisation)));
    }
    throw new UnavailableError("document store kept changing while listing; try again");
  }

  // ------------------------------------------------------------------ writes

  /**
   * Runs `plan` against a snapshot taken after any pending intent finished, commits its
   * ops by CAS on `txn`, and applies them; retries from a fresh snapshot when another
   * writer committed first.
   */
  private async transact<T>(
    what: string,
    plan: (snapshot: Snapshot, txn: string) => Promise<{ ops: Op[]; finish: (revisions: ReadonlyMap<string, number>) => T }>,
  ): Promise<T> {
    this.assertOpen();
    for (let attempt = 1; ; attempt++) {
      const lockRevision = await this.settledLockRevision();
      const txn = newTxnId();
      const { ops, finish } = await plan(await this.readDocuments(), txn);
      if (ops.length === 0) return finish(new Map());
      const intent: Intent = { id: txn, ops };
      const payload = JSON.stringify(intent);
      const limit = this.nc.info?.max_payload ?? 1024 * 1024;
      if (Buffer.byteLength(payload) > limit - PAYLOAD_HEADROOM) {
        throw new ValidationError([{ path: "(batch)", reason: `batch is ${Buffer.byteLength(payload)} bytes stored; the limit is ${limit - PAYLOAD_HEADROOM}: split it` }]);
      }
      let intentRevision: number;
      try {
        intentRevision = lockRevision === 0 ? await this.kv.create(LOCK_KEY, payload) : await this.kv.update(LOCK_KEY, payload, lockRevision);
      } catch (err) {
        if (!isCasFailure(err)) throw err;
        if (attempt >= MAX_ATTEMPTS) throw new ConflictError(`${what}: gave up after ${attempt} concurrent-write conflicts`, { cause: err });
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
        continue;
      }
      return finish(await this.rollForward(intent, intentRevision));
    }
  }

  /** Applies a committed intent's ops (idempotently) and releases `txn`; returns the new revision per key. */
  private async rollForward(intent: Intent, intentRevision: number): Promise<Map<string, number>> {
    const revisions = new Map<string, number>();
    for (const op of intent.ops) {
      const rev = await this.applyOp(intent, intentRevision, op);
      if (rev === "superseded") return this.revisionsAfterOthersFinished(intent);
      revisions.set(op.key, rev);
    }
    try {
      await this.kv.delete(LOCK_KEY, { previousSeq: intentRevision });
    } catch (err) {
      // Another process finishing the same intent released it first.
      if (!isCasFailure(err)) throw err;
    }
    return revisions;
  }

  private async applyOp(intent: Intent, intentRevision: number, op: Op): Promise<number | "superseded"> {
    try {
      if (op.value === null) {
        await this.kv.delete(op.key, { previousSeq: op.expect });
        return 0;
      }
      return op.expect === 0 ? await this.kv.create(op.key, op.value) : await this.kv.update(op.key, op.value, op.expect);
    } catch (err) {
      if (!isCasFailure(err)) throw err;
      const cur = await this.kv.get(op.key);
      if (op.value !== null && cur?.operation === "PUT" && cur.json<StoredValue>().txn === intent.id) return cur.revision;
      if (op.value === null && (cur === null || cur.operation !== "PUT")) return 0;
      if ((await this.kv.get(LOCK_KEY))?.revision !== intentRevision) return "superseded";
      throw new Error(`document store invariant broken: ${op.key} changed while intent ${intent.id} was pending`, { cause: err });
    }
  }

  /** Someone else finished our intent and later writes followed: report what still carries it. */
  private async revisionsAfterOthersFinished(intent: Intent): Promise<Map<string, number>> {
    const revisions = new Map<string, number>();
    for (const op of intent.ops) {
      const cur = await this.kv.get(op.key);
      if (op.value !== null && cur?.operation === "PUT" && cur.json<StoredValue>().txn === intent.id) revisions.set(op.key, cur.revision);
    }
    return revisions;
  }

  apply(rawDocs: readonly unknown[], opts: ApplyOptions = {}): Promise<Document[]> {
    return this.transact("apply", async (snapshot, txn) => {
      const plan = planApply(rawDocs, snapshot, opts.audio);
      if (opts.dryRun === true) return { ops: [], finish: () => [...plan.documents] };
      for (const [sha, bytes] of plan.blobs) await this.putAudio(sha, bytes);
      const ops = plan.writes.map((doc): Op => {
        const stored = snapshot.get(documentKey(doc))?.metadata.resourceVersion;
        const value: StoredValue = { txn, document: doc };
        return { key: kvKeyOf(doc), expect: stored === undefined ? 0 : Number(stored), value: JSON.stringify(value) };
      });
      const written = new Set(plan.writes.map(documentKey));
      return {
        ops,
        finish: (revisions) =>
          plan.documents.map((d) => {
            const rev = written.has(documentKey(d)) ? revisions.get(kvKeyOf(d)) : undefined;
            return rev === undefined ? d : withVersion(d, String(rev));
          }),
      };
    });
  }

  delete(kind: Kind, organisation: string, name: string, expectedVersion?: string): Promise<void> {
    return this.transact("delete", (snapshot) => {
      const target = planDelete(snapshot, kind, organisation, name, expectedVersion);
      const op: Op = { key: kvKeyOf(target), expect: Number(target.metadata.resourceVersion), value: null };
      return Promise.resolve({ ops: [op], finish: () => undefined });
    });
  }

  // ------------------------------------------------------------------ watch

  watch(opts: WatchOptions = {}): AsyncIterable<WatchEvent> {
    let iterator: QueuedIterator<KvWatchEntry> | undefined;
    const onAbort = (): void => channel.end();
    const channel: Channel<WatchEvent> = new Channel<WatchEvent>(() => {
      iterator?.stop();
      this.watchers.delete(channel);
      opts.signal?.removeEventListener("abort", onAbort);
    });
    this.watchers.add(channel);
    if (opts.signal?.aborted === true) channel.end();
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    // Deletes carry no value: remember each key's last document to report what went.
    const lastSeen = new Map<string, Document>();
    void (async () => {
      try {
        iterator = await this.kv.watch({ key: `${DOC_PREFIX}.>` });
        if (channel.isClosed) {
          iterator.stop();
          return;
        }
        for await (const e of iterator) {
          if (e.operation === "PUT") {
            const document = decode(e);
            lastSeen.set(e.key, document);
            channel.push({ op: "put", document, resourceVersion: String(e.revision) });
          } else {
            const document = lastSeen.get(e.key);
            lastSeen.delete(e.key);
            if (document !== undefined) channel.push({ op: "delete", document, resourceVersion: String(e.revision) });
          }
        }
        channel.end();
      } catch (err) {
        channel.end(err instanceof Error ? err : new Error(String(err)));
      }
    })();
    return channel;
  }

  // ------------------------------------------------------------------ audio

  private async putAudio(sha: string, bytes: Uint8Array): Promise<void> {
    if ((await this.objects.info(sha)) !== null) return;
    await this.objects.putBlob({ name: sha }, bytes);
  }

  async audio(organisation: string, name: string): Promise<Uint8Array> {
    const doc = await this.get("Announcement", organisation, name);
    if (doc.kind !== "Announcement" || doc.spec.sha256 === "") throw new NotFoundError(`no audio uploaded for ${documentKey(doc)}`);
    const bytes = await this.objects.getBlob(doc.spec.sha256);
    if (bytes === null) throw new NotFoundError(`audio of ${documentKey(doc)} is missing`);
    // A plain view: callers compare and hand it on as Uint8Array, not as the client's Buffer.
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  close(): Promise<void> {
    this.closed = true;
    for (const w of [...this.watchers]) w.end();
    return Promise.resolve();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("document store is closed");
  }
}
