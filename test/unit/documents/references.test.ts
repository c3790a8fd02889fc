/** Every kind of reference, resolved within the organisation over existing ∪ batch. */
import test from "ava";
import type { Document } from "../../../lib/documents/model.js";
import { referrersOf, validateDocuments } from "../../../lib/documents/validate.js";
import { acme, batchWith, doc, setPath, validBatch } from "./fixtures.js";

interface Case {
  readonly title: string;
  readonly doc: string;
  readonly set: string;
  readonly value: unknown;
  /** Default: the path that was set. */
  readonly path?: string;
  readonly reason: string;
}

const G = "AnswerGroup/support";
const cases: Case[] = [
  { title: "M1 member user", doc: G, set: "spec.members[1].user", value: "nope", reason: 'User "nope" not found in organisation acme' },
  { title: "M2 supervisor", doc: G, set: "spec.supervisors[0]", value: "nope", reason: 'User "nope" not found in organisation acme' },
  { title: "schedule", doc: G, set: "spec.schedule", value: "nope", reason: 'Schedule "nope" not found in organisation acme' },
  { title: "A1 entry announcement", doc: G, set: "spec.announcements.entry", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "A2 hold announcement", doc: G, set: "spec.announcements.hold", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "A3 progress announcement", doc: G, set: "spec.announcements.progress", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "C6 agent announcement", doc: G, set: "spec.callback.agentAnnouncement", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "C7 offer announcement", doc: G, set: "spec.callback.offerAnnouncement", value: "nope", reason: 'Announcement "nope" not found' },
  {
    title: "Q6 overflow to a group",
    doc: G,
    set: "spec.queue.overflowDestination.group",
    value: "nope",
    reason: 'AnswerGroup "nope" not found in organisation acme',
  },
  {
    title: "Q2 no-agents to a user",
    doc: G,
    set: "spec.queue.noAgentsDestination",
    value: { type: "user", user: "nope" },
    path: "spec.queue.noAgentsDestination.user",
    reason: 'User "nope" not found',
  },
  {
    title: "Q2 no-agents to voicemail",
    doc: G,
    set: "spec.queue.noAgentsDestination",
    value: { type: "voicemail", user: "nope" },
    path: "spec.queue.noAgentsDestination.user",
    reason: 'User "nope" not found',
  },
  {
    title: "Q6 overflow to an IVR",
    doc: G,
    set: "spec.queue.overflowDestination",
    value: { type: "ivr", ivr: "nope" },
    path: "spec.queue.overflowDestination.ivr",
    reason: 'IvrMenu "nope" not found',
  },
  {
    title: "destination announcement",
    doc: G,
    set: "spec.queue.noAgentsDestination.announcement",
    value: "nope",
    reason: 'Announcement "nope" not found',
  },
  {
    title: "schedule closed destination",
    doc: "Schedule/office-hours",
    set: "spec.closedDestination.announcement",
    value: "nope",
    reason: 'Announcement "nope" not found',
  },
  { title: "IVR prompt", doc: "IvrMenu/main", set: "spec.prompt", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "IVR invalid prompt", doc: "IvrMenu/main", set: "spec.invalidPrompt", value: "nope", reason: 'Announcement "nope" not found' },
  { title: "IVR option", doc: "IvrMenu/main", set: 'spec.options["1"].group', value: "nope", reason: 'AnswerGroup "nope" not found' },
  { title: "IVR default destination", doc: "IvrMenu/main", set: "spec.defaultDestination.group", value: "nope", reason: 'AnswerGroup "nope" not found' },
];

for (const c of cases) {
  test(`reference: ${c.title} must exist`, (t) => {
    const result = validateDocuments(
      batchWith(c.doc, (d) => setPath(d, c.set, c.value)),
      { existing: [] },
    );
    if (result.ok) return t.fail("accepted");
    t.is(result.errors.length, 1, JSON.stringify(result.errors));
    t.is(result.errors[0]?.path, c.path ?? c.set);
    t.true(result.errors[0]?.reason.includes(c.reason), result.errors[0]?.reason);
  });
}

test("reference: the organisation must exist", (t) => {
  const result = validateDocuments([doc("Announcement", "a", { file: "a.wav" }, "nowhere")], { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: "Announcement nowhere/a", path: "metadata.organisation", reason: 'Organisation "nowhere" not found' }]);
});

test("reference: objects of another organisation do not resolve", (t) => {
  const beta = doc("Organisation", "beta", { domain: "beta.example" });
  const group = doc("AnswerGroup", "g", { number: "8000", members: [{ user: "alice" }] }, "beta");
  const result = validateDocuments([...validBatch(), beta, group], { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: "AnswerGroup beta/g", path: "spec.members[0].user", reason: 'User "alice" not found in organisation beta' }]);
});

test("reference: stored documents resolve, and a batch may refer to what it creates", (t) => {
  const first = validateDocuments([acme(), doc("User", "alice", {})], { existing: [] });
  if (!first.ok) return t.fail();
  const result = validateDocuments(
    [doc("AnswerGroup", "g", { number: "8000", members: [{ user: "alice" }], queue: { overflowDestination: { type: "group", group: "h" } } }), doc("AnswerGroup", "h", { number: "8001" })],
    { existing: first.documents },
  );
  t.true(result.ok, JSON.stringify(result));
});

// ---------------------------------------------------------------- referrersOf

function stored(): Document[] {
  const result = validateDocuments(validBatch(), { existing: [] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.documents;
}

test("referrersOf: a group used as an overflow destination and an IVR option", (t) => {
  t.deepEqual(referrersOf({ kind: "AnswerGroup", organisation: "acme", name: "sales" }, stored()), ["AnswerGroup acme/support"]);
  t.deepEqual(referrersOf({ kind: "AnswerGroup", organisation: "acme", name: "support" }, stored()), ["IvrMenu acme/main"]);
});

test("referrersOf: a user as member, supervisor and voicemail target", (t) => {
  t.deepEqual(referrersOf({ kind: "User", organisation: "acme", name: "bob" }, stored()), ["AnswerGroup acme/support", "AnswerGroup acme/sales"]);
  t.deepEqual(referrersOf({ kind: "User", organisation: "acme", name: "carol" }, stored()), ["AnswerGroup acme/support"]);
  t.deepEqual(referrersOf({ kind: "User", organisation: "acme", name: "alice" }, stored()), ["IvrMenu acme/main", "AnswerGroup acme/support"]);
});

test("referrersOf: a schedule in use", (t) => {
  t.deepEqual(referrersOf({ kind: "Schedule", organisation: "acme", name: "office-hours" }, stored()), ["AnswerGroup acme/support"]);
});

test("referrersOf: announcements in use by a schedule, an IVR and a group", (t) => {
  t.deepEqual(referrersOf({ kind: "Announcement", organisation: "acme", name: "closed" }, stored()), ["Schedule acme/office-hours"]);
  t.deepEqual(referrersOf({ kind: "Announcement", organisation: "acme", name: "main-menu" }, stored()), ["IvrMenu acme/main"]);
  t.deepEqual(referrersOf({ kind: "Announcement", organisation: "acme", name: "callback-agent" }, stored()), ["AnswerGroup acme/support"]);
});

test("referrersOf: nothing refers to an unused object, nor across organisations", (t) => {
  t.deepEqual(referrersOf({ kind: "IvrMenu", organisation: "acme", name: "main" }, stored()), []);
  t.deepEqual(referrersOf({ kind: "User", organisation: "beta", name: "bob" }, stored()), []);
});

test("referrersOf: an organisation is referred to by everything it owns", (t) => {
  const docs = stored();
  t.is(referrersOf({ kind: "Organisation", organisation: "acme", name: "acme" }, docs).length, docs.length - 1);
});
