/**
 * DocumentStore on a local data directory, for a single-node cluster without NATS.
 *
 *   <dataDir>/documents.json   { format, revision, documents[] }: the whole stored set
 *   <dataDir>/audio/<sha256>   announcement audio, content-addressed
 *
 * Invariant: documents.json is only ever replaced by rename of a fully written and
 * fsynced temp file, so after a crash it holds either the previous or the next state
 * of a batch, never part of one. Audio is written before the documents naming it.
 * `revision` counts committed batches; a document's resourceVersion is the revision
 * of the batch that last changed it. Mutations are serialised in-process; one
 * process per data directory (nothing guards against two).
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { documentKey, type Document, type Kind } from "../documents/model.js";
import { NotFoundError } from "../errors.js";
import { Channel } from "./channel.js";
import { matches, planApply, planDelete, sortDocuments, withVersion, type Snapshot } from "./plan.js";
import type { ApplyOptions, DocumentStore, WatchEvent, WatchOptions } from "./types.js";

const FORMAT = 1;

interface FileState {
  format: number;
  revision: number;
  documents: Document[];
}

async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Write temp + fsync + rename + fsync(dir): the file is either old or new after a crash. */
export async function writeFileAtomic(path: string, dir: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const tmp = `${path}.tmp-${randomBytes(6).toString("hex")}`;
  const fh = await open(tmp, "w", mode);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await fsyncPath(dir);
}

export class FileDocumentStore implements DocumentStore {
  private revision: number;
  private documents: Map<string, Document>;
  private tail: Promise<unknown> = Promise.resolve();
  private readonly watchers = new Set<Channel<WatchEvent>>();
  private closed = false;

  private constructor(
    private readonly dataDir: string,
    state: FileState,
  ) {
    this.revision = state.revision;
    this.documents = new Map(state.documents.map((d) => [documentKey(d), d]));
  }

  static async open(dataDir: string): Promise<FileDocumentStore> {
    await mkdir(join(dataDir, "audio"), { recursive: true });
    let state: FileState = { format: FORMAT, revision: 0, documents: [] };
    try {
      const parsed = JSON.parse(await readFile(join(dataDir, "documents.json"), "utf8")) as FileState;
      if (parsed.format !== FORMAT) throw new Error(`${join(dataDir, "documents.json")}: unknown format ${String(parsed.format)}`);
      state = parsed;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    return new FileDocumentStore(dataDir, state);
  }

  /** Runs mutations one at a time, each against the state the previous one left. */
  private serialised<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private snapshot(): Snapshot {
    return this.documents;
  }

  private async commit(next: Map<string, Document>, revision: number): Promise<void> {
    const state: FileState = { format: FORMAT, revision, documents: sortDocuments([...next.values()]) };
    await writeFileAtomic(join(this.dataDir, "documents.json"), this.dataDir, `${JSON.stringify(state, null, 1)}\n`);
    this.documents = next;
    this.revision = revision;
  }

  apply(rawDocs: readonly unknown[], opts: ApplyOptions = {}): Promise<Document[]> {
    return this.serialised(async () => {
      this.assertOpen();
      const plan = planApply(rawDocs, this.snapshot(), opts.audio);
      if (opts.dryRun === true || plan.writes.length === 0) return [...plan.documents];
      const audioDir = join(this.dataDir, "audio");
      for (const [sha, bytes] of plan.blobs) await writeFileAtomic(join(audioDir, sha), audioDir, bytes, 0o644);
      const revision = this.revision + 1;
      const rv = String(revision);
      const next = new Map(this.documents);
      for (const w of plan.writes) next.set(documentKey(w), withVersion(w, rv));
      await this.commit(next, revision);
      const written = new Set(plan.writes.map(documentKey));
      for (const w of plan.writes) this.emit({ op: "put", document: withVersion(w, rv), resourceVersion: rv });
      return plan.documents.map((d) => (written.has(documentKey(d)) ? withVersion(d, rv) : d));
    });
  }

  get(kind: Kind, organisation: string, name: string): Promise<Document> {
    const key = documentKey({ kind, metadata: { organisation, name } });
    const doc = this.documents.get(key);
    return doc === undefined ? Promise.reject(new NotFoundError(`${key} not found`)) : Promise.resolve(doc);
  }

  list(kind?: Kind, organisation?: string): Promise<Document[]> {
    return Promise.resolve(sortDocuments([...this.documents.values()].filter((d) => matches(d, kind, organisation))));
  }

  delete(kind: Kind, organisation: string, name: string, expectedVersion?: string): Promise<void> {
    return this.serialised(async () => {
      this.assertOpen();
      const target = planDelete(this.snapshot(), kind, organisation, name, expectedVersion);
      const revision = this.revision + 1;
      const next = new Map(this.documents);
      next.delete(documentKey(target));
      await this.commit(next, revision);
      this.emit({ op: "delete", document: target, resourceVersion: String(revision) });
    });
  }

  watch(opts: WatchOptions = {}): AsyncIterable<WatchEvent> {
    const onAbort = (): void => channel.end();
    const channel: Channel<WatchEvent> = new Channel<WatchEvent>(() => {
      this.watchers.delete(channel);
      opts.signal?.removeEventListener("abort", onAbort);
    });
    // Snapshot and subscription happen in one synchronous step, so no change falls between.
    for (const d of sortDocuments([...this.documents.values()])) {
      channel.push({ op: "put", document: d, resourceVersion: d.metadata.resourceVersion ?? "" });
    }
    this.watchers.add(channel);
    if (opts.signal?.aborted === true) channel.end();
    else opts.signal?.addEventListener("abort", onAbort, { once: true });
    return channel;
  }

  async audio(organisation: string, name: string): Promise<Uint8Array> {
    const doc = await this.get("Announcement", organisation, name);
    if (doc.kind !== "Announcement" || doc.spec.sha256 === "") throw new NotFoundError(`no audio uploaded for ${documentKey(doc)}`);
    try {
      return new Uint8Array(await readFile(join(this.dataDir, "audio", doc.spec.sha256)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new NotFoundError(`audio of ${documentKey(doc)} is missing`, { cause: err });
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.tail;
    for (const w of [...this.watchers]) w.end();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("document store is closed");
  }

  private emit(e: WatchEvent): void {
    for (const w of this.watchers) w.push(e);
  }
}
