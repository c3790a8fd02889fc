/**
 * One behaviour suite for every DocumentStore backend: the file and KV tests call
 * `storeBehaviour` with a factory, so both are held to exactly the same assertions.
 */
import type { ExecutionContext, TestFn } from "ava";
import type { Document } from "../../../lib/documents/model.js";
import { ConflictError, InUseError, NotFoundError, ValidationError } from "../../../lib/errors.js";
import type { DocumentStore, WatchEvent } from "../../../lib/store/index.js";
import { acme, atVersion, globex, group, organisation, user } from "./fixtures.js";

export interface StoreHarness {
  readonly store: DocumentStore;
  /** Another instance over the same storage (for KV: its own NATS connection). */
  peer(): Promise<DocumentStore>;
  /** Closes `store` and opens a fresh instance over the same storage, as after a restart. */
  reopen(): Promise<DocumentStore>;
  /** The bytes at rest, where the backend can show them, to prove what is never stored. */
  rawContents(): Promise<string>;
}

export type HarnessFactory = (t: ExecutionContext) => Promise<StoreHarness>;

const keys = (docs: readonly Document[]): string[] => docs.map((d) => `${d.kind}/${d.metadata.organisation}/${d.metadata.name}`);

/** Collects watch events until `until` holds for what was seen; fails after a deadline. */
async function collect(iter: AsyncIterable<WatchEvent>, until: (seen: WatchEvent[]) => boolean): Promise<WatchEvent[]> {
  const seen: WatchEvent[] = [];
  const it = iter[Symbol.asyncIterator]();
  const deadline = Date.now() + 10_000;
  while (!until(seen)) {
    const left = deadline - Date.now();
    const next = await Promise.race([it.next(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), left))]);
    if (next === "timeout") throw new Error(`watch: condition not met; saw ${JSON.stringify(seen.map((e) => [e.op, e.document.metadata.name]))}`);
    if (next.done === true) break;
    seen.push(next.value);
  }
  return seen;
}

export function storeBehaviour(test: TestFn, backend: string, open: HarnessFactory): void {
  test(`${backend}: apply stores a batch with resourceVersions; get and list read it back`, async (t) => {
    const { store } = await open(t);
    const applied = await store.apply(acme());
    t.is(applied.length, 6);
    for (const d of applied) t.regex(d.metadata.resourceVersion ?? "", /^\d+$/);
    const got = await store.get("AnswerGroup", "acme", "support");
    t.deepEqual(got, applied[4]);
    t.is(got.kind === "AnswerGroup" ? got.spec.routing.ringSeconds : -1, 20, "defaults are filled in");
    t.deepEqual(keys(await store.list("User", "acme")), ["User/acme/alice", "User/acme/bob"]);
    t.is((await store.list()).length, 6);
    t.deepEqual(await store.list(undefined, "globex"), []);
    await t.throwsAsync(store.get("AnswerGroup", "acme", "nope"), { instanceOf: NotFoundError });
  });

  test(`${backend}: passwords are never stored or returned, only the digest`, async (t) => {
    const h = await open(t);
    await h.store.apply(acme());
    const alice = await h.store.get("User", "acme", "alice");
    t.true(alice.kind === "User");
    if (alice.kind !== "User") return;
    const desk = alice.spec.devices[0];
    t.truthy("ha1" in desk && /^[0-9a-f]{32}$/.test(desk.ha1));
    const everything = JSON.stringify(await h.store.list()) + (await h.rawContents());
    t.false(everything.includes("s3cret"));
    t.false(everything.includes("password"));
  });

  test(`${backend}: re-applying unchanged documents keeps their version; a change bumps only that one`, async (t) => {
    const { store } = await open(t);
    const first = await store.apply(acme());
    const again = await store.apply(acme());
    t.deepEqual(again, first);
    const changed = await store.apply([group("acme", "support", "+35810123456", ["alice"])]);
    t.not(changed[0]?.metadata.resourceVersion, first[4]?.metadata.resourceVersion);
    t.is((await store.get("User", "acme", "alice")).metadata.resourceVersion, first[1]?.metadata.resourceVersion);
  });

  test(`${backend}: a stale resourceVersion is a ConflictError and changes nothing`, async (t) => {
    const { store } = await open(t);
    const [org] = await store.apply([organisation("acme", ["+35810123400-+35810123499"])]);
    const rv = org.metadata.resourceVersion ?? "";
    await store.apply([atVersion(organisation("acme", ["+35810123400-+35810123499"], "acme.test"), rv)]);
    const before = await store.list();
    const err = await t.throwsAsync(store.apply([atVersion(organisation("acme", ["+35810123400-+35810123499"], "acme.other"), rv)]), {
      instanceOf: ConflictError,
    });
    t.regex(err.message, /Organisation\/acme\/acme/);
    await t.throwsAsync(store.apply([atVersion(user("acme", "zed"), "1")]), { instanceOf: ConflictError }, "version for an absent document");
    t.deepEqual(await store.list(), before);
  });

  test(`${backend}: a batch with any invalid document is rejected whole with every error`, async (t) => {
    const { store } = await open(t);
    await store.apply([organisation("acme", ["+35810123400-+35810123499"])]);
    const before = await store.list();
    const bad = group("acme", "support", "not-a-number", ["ghost"], { routing: { ringSeconds: -5 } });
    const err = await t.throwsAsync(store.apply([user("acme", "alice"), bad]), { instanceOf: ValidationError });
    const paths = err.errors.map((e) => e.path);
    t.true(paths.includes("spec.number"), JSON.stringify(err.errors));
    t.true(paths.includes("spec.routing.ringSeconds"), JSON.stringify(err.errors));
    t.true(paths.some((p) => p.startsWith("spec.members[0]")), JSON.stringify(err.errors));
    t.deepEqual(await store.list(), before, "alice was valid but is not stored either");
  });

  test(`${backend}: dry run validates against the stored set and stores nothing`, async (t) => {
    const { store } = await open(t);
    await store.apply([organisation("acme", ["+35810123400-+35810123499"])]);
    const out = await store.apply([user("acme", "alice")], { dryRun: true });
    t.is(out[0]?.metadata.name, "alice");
    t.is(out[0]?.metadata.resourceVersion, undefined);
    t.deepEqual(keys(await store.list()), ["Organisation/acme/acme"]);
    await t.throwsAsync(store.apply([group("acme", "g", "+35810123456", ["ghost"])], { dryRun: true }), { instanceOf: ValidationError });
  });

  test(`${backend}: delete is refused while referenced, then works in dependency order`, async (t) => {
    const { store } = await open(t);
    await store.apply(acme());
    const inUse = await t.throwsAsync(store.delete("AnswerGroup", "acme", "support"), { instanceOf: InUseError });
    t.deepEqual(inUse.referrers, ["IvrMenu acme/main"]);
    const userInUse = await t.throwsAsync(store.delete("User", "acme", "alice"), { instanceOf: InUseError });
    t.deepEqual(userInUse.referrers, ["AnswerGroup acme/support"]);
    const ivrDoc = await store.get("IvrMenu", "acme", "main");
    await t.throwsAsync(store.delete("IvrMenu", "acme", "main", "999999"), { instanceOf: ConflictError });
    await store.delete("IvrMenu", "acme", "main", ivrDoc.metadata.resourceVersion);
    await store.delete("AnswerGroup", "acme", "support");
    await t.throwsAsync(store.get("AnswerGroup", "acme", "support"), { instanceOf: NotFoundError });
    await t.throwsAsync(store.delete("AnswerGroup", "acme", "support"), { instanceOf: NotFoundError });
    t.deepEqual(keys(await store.list()), ["Announcement/acme/main-menu", "Organisation/acme/acme", "User/acme/alice", "User/acme/bob"]);
  });

  test(`${backend}: watch starts with the current state, then sees puts and deletes`, async (t) => {
    const { store } = await open(t);
    await store.apply([organisation("acme", ["+35810123400-+35810123499"]), user("acme", "alice")]);
    const abort = new AbortController();
    const iter = store.watch({ signal: abort.signal });
    const initial = await collect(iter, (s) => s.length >= 2);
    t.deepEqual(initial.map((e) => [e.op, e.document.metadata.name]), [["put", "acme"], ["put", "alice"]]);
    const [bob] = await store.apply([user("acme", "bob")]);
    await store.delete("User", "acme", "alice");
    const later = await collect(iter, (s) => s.length >= 2);
    t.deepEqual(later.map((e) => [e.op, e.document.metadata.name]), [["put", "bob"], ["delete", "alice"]]);
    t.is(later[0]?.resourceVersion, bob.metadata.resourceVersion ?? "unset");
    t.is(later[0]?.document.metadata.resourceVersion, bob.metadata.resourceVersion);
    abort.abort();
    t.deepEqual(await iter[Symbol.asyncIterator]().next(), { value: undefined, done: true });
  });

  test(`${backend}: a new instance over the same storage keeps what was applied`, async (t) => {
    const h = await open(t);
    const applied = await h.store.apply(acme());
    await h.store.delete("IvrMenu", "acme", "main");
    const reopened = await h.reopen();
    t.deepEqual(await reopened.list(), applied.filter((d) => d.kind !== "IvrMenu").sort((a, b) => (keys([a])[0] ?? "").localeCompare(keys([b])[0] ?? "")));
    const [again] = await reopened.apply([user("acme", "carol")]);
    t.true(Number(again.metadata.resourceVersion) > Math.max(...applied.map((d) => Number(d.metadata.resourceVersion))), "revisions keep increasing");
  });

  test(`${backend}: announcement audio is stored with the document and served back`, async (t) => {
    const { store } = await open(t);
    const bytes = new Uint8Array(Array.from({ length: 5000 }, (_, i) => i % 251));
    await store.apply([organisation("acme", ["+35810123400-+35810123499"])]);
    const [ann] = await store.apply([{ apiVersion: "ringmesh/v1", kind: "Announcement", metadata: { organisation: "acme", name: "hello" }, spec: { file: "p/hello.wav" } }], {
      audio: new Map([["acme/hello", bytes]]),
    });
    t.is(ann.kind === "Announcement" ? ann.spec.sha256.length : 0, 64);
    t.deepEqual(await store.audio("acme", "hello"), bytes);
    await store.apply([{ apiVersion: "ringmesh/v1", kind: "Announcement", metadata: { organisation: "acme", name: "silent" }, spec: { file: "p/silent.wav" } }]);
    await t.throwsAsync(store.audio("acme", "silent"), { instanceOf: NotFoundError });
  });

  test(`${backend}: concurrent appliers on one organisation lose no update`, async (t) => {
    const h = await open(t);
    await h.store.apply([organisation("acme", ["+35810123400-+35810123499"])]);
    const other = await h.peer();
    const names = Array.from({ length: 6 }, (_, i) => `u${i}`);
    await Promise.all(names.map((n, i) => (i % 2 === 0 ? h.store : other).apply([user("acme", n)])));
    t.deepEqual(keys(await h.store.list("User")), names.map((n) => `User/acme/${n}`));

    // Two editors echo the same version: exactly one wins, the other learns it was stale.
    const [g] = await h.store.apply([group("acme", "support", "+35810123456")]);
    const rv = g.metadata.resourceVersion ?? "";
    const results = await Promise.allSettled([
      h.store.apply([atVersion(group("acme", "support", "+35810123456", ["u0"]), rv)]),
      other.apply([atVersion(group("acme", "support", "+35810123456", ["u1"]), rv)]),
    ]);
    t.is(results.filter((r) => r.status === "fulfilled").length, 1);
    const rejected = results.find((r) => r.status === "rejected");
    t.true(rejected?.status === "rejected" && rejected.reason instanceof ConflictError);
  });

  test(`${backend}: a number is claimed by one organisation only, even when applied concurrently`, async (t) => {
    const h = await open(t);
    // Both organisations own the same internal block; each claims +35830000001 for a group.
    await h.store.apply([organisation("acme", ["+35830000000-+35830000009"]), organisation("globex", ["+35840000000-+35840000009"])]);
    const other = await h.peer();
    const results = await Promise.allSettled([
      h.store.apply([organisation("acme", ["+35830000000-+35830000009", "+35850000001"]), group("acme", "a", "+35850000001")]),
      other.apply([organisation("globex", ["+35840000000-+35840000009", "+35850000001"]), group("globex", "b", "+35850000001")]),
    ]);
    t.is(results.filter((r) => r.status === "fulfilled").length, 1, JSON.stringify(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))));
    const rejected = results.find((r) => r.status === "rejected");
    t.true(rejected?.status === "rejected" && rejected.reason instanceof ValidationError);
    t.is((await h.store.list("AnswerGroup")).length, 1);
  });

  test(`${backend}: a batch spanning organisations is applied whole`, async (t) => {
    const { store } = await open(t);
    const applied = await store.apply([...acme(), ...globex()]);
    t.is(applied.length, 9);
    t.is((await store.list(undefined, "globex")).length, 3);
    await t.throwsAsync(store.apply([user("globex", "gus"), group("acme", "support", "+35820000001", ["alice"])]), { instanceOf: ValidationError });
    t.is((await store.list(undefined, "globex")).length, 3, "gus was not stored");
  });
}
