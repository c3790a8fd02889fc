import test from "ava";
import { status as Status } from "@grpc/grpc-js";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConflictError, InUseError, NotFoundError, PermissionDeniedError, UnauthenticatedError, ValidationError } from "../../../lib/errors.js";
import { silentLogger } from "../../../lib/log.js";
import { KvDocumentStore } from "../../../lib/store/index.js";
import { createAdminClient, ensureAdminToken, startAdminServer, type AdminClient, type AdminServer } from "../../../services/admin/index.js";
import { startNatsServer, type NatsServer } from "../../support/nats-server.js";
import { acme, atVersion, globex, group, user } from "../../unit/store/fixtures.js";

const TOKENS = {
  platform: "platform-token-0123456789",
  acmeAdmin: "acme-admin-token-0123456789",
  globexAdmin: "globex-admin-token-0123456789",
  bobSupervisor: "bob-supervisor-token-0123456789",
  aliceAgent: "alice-agent-token-0123456789",
};

let nats: NatsServer;
let nc: NatsConnection;
let store: KvDocumentStore;
let server: AdminServer;
const clients: AdminClient[] = [];

function client(token: string): AdminClient {
  const c = createAdminClient({ address: `127.0.0.1:${server.port}`, token, timeoutMs: 10_000 });
  clients.push(c);
  return c;
}

test.before(async () => {
  nats = await startNatsServer();
  nc = await connect({ servers: nats.url });
  store = await KvDocumentStore.open(nc);
  server = await startAdminServer({
    store,
    tokens: [
      { token: TOKENS.platform, role: "platformAdmin" },
      { token: TOKENS.acmeAdmin, role: "orgAdmin", organisation: "acme" },
      { token: TOKENS.globexAdmin, role: "orgAdmin", organisation: "globex" },
      { token: TOKENS.bobSupervisor, role: "supervisor", organisation: "acme", user: "bob" },
      { token: TOKENS.aliceAgent, role: "agent", organisation: "acme", user: "alice" },
    ],
    port: 0,
    host: "127.0.0.1",
    logger: silentLogger(),
  });
  await client(TOKENS.platform).apply([...acme(), ...globex()]);
});

test.after.always(async () => {
  for (const c of clients) c.close();
  const first = server.stop();
  t_sameStop(first, server.stop());
  await first;
  await store.close();
  await nc.close();
  await nats.stop();
});

function t_sameStop(a: Promise<void>, b: Promise<void>): void {
  if (a !== b) throw new Error("stop() is not memoised");
}

test.serial("documents round-trip through gRPC unchanged, without credentials", async (t) => {
  const admin = client(TOKENS.acmeAdmin);
  for (const [kind, name] of [["AnswerGroup", "support"], ["IvrMenu", "main"], ["Announcement", "main-menu"]] as const) {
    t.deepEqual(await admin.get(kind, "acme", name), await store.get(kind, "acme", name), `${kind} ${name}`);
  }
  const stored = await store.get("User", "acme", "alice");
  const got = await admin.get("User", "acme", "alice");
  t.deepEqual(got.metadata, stored.metadata);
  t.true(got.kind === "User" && got.spec.devices.every((d) => d.kind === "mobile" || d.ha1 === ""));
  const everything = JSON.stringify(await client(TOKENS.platform).list());
  const ha1 = stored.kind === "User" && stored.spec.devices[0]?.kind === "desktop" ? stored.spec.devices[0].ha1 : "missing";
  t.false(everything.includes(ha1));
  t.false(everything.includes("s3cret"));
  t.false(everything.includes("password"));
});

test.serial("apply, list and the stale-revision conflict", async (t) => {
  const admin = client(TOKENS.acmeAdmin);
  const [carol] = await admin.apply([user("acme", "carol")]);
  t.regex(carol.metadata.resourceVersion ?? "", /^\d+$/);
  t.deepEqual(
    (await admin.list("User")).map((d) => d.metadata.name),
    ["alice", "bob", "carol"],
  );
  await admin.apply([atVersion(user("acme", "carol", "new-pass"), carol.metadata.resourceVersion ?? "")]);
  const err = await t.throwsAsync(admin.apply([atVersion(user("acme", "carol", "other"), carol.metadata.resourceVersion ?? "")]), { instanceOf: ConflictError });
  t.is((err.cause as { code?: number }).code, Status.ABORTED);
  const dry = await admin.apply([user("acme", "dave")], { dryRun: true });
  t.is(dry[0]?.metadata.name, "dave");
  await t.throwsAsync(admin.get("User", "acme", "dave"), { instanceOf: NotFoundError });
});

test.serial("three bad fields: INVALID_ARGUMENT listing all three paths, nothing stored", async (t) => {
  const admin = client(TOKENS.acmeAdmin);
  const before = await store.list();
  const bad = group("acme", "broken", "12", ["ghost"], { routing: { ringSeconds: -1 } });
  const err = await t.throwsAsync(admin.apply([user("acme", "erin"), bad]), { instanceOf: ValidationError });
  t.is((err.cause as { code?: number }).code, Status.INVALID_ARGUMENT);
  const paths = err.errors.map((e) => e.path);
  for (const p of ["spec.number", "spec.routing.ringSeconds", "spec.members[0].user"]) t.true(paths.includes(p), `${p} in ${JSON.stringify(err.errors)}`);
  t.true(err.errors.every((e) => e.document === "AnswerGroup acme/broken"), JSON.stringify(err.errors));
  t.deepEqual(await store.list(), before);
  const v = await t.throwsAsync(admin.validate([bad]), { instanceOf: ValidationError });
  t.true(v.errors.length >= 3);
});

test.serial("delete is refused with referrers, then succeeds", async (t) => {
  const admin = client(TOKENS.acmeAdmin);
  const err = await t.throwsAsync(admin.delete("AnswerGroup", "acme", "support"), { instanceOf: InUseError });
  t.deepEqual(err.referrers, ["IvrMenu acme/main"]);
  t.is((err.cause as { code?: number }).code, Status.FAILED_PRECONDITION);
  const ivr = await admin.get("IvrMenu", "acme", "main");
  await t.throwsAsync(admin.delete("IvrMenu", "acme", "main", "1"), { instanceOf: ConflictError });
  await admin.delete("IvrMenu", "acme", "main", ivr.metadata.resourceVersion);
  await t.throwsAsync(admin.get("IvrMenu", "acme", "main"), { instanceOf: NotFoundError });
});

test.serial("watch sees the current state, later puts and deletes, and only its own organisation", async (t) => {
  const abort = new AbortController();
  const events = client(TOKENS.acmeAdmin).watch({ signal: abort.signal })[Symbol.asyncIterator]();
  const seen: string[] = [];
  const until = async (pred: () => boolean): Promise<void> => {
    const deadline = Date.now() + 10_000;
    while (!pred()) {
      const next = await Promise.race([events.next(), new Promise<"timeout">((r) => setTimeout(() => r("timeout"), deadline - Date.now()))]);
      if (next === "timeout") throw new Error(`watch saw only ${JSON.stringify(seen)}`);
      if (next.done === true) throw new Error("watch ended");
      seen.push(`${next.value.op} ${next.value.document.kind}/${next.value.document.metadata.organisation}/${next.value.document.metadata.name}`);
    }
  };
  await until(() => seen.includes("put AnswerGroup/acme/support"));
  const platform = client(TOKENS.platform);
  await platform.apply([user("globex", "gail")]);
  await platform.apply([user("acme", "frank")]);
  await platform.delete("User", "acme", "frank");
  await until(() => seen.includes("delete User/acme/frank"));
  t.true(seen.includes("put User/acme/frank"));
  t.true(seen.indexOf("put User/acme/frank") < seen.indexOf("delete User/acme/frank"));
  t.false(seen.some((s) => s.includes("/globex/")), JSON.stringify(seen));
  abort.abort();
  t.deepEqual(await events.next(), { value: undefined, done: true });
});

test("an organisation admin cannot read or change another organisation's objects", async (t) => {
  const acmeAdmin = client(TOKENS.acmeAdmin);
  await t.throwsAsync(acmeAdmin.get("AnswerGroup", "globex", "sales"), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(acmeAdmin.get("AnswerGroup", "globex", "no-such"), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(acmeAdmin.list(undefined, "globex"), { instanceOf: PermissionDeniedError });
  t.true((await acmeAdmin.list()).every((d) => d.metadata.organisation === "acme"));
  await t.throwsAsync(acmeAdmin.apply([user("globex", "mallory")]), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(acmeAdmin.apply([user("acme", "ok-user"), user("globex", "mallory")]), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(acmeAdmin.delete("AnswerGroup", "globex", "sales"), { instanceOf: PermissionDeniedError });
  await t.throwsAsync(acmeAdmin.apply([{ apiVersion: "ringmesh/v1", kind: "Organisation", metadata: { name: "acme" }, spec: { domain: "acme.example", numbers: ["+35850000000"] } }]), {
    instanceOf: PermissionDeniedError,
  });
  await t.throwsAsync(store.get("User", "globex", "mallory"), { instanceOf: NotFoundError });
  await t.throwsAsync(store.get("User", "acme", "ok-user"), { instanceOf: NotFoundError });
  const globexAdmin = client(TOKENS.globexAdmin);
  t.true((await globexAdmin.list()).every((d) => d.metadata.organisation === "globex"));
  await t.throwsAsync(globexAdmin.watch({ organisation: "acme" })[Symbol.asyncIterator]().next(), { instanceOf: PermissionDeniedError });
});

test("supervisors read their groups, agents only themselves, neither writes", async (t) => {
  const bob = client(TOKENS.bobSupervisor);
  const visible = (await bob.list()).map((d) => `${d.kind}/${d.metadata.name}`);
  t.true(visible.includes("AnswerGroup/support"));
  t.true(visible.includes("User/bob"));
  t.false(visible.includes("User/alice"));
  await t.throwsAsync(bob.apply([user("acme", "zoe")]), { instanceOf: PermissionDeniedError });
  const alice = client(TOKENS.aliceAgent);
  t.is((await alice.get("User", "acme", "alice")).metadata.name, "alice");
  await t.throwsAsync(alice.get("AnswerGroup", "acme", "support"), { instanceOf: PermissionDeniedError });
  t.deepEqual((await alice.list()).map((d) => d.metadata.name), ["alice"]);
});

test("a missing or unknown token is UNAUTHENTICATED", async (t) => {
  const err = await t.throwsAsync(client("not-a-known-token-at-all").list(), { instanceOf: UnauthenticatedError });
  t.is((err.cause as { code?: number }).code, Status.UNAUTHENTICATED);
  await t.throwsAsync(client("").get("User", "acme", "alice"), { instanceOf: UnauthenticatedError });
  await t.throwsAsync(client("bogus-token-0123456789").watch()[Symbol.asyncIterator]().next(), { instanceOf: UnauthenticatedError });
});

test("ensureAdminToken creates a private token once and reuses it", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), "ringmesh-admin-"));
  t.teardown(() => rm(dir, { recursive: true, force: true }));
  const first = await ensureAdminToken(dir);
  t.true(first.created);
  t.regex(first.token, /^[A-Za-z0-9_-]{43}$/);
  t.is((await stat(first.path)).mode & 0o777, 0o600);
  const second = await ensureAdminToken(dir);
  t.deepEqual(second, { ...first, created: false });
});
