/**
 * Where routing actors get their configuration: the DocumentStore.
 *
 * - On load (first activation, re-activation, fail-over) an actor asks `ConfigSource`
 *   for its document once and gets it as a message (configChanged / groupDeleted /
 *   userChanged): a group never starts from a guessed spec, and a state persisted
 *   before a change made while nobody hosted it is brought up to date.
 * - While running, each node's `ConfigFeeder` watches the store and tells the actors
 *   whose document changed. Every node sends the same message with the same
 *   idempotency key (`cfg.<kind>.<org>.<name>@<version>`), and actors skip a version
 *   they already applied, so N nodes cost N sends but one application. Documents
 *   present when the feeder starts are not sent: actors fetch them when they load.
 */
import type { AnswerGroupSpec, Document, Presence, RingableDeviceKind, UserSpec } from "../documents/model.js";
import { RINGABLE_DEVICE_KINDS, documentKey } from "../documents/model.js";
import { NotFoundError } from "../errors.js";
import type { Logger } from "../log.js";
import type { Runtime } from "../runtime/index.js";
import type { DocumentStore } from "../store/index.js";
import { agentAddress, groupAddress, routingActorId } from "./addresses.js";
import type { AgentMessage, GroupMessage } from "./codec.js";

export interface GroupConfig {
  readonly spec: AnswerGroupSpec;
  readonly version: string;
}

export interface UserConfig {
  readonly devices: RingableDeviceKind[];
  readonly presence: Presence;
  readonly version: string;
}

/** undefined = no such document (deleted or never created). */
export interface ConfigSource {
  group(org: string, name: string): Promise<GroupConfig | undefined>;
  user(org: string, name: string): Promise<UserConfig | undefined>;
}

/** M7 rings device kinds; `externalPbx` is never rung, and a kind counts once. */
export function ringableKinds(spec: UserSpec): RingableDeviceKind[] {
  const kinds = new Set(spec.devices.map((d) => d.kind));
  return RINGABLE_DEVICE_KINDS.filter((k) => kinds.has(k));
}

async function orUndefined<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof NotFoundError) return undefined;
    throw err;
  }
}

export function storeConfigSource(store: DocumentStore): ConfigSource {
  return {
    async group(org, name) {
      const doc = await orUndefined(store.get("AnswerGroup", org, name));
      if (doc?.kind !== "AnswerGroup") return undefined;
      return { spec: doc.spec, version: doc.metadata.resourceVersion ?? "" };
    },
    async user(org, name) {
      const doc = await orUndefined(store.get("User", org, name));
      if (doc?.kind !== "User") return undefined;
      return { devices: ringableKinds(doc.spec), presence: doc.spec.presence, version: doc.metadata.resourceVersion ?? "" };
    },
  };
}

export function groupConfigMessage(doc: Document, deleted: boolean, version: string): GroupMessage | undefined {
  if (doc.kind !== "AnswerGroup") return undefined;
  return deleted ? { type: "groupDeleted", version } : { type: "configChanged", spec: doc.spec, version };
}

export function userConfigMessage(doc: Document, deleted: boolean, version: string): AgentMessage | undefined {
  if (doc.kind !== "User") return undefined;
  return { type: "userChanged", devices: deleted ? [] : ringableKinds(doc.spec), presence: doc.spec.presence, version, deleted };
}

export interface ConfigFeeder {
  /** Resolves once the documents present at start are known, so later changes are told. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/** Watches one document kind and tells the matching actors about each change. */
export function startConfigFeeder(o: {
  readonly store: DocumentStore;
  readonly runtime: Runtime;
  readonly logger: Logger;
  readonly kind: "AnswerGroup" | "User";
}): ConfigFeeder {
  const abort = new AbortController();
  const known = new Map<string, string>();
  const tell = (doc: Document, deleted: boolean, version: string): void => {
    const { organisation: org, name } = doc.metadata;
    const key = `cfg.${doc.kind}.${org}.${name}@${version}${deleted ? ".deleted" : ""}`;
    const opts = { idempotencyKey: key, timeoutMs: 30_000 };
    const id = routingActorId(org, name);
    const sent =
      o.kind === "AnswerGroup"
        ? (() => {
            const m = groupConfigMessage(doc, deleted, version);
            return m === undefined ? undefined : o.runtime.tell(groupAddress, id, m, opts);
          })()
        : (() => {
            const m = userConfigMessage(doc, deleted, version);
            return m === undefined ? undefined : o.runtime.tell(agentAddress, id, m, opts);
          })();
    sent?.catch((err: unknown) => o.logger.warn({ err, document: documentKey(doc) }, "config change not delivered; the actor refetches when it next loads"));
  };
  const ready = (async () => {
    for (const d of await o.store.list(o.kind)) known.set(documentKey(d), d.metadata.resourceVersion ?? "");
  })();
  const loop = (async () => {
    await ready;
    for await (const ev of o.store.watch({ signal: abort.signal })) {
      if (ev.document.kind !== o.kind) continue;
      const key = documentKey(ev.document);
      if (ev.op === "delete") {
        known.delete(key);
        tell(ev.document, true, ev.resourceVersion);
        continue;
      }
      if (known.get(key) === ev.resourceVersion) continue;
      known.set(key, ev.resourceVersion);
      tell(ev.document, false, ev.resourceVersion);
    }
  })().catch((err: unknown) => {
    if (!abort.signal.aborted) o.logger.error({ err }, "config watch ended; live config changes stop until restart");
  });
  return {
    ready,
    async stop() {
      abort.abort();
      await loop;
    },
  };
}
