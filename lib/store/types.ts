import type { Document, Kind } from "../documents/model.js";

export interface ApplyOptions {
  /** Validate against the stored set and return the result without storing anything. */
  readonly dryRun?: boolean;
  /** Announcement audio keyed `organisation/name` of the Announcement (paths can repeat across organisations). */
  readonly audio?: ReadonlyMap<string, Uint8Array>;
}

export interface WatchEvent {
  readonly op: "put" | "delete";
  /** For `delete`, the document as it was last stored. */
  readonly document: Document;
  readonly resourceVersion: string;
}

export interface WatchOptions {
  /** Ends the iteration (the iterator's `return()` does too). */
  readonly signal?: AbortSignal;
}

/**
 * The configuration documents of SPEC §4, validated and versioned. Documents handed
 * out carry `metadata.resourceVersion`; user devices carry `ha1`, never `password`.
 *
 * Errors: ValidationError (every field error of the batch), ConflictError (stale
 * resourceVersion, or lost too many concurrent-write races), InUseError (delete of a
 * referenced object), NotFoundError.
 */
export interface DocumentStore {
  /**
   * Validates the batch against the stored set and stores it all or nothing. A
   * document whose `metadata.resourceVersion` is set is only written at that version.
   * Unchanged documents keep their resourceVersion. Returns the batch in input order.
   */
  apply(rawDocs: readonly unknown[], opts?: ApplyOptions): Promise<Document[]>;
  get(kind: Kind, organisation: string, name: string): Promise<Document>;
  /** Sorted by kind, organisation, name. */
  list(kind?: Kind, organisation?: string): Promise<Document[]>;
  delete(kind: Kind, organisation: string, name: string, expectedVersion?: string): Promise<void>;
  /** The current state as `put` events, then every change, until aborted or returned. */
  watch(opts?: WatchOptions): AsyncIterable<WatchEvent>;
  /** The audio of an Announcement; NotFoundError if none was uploaded. */
  audio(organisation: string, name: string): Promise<Uint8Array>;
  close(): Promise<void>;
}
