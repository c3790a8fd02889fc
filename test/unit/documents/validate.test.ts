import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import test from "ava";
import { parseAllDocuments } from "yaml";
import type { AnswerGroup, Document, User } from "../../../lib/documents/model.js";
import { digestHa1, validateDocuments } from "../../../lib/documents/validate.js";
import { acme, batchWith, doc, setPath, validBatch } from "./fixtures.js";

function accepted(t: { fail(m: string): void }, raw: readonly unknown[], existing: readonly Document[] = []): Document[] {
  const result = validateDocuments(raw, { existing });
  if (!result.ok) {
    t.fail(JSON.stringify(result.errors, null, 1));
    return [];
  }
  return result.documents;
}

function find<K extends Document["kind"]>(docs: readonly Document[], kind: K, name: string): Extract<Document, { kind: K }> {
  const d = docs.find((x) => x.kind === kind && x.metadata.name === name);
  if (d === undefined) throw new Error(`${kind} ${name} missing`);
  return d as Extract<Document, { kind: K }>;
}

test("defaults: a minimal AnswerGroup is filled in completely", (t) => {
  const docs = accepted(t, [acme(), doc("AnswerGroup", "min", { number: "8000" })]);
  const expected: AnswerGroup = {
    apiVersion: "ringmesh/v1",
    kind: "AnswerGroup",
    metadata: { organisation: "acme", name: "min" },
    spec: {
      type: "customerService",
      displayName: "",
      billingId: "",
      number: "8000",
      hiddenFromDirectory: false,
      allowNumberDisplay: false,
      offeredNumber: { show: "caller", prefix: "", suffix: "" },
      schedule: "",
      queue: {
        maxWaitSeconds: 0,
        maxRingAttempts: 0,
        maxQueueLength: 0,
        noAgentsDestination: { type: "disconnect" },
        overflowDestination: { type: "disconnect" },
      },
      routing: {
        mode: "skills",
        presenceAware: false,
        longestIdle: true,
        ringDevices: ["desktop", "mobile", "ipPhone"],
        simultaneousAgents: 1,
        wrapUpSeconds: 0,
        ringSeconds: 20,
        autoLogoutAfterMissed: 0,
      },
      members: [],
      supervisors: [],
      announcements: {
        entry: "",
        hold: "",
        progress: "",
        progressIntervalSeconds: 0,
        ringbackOnOffer: false,
        announcePosition: false,
        announceEstimatedWait: false,
      },
      callback: {
        enabled: false,
        ringSeconds: 0,
        attempts: 0,
        validityMinutes: 0,
        agentMetadata: "",
        agentAnnouncement: "",
        offerAnnouncement: "",
        offerAfterOpenMinutes: 0,
        offerWhenQueuedAbove: 0,
        offerWhenLongestWaitMinutes: 0,
        offerWhenEstimatedWaitMinutes: 0,
        stopBeforeCloseMinutes: 0,
      },
    },
  };
  t.deepEqual(find(docs, "AnswerGroup", "min"), expected);
});

test("defaults: a section given in part keeps its other defaults; members get skill level 3 and no ring order", (t) => {
  const docs = accepted(t, [
    acme(),
    doc("User", "bob", {}),
    doc("AnswerGroup", "g", { number: "8000", routing: { ringSeconds: 30 }, members: [{ user: "bob" }] }),
  ]);
  const g = find(docs, "AnswerGroup", "g");
  t.is(g.spec.routing.ringSeconds, 30);
  t.is(g.spec.routing.simultaneousAgents, 1);
  t.deepEqual(g.spec.members, [{ user: "bob", skillLevel: 3 }]);
  t.false("ringOrder" in (g.spec.members[0] ?? {}));
});

test("defaults: other kinds", (t) => {
  const docs = accepted(t, [
    doc("Organisation", "acme", { domain: "acme.example" }),
    doc("User", "u", {}),
    doc("Announcement", "a", { file: "a.wav" }),
    doc("Schedule", "s", { timeZone: "UTC" }),
    doc("IvrMenu", "i", { prompt: "a" }),
  ]);
  t.deepEqual(find(docs, "Organisation", "acme").spec, { domain: "acme.example", numbers: [] });
  t.deepEqual(find(docs, "User", "u").spec, { displayName: "", profile: "basic", presence: "available", devices: [] });
  t.deepEqual(find(docs, "Announcement", "a").spec, { file: "a.wav", sha256: "" });
  t.deepEqual(find(docs, "Schedule", "s").spec, { timeZone: "UTC", weekly: [], exceptions: [], closedDestination: { type: "disconnect" } });
  t.deepEqual(find(docs, "IvrMenu", "i").spec, {
    prompt: "a",
    options: {},
    timeoutSeconds: 5,
    retries: 2,
    invalidPrompt: "",
    defaultDestination: { type: "disconnect" },
  });
});

test("an Organisation may omit metadata.organisation; the output fills it; resourceVersion passes through", (t) => {
  const org = acme();
  setPath(org, "metadata.resourceVersion", "17");
  const docs = accepted(t, [org]);
  t.deepEqual(find(docs, "Organisation", "acme").metadata, { organisation: "acme", name: "acme", resourceVersion: "17" });
});

test("an Organisation's metadata.organisation may be null", (t) => {
  const org = acme();
  setPath(org, "metadata.organisation", null);
  t.is(accepted(t, [org]).length, 1);
});

test("schedule exception without `closed` is special hours; closed ones keep no hours", (t) => {
  const docs = accepted(t, validBatch());
  t.deepEqual(find(docs, "Schedule", "office-hours").spec.exceptions, [
    { date: "2026-12-24", closed: true },
    { date: "2026-12-23", closed: false, open: "08:00", close: "12:00" },
  ]);
});

test("IVR options come out in DTMF key order", (t) => {
  const docs = accepted(
    t,
    batchWith("IvrMenu/main", (d) => setPath(d, "spec.options", { "#": { type: "disconnect" }, "0": { type: "disconnect" }, "*": { type: "disconnect" } })),
  );
  t.deepEqual(Object.keys(find(docs, "IvrMenu", "main").spec.options), ["0", "*", "#"]);
});

test("all errors are listed: a document with errors in three fields returns exactly those three paths", (t) => {
  const batch = batchWith("AnswerGroup/support", (d) => {
    setPath(d, "spec.members[1].skillLevel", 0);
    setPath(d, "spec.queue.maxWaitSeconds", -1);
    setPath(d, "spec.routing.ringSecs", 20);
  });
  const result = validateDocuments(batch, { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors.map((e) => e.path).sort(), ["spec.members[1].skillLevel", "spec.queue.maxWaitSeconds", "spec.routing.ringSecs"]);
  t.true(result.errors.every((e) => e.document === "AnswerGroup acme/support"));
});

test("all errors are listed across documents", (t) => {
  const batch = validBatch();
  const errs = [
    ["User/bob", "spec.profile", "root"],
    ["Schedule/office-hours", "spec.timeZone", "Nowhere/City"],
    ["AnswerGroup/sales", "spec.routing.simultaneousAgents", 0],
  ] as const;
  for (const [name, path, value] of errs) {
    const d = batch.find((x) => `${String(x.kind)}/${(x.metadata as { name: string }).name}` === name);
    if (d !== undefined) setPath(d, path, value);
  }
  const result = validateDocuments(batch, { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(
    result.errors.map((e) => `${e.document ?? ""} ${e.path}`),
    ["User acme/bob spec.profile", "Schedule acme/office-hours spec.timeZone", "AnswerGroup acme/sales spec.routing.simultaneousAgents"],
  );
});

test("atomicity: one bad document rejects the batch and returns no documents", (t) => {
  const result = validateDocuments(
    batchWith("Announcement/welcome", (d) => setPath(d, "spec.file", "")),
    { existing: [] },
  );
  t.false(result.ok);
  t.false("documents" in result);
});

test("the same kind/organisation/name twice in a batch is an error", (t) => {
  const batch = [...validBatch(), doc("User", "carol", { displayName: "Carol again" })];
  const result = validateDocuments(batch, { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: "User acme/carol", path: "metadata.name", reason: "duplicate of document[3] in this batch" }]);
});

test("same name in different kinds or organisations is fine", (t) => {
  const docs = accepted(t, [
    acme(),
    doc("Organisation", "beta", { domain: "beta.example" }),
    doc("User", "x", {}),
    doc("Announcement", "x", { file: "x.wav" }),
    doc("User", "x", {}, "beta"),
  ]);
  t.is(docs.length, 5);
});

// ---------------------------------------------------------------- passwords

test("digestHa1 is MD5(user:realm:password) in lowercase hex", (t) => {
  const expected = createHash("md5").update("alice:acme.example:s3cret").digest("hex");
  t.is(digestHa1("alice", "acme.example", "s3cret"), expected);
  t.is(expected, "c81ea758998284bc6bc33e24b1223abd");
});

test("a password becomes ha1 with the organisation's domain as realm; no password is kept", (t) => {
  const docs = accepted(t, validBatch());
  const alice: User = find(docs, "User", "alice");
  t.deepEqual(alice.spec.devices[0], { kind: "desktop", sipUser: "alice-desk", ha1: digestHa1("alice-desk", "acme.example", "s3cret") });
  t.false(JSON.stringify(docs).includes("password"));
  t.false(JSON.stringify(docs).includes("s3cret"));
});

test("the realm comes from the stored organisation when it is not in the batch", (t) => {
  const stored = accepted(t, [acme()]);
  const docs = accepted(t, [doc("User", "u", { devices: [{ kind: "externalPbx", sipUser: "pbx", password: "pw" }] })], stored);
  t.deepEqual(find(docs, "User", "u").spec.devices, [{ kind: "externalPbx", sipUser: "pbx", ha1: digestHa1("pbx", "acme.example", "pw") }]);
});

test("ha1 input is accepted and lowercased", (t) => {
  const docs = accepted(t, [acme(), doc("User", "u", { devices: [{ kind: "desktop", sipUser: "u1", ha1: "C81EA758998284BC6BC33E24B1223ABD" }] })]);
  t.deepEqual(find(docs, "User", "u").spec.devices, [{ kind: "desktop", sipUser: "u1", ha1: "c81ea758998284bc6bc33e24b1223abd" }]);
});

test("a user of an organisation that does not exist gets the missing-organisation error only", (t) => {
  const result = validateDocuments([doc("User", "u", { devices: [{ kind: "desktop", sipUser: "u1", password: "pw" }] }, "ghost")], { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: "User ghost/u", path: "metadata.organisation", reason: 'Organisation "ghost" not found' }]);
});

test("changing an organisation's domain is refused while stored users hold hashes for the old realm", (t) => {
  const stored = accepted(t, validBatch());
  const moved = acme();
  setPath(moved, "spec.domain", "acme.test");
  const result = validateDocuments([moved], { existing: stored });
  if (result.ok) return t.fail();
  t.deepEqual(
    result.errors.map((e) => `${e.path}: ${e.reason}`),
    ["spec.domain: changes the digest realm of User acme/alice, User acme/bob; apply them with passwords in the same batch"],
  );
});

test("changing an organisation's domain with its users re-applied with passwords rehashes them", (t) => {
  const stored = accepted(t, validBatch());
  const batch = validBatch().filter((d) => d.kind === "Organisation" || d.kind === "User");
  setPath(batch[0], "spec.domain", "acme.test");
  const docs = accepted(t, batch, stored);
  t.deepEqual(find(docs, "User", "bob").spec.devices[0], { kind: "ipPhone", sipUser: "bob-phone", ha1: digestHa1("bob-phone", "acme.test", "pw") });
});

// ---------------------------------------------------------------- the shipped examples

test("examples/acme validates", (t) => {
  const dir = new URL("../../../examples/acme/", import.meta.url);
  const raw = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => parseAllDocuments(readFileSync(new URL(f, dir), "utf8")).map((d) => d.toJS() as unknown));
  t.true(raw.length > 0);
  const docs = accepted(t, raw);
  t.is(docs.length, raw.length);
});
