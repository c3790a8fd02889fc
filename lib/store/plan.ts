/**
 * The decisions both backends share, made against a snapshot of the stored set:
 * resourceVersion checks, validation, what actually changed, audio digests, and
 * whether a delete is allowed. Backends only differ in how they read a consistent
 * snapshot and write the result atomically.
 */
import { createHash } from "node:crypto";
import { documentKey, KINDS, type Document, type Kind } from "../documents/model.js";
import { referrersOf, validateDocuments } from "../documents/validate.js";
import { ConflictError, InUseError, NotFoundError, ValidationError } from "../errors.js";

/** Stored documents by `documentKey`, each with `metadata.resourceVersion` set. */
export type Snapshot = ReadonlyMap<string, Document>;

export interface ApplyPlan {
  /** The batch in input order; unchanged documents carry their stored resourceVersion. */
  readonly documents: readonly Document[];
  /** The changed documents, without resourceVersion, to be written together. */
  readonly writes: readonly Document[];
  /** Audio to store before the documents that name it, by SHA-256 (hex). */
  readonly blobs: ReadonlyMap<string, Uint8Array>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Key and echoed resourceVersion of a raw document, as far as it is well-formed enough to tell. */
function rawIdentity(raw: unknown): { key: string | undefined; resourceVersion: string | undefined } {
  if (!isRecord(raw) || !isRecord(raw["metadata"])) return { key: undefined, resourceVersion: undefined };
  const { kind } = raw;
  const md = raw["metadata"];
  const name = md["name"];
  const org = kind === "Organisation" ? (md["organisation"] ?? name) : md["organisation"];
  const rv = md["resourceVersion"];
  const resourceVersion = typeof rv === "string" && rv !== "" ? rv : typeof rv === "number" ? String(rv) : undefined;
  const key =
    typeof kind === "string" && (KINDS as readonly string[]).includes(kind) && typeof org === "string" && typeof name === "string"
      ? documentKey({ kind: kind as Kind, metadata: { organisation: org, name } })
      : undefined;
  return { key, resourceVersion };
}

export function withVersion(doc: Document, resourceVersion: string): Document {
  return { ...doc, metadata: { ...doc.metadata, resourceVersion } };
}

export function withoutVersion(doc: Document): Document {
  const { resourceVersion: _, ...metadata } = doc.metadata;
  return { ...doc, metadata };
}

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function planApply(raw: readonly unknown[], snapshot: Snapshot, audio?: ReadonlyMap<string, Uint8Array>): ApplyPlan {
  const stale: string[] = [];
  for (const r of raw) {
    const { key, resourceVersion } = rawIdentity(r);
    if (key === undefined || resourceVersion === undefined) continue;
    const stored = snapshot.get(key)?.metadata.resourceVersion;
    if (stored !== resourceVersion) stale.push(`${key} is at ${stored ?? "(absent)"}, not ${resourceVersion}`);
  }
  if (stale.length > 0) throw new ConflictError(`stale resourceVersion: ${stale.join("; ")}`);

  const existing = [...snapshot.values()];
  const result = validateDocuments(raw, { existing });
  if (!result.ok) throw new ValidationError(result.errors);

  const documents: Document[] = [];
  const writes: Document[] = [];
  const blobs = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const validated of result.documents) {
    let doc = withoutVersion(validated);
    const key = documentKey(doc);
    if (seen.has(key)) {
      throw new ValidationError([{ document: key, path: "metadata.name", reason: "appears more than once in the batch" }]);
    }
    seen.add(key);
    const stored = snapshot.get(key);
    if (doc.kind === "Announcement") {
      // Only uploaded bytes or the stored digest count: a digest sent by a client could
      // point at another organisation's audio.
      const bytes = audio?.get(`${doc.metadata.organisation}/${doc.metadata.name}`);
      let sha = "";
      if (bytes !== undefined) {
        sha = sha256Hex(bytes);
        blobs.set(sha, bytes);
      } else if (stored?.kind === "Announcement" && stored.spec.file === doc.spec.file) {
        sha = stored.spec.sha256;
      }
      doc = { ...doc, spec: { ...doc.spec, sha256: sha } };
    }
    if (stored !== undefined && canonicalJson(withoutVersion(stored)) === canonicalJson(doc)) {
      documents.push(stored);
    } else {
      documents.push(doc);
      writes.push(doc);
    }
  }
  return { documents, writes, blobs };
}

/** The stored document a delete removes; throws when it is absent, stale or still referenced. */
export function planDelete(snapshot: Snapshot, kind: Kind, organisation: string, name: string, expectedVersion?: string): Document {
  const key = documentKey({ kind, metadata: { organisation, name } });
  const target = snapshot.get(key);
  if (target === undefined) throw new NotFoundError(`${key} not found`);
  if (expectedVersion !== undefined && expectedVersion !== "" && target.metadata.resourceVersion !== expectedVersion) {
    throw new ConflictError(`stale resourceVersion: ${key} is at ${target.metadata.resourceVersion ?? "?"}, not ${expectedVersion}`);
  }
  const documents = [...snapshot.values()].filter((d) => documentKey(d) !== key);
  // For an Organisation these are all of its objects: removing it first would orphan them.
  const referrers = referrersOf({ kind, organisation, name }, documents);
  if (referrers.length > 0) throw new InUseError(key, [...referrers].sort());
  return target;
}

export function matches(doc: Document, kind?: Kind, organisation?: string): boolean {
  return (kind === undefined || doc.kind === kind) && (organisation === undefined || doc.metadata.organisation === organisation);
}

export function sortDocuments(docs: Document[]): Document[] {
  return docs.sort((a, b) => {
    const ka = documentKey(a);
    const kb = documentKey(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
