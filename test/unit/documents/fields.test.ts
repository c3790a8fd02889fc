/** Every field's bad values, one at a time, against an otherwise valid platform. */
import test from "ava";
import { validateDocuments } from "../../../lib/documents/validate.js";
import { REMOVE, batchWith, doc, setPath, validBatch } from "./fixtures.js";

interface Case {
  /** SPEC setting id, or the kind for fields without one. */
  readonly id: string;
  /** `Kind/name` of the fixture to change. */
  readonly doc: string;
  readonly set: string;
  readonly value: unknown;
  /** Paths of the expected errors; default: the path that was set. */
  readonly paths?: readonly string[];
  readonly reason: string;
}

const G = "AnswerGroup/support";
/** Nothing refers to it, so renaming it breaks no reference. */
const IVR = "IvrMenu/main";
const cases: Case[] = [
  // Envelope
  { id: "envelope", doc: G, set: "apiVersion", value: "ringmesh/v2", reason: "must be ringmesh/v1" },
  { id: "envelope", doc: G, set: "apiVersion", value: REMOVE, reason: "is required" },
  { id: "envelope", doc: IVR, set: "metadata.name", value: "Support", reason: "lowercase" },
  { id: "envelope", doc: IVR, set: "metadata.name", value: "-support", reason: "not starting or ending with -" },
  { id: "envelope", doc: IVR, set: "metadata.name", value: "a".repeat(64), reason: "1..63" },
  { id: "envelope", doc: IVR, set: "metadata.organisation", value: REMOVE, reason: "is required" },
  { id: "envelope", doc: IVR, set: "metadata.organisation", value: "acme_corp", reason: "lowercase" },
  { id: "envelope", doc: G, set: "metadata.resourceVersion", value: 7, reason: "must be a string" },
  { id: "envelope", doc: G, set: "metadata.labels", value: {}, reason: "unknown field" },
  { id: "envelope", doc: G, set: "status", value: {}, reason: "unknown field" },
  { id: "envelope", doc: G, set: "spec", value: REMOVE, reason: "is required" },
  { id: "envelope", doc: G, set: "spec", value: [], reason: "must be an object" },
  { id: "envelope", doc: "Organisation/acme", set: "metadata.organisation", value: "other", reason: "must equal metadata.name" },

  // General
  { id: "G1", doc: G, set: "spec.type", value: "sales", reason: "must be one of customerService" },
  { id: "G2", doc: G, set: "spec.displayName", value: 42, reason: "must be a string" },
  { id: "G2", doc: G, set: "spec.displayName", value: "x".repeat(101), reason: "at most 100 characters" },
  { id: "G2", doc: G, set: "spec.displayName", value: "Sup\nport", reason: "control characters" },
  { id: "G3", doc: G, set: "spec.billingId", value: 1234, reason: "must be a string" },
  { id: "G4", doc: G, set: "spec.number", value: REMOVE, reason: "is required" },
  { id: "G4", doc: G, set: "spec.number", value: "0101234567", reason: "E.164 number or an internal number 8000..8099" },
  { id: "G4", doc: G, set: "spec.number", value: "+3581", reason: "E.164" },
  { id: "G4", doc: G, set: "spec.number", value: "8100", reason: "8000..8099" },
  { id: "G4", doc: G, set: "spec.number", value: 35810123456, reason: "E.164" },
  { id: "G5", doc: G, set: "spec.hiddenFromDirectory", value: "yes", reason: "must be true or false" },
  { id: "G6", doc: G, set: "spec.allowNumberDisplay", value: 1, reason: "must be true or false" },
  { id: "G7", doc: G, set: "spec.offeredNumber.show", value: "both", reason: "must be one of group, caller" },
  { id: "G7", doc: G, set: "spec.offeredNumber.prefix", value: "1a", paths: ["spec.offeredNumber.prefix"], reason: "0-9 * # +" },
  { id: "G7", doc: G, set: "spec.offeredNumber.suffix", value: "*12345678901", reason: "up to 10" },
  { id: "G7", doc: G, set: "spec.offeredNumber.prefix", value: "1*", paths: ["spec.offeredNumber.suffix"], reason: "only one of prefix or suffix" },
  { id: "G7", doc: G, set: "spec.offeredNumber.colour", value: "red", reason: "unknown field" },
  { id: "schedule", doc: G, set: "spec.schedule", value: "Office", reason: "lowercase" },
  { id: "spec", doc: G, set: "spec.colour", value: "red", reason: "unknown field" },

  // Queue
  { id: "Q1", doc: G, set: "spec.queue.maxWaitSeconds", value: -1, reason: "must be an integer 0..86400" },
  { id: "Q1", doc: G, set: "spec.queue.maxWaitSeconds", value: 1.5, reason: "must be an integer 0..86400" },
  { id: "Q1", doc: G, set: "spec.queue.maxWaitSeconds", value: "300", reason: "must be an integer" },
  { id: "Q1", doc: G, set: "spec.queue.maxWaitSeconds", value: 86_401, reason: "0..86400" },
  { id: "Q1", doc: G, set: "spec.queue.maxWait", value: 10, reason: "unknown field" },
  { id: "Q3", doc: G, set: "spec.queue.maxRingAttempts", value: -1, reason: "0..1000" },
  { id: "Q4", doc: G, set: "spec.queue.maxQueueLength", value: 10_001, reason: "0..10000" },
  { id: "Q2", doc: G, set: "spec.queue.noAgentsDestination", value: { type: "nowhere" }, paths: ["spec.queue.noAgentsDestination.type"], reason: "must be one of group, user" },
  { id: "Q2", doc: G, set: "spec.queue.noAgentsDestination", value: { type: "group" }, paths: ["spec.queue.noAgentsDestination.group"], reason: "is required" },
  { id: "Q2", doc: G, set: "spec.queue.noAgentsDestination", value: { group: "sales" }, paths: ["spec.queue.noAgentsDestination.type"], reason: "is required" },
  {
    id: "Q2",
    doc: G,
    set: "spec.queue.noAgentsDestination",
    value: { type: "external", number: "0401234567" },
    paths: ["spec.queue.noAgentsDestination.number"],
    reason: "E.164",
  },
  {
    id: "Q2",
    doc: G,
    set: "spec.queue.noAgentsDestination",
    value: { type: "disconnect", group: "sales" },
    paths: ["spec.queue.noAgentsDestination.group"],
    reason: "unknown field",
  },
  {
    id: "Q2",
    doc: G,
    set: "spec.queue.noAgentsDestination",
    value: { type: "user", group: "sales" },
    paths: ["spec.queue.noAgentsDestination.group", "spec.queue.noAgentsDestination.user"],
    reason: "",
  },
  { id: "Q6", doc: G, set: "spec.queue.overflowDestination", value: "sales", reason: "must be an object" },
  { id: "Q6", doc: G, set: "spec.queue.overflowDestination.group", value: "Sales", reason: "lowercase" },

  // Members and routing
  { id: "M1", doc: G, set: "spec.members", value: "alice", reason: "must be a list" },
  { id: "M1", doc: G, set: "spec.members[1].user", value: "alice", reason: 'duplicate "alice"' },
  { id: "M1", doc: G, set: "spec.members[1].user", value: REMOVE, reason: "is required" },
  { id: "M1", doc: G, set: "spec.members[1].skill", value: 2, reason: "unknown field" },
  { id: "M2", doc: G, set: "spec.supervisors", value: ["Carol"], paths: ["spec.supervisors[0]"], reason: "lowercase" },
  { id: "M2", doc: G, set: "spec.supervisors", value: ["carol", "carol"], paths: ["spec.supervisors[1]"], reason: 'duplicate "carol"' },
  { id: "M3", doc: G, set: "spec.routing.mode", value: "random", reason: "must be one of skills, ordered" },
  { id: "M3", doc: G, set: "spec.members[1].ringOrder", value: 0, reason: "must be an integer 1..1000" },
  { id: "M3", doc: G, set: "spec.members[1].ringOrder", value: 1, reason: 'duplicate "1"' },
  { id: "M4", doc: G, set: "spec.members[1].skillLevel", value: 0, reason: "must be an integer 1..9" },
  { id: "M4", doc: G, set: "spec.members[1].skillLevel", value: 10, reason: "must be an integer 1..9" },
  { id: "M4", doc: G, set: "spec.members[1].skillLevel", value: 2.5, reason: "must be an integer 1..9" },
  { id: "M4", doc: G, set: "spec.members[1].skillLevel", value: "1", reason: "must be an integer 1..9" },
  { id: "M5", doc: G, set: "spec.routing.presenceAware", value: "true", reason: "must be true or false" },
  { id: "M6", doc: G, set: "spec.routing.longestIdle", value: 0, reason: "must be true or false" },
  { id: "M7", doc: G, set: "spec.routing.ringDevices", value: [], reason: "must not be empty" },
  { id: "M7", doc: G, set: "spec.routing.ringDevices", value: ["externalPbx"], paths: ["spec.routing.ringDevices[0]"], reason: "desktop, mobile, ipPhone" },
  { id: "M7", doc: G, set: "spec.routing.ringDevices", value: ["desktop", "desktop"], paths: ["spec.routing.ringDevices[1]"], reason: "duplicate" },
  { id: "M7", doc: G, set: "spec.routing.ringDevices", value: "desktop", reason: "must be a list" },
  { id: "M8", doc: G, set: "spec.routing.simultaneousAgents", value: 0, reason: "must be an integer 1..100" },
  { id: "M8", doc: G, set: "spec.routing.simultaneousAgents", value: 101, reason: "1..100" },
  { id: "M9", doc: G, set: "spec.routing.wrapUpSeconds", value: -5, reason: "0..3600" },
  { id: "M9", doc: G, set: "spec.routing.wrapUpSeconds", value: 3601, reason: "0..3600" },
  { id: "M10", doc: G, set: "spec.routing.ringSeconds", value: 0, reason: "must be an integer 1..600" },
  { id: "M10", doc: G, set: "spec.routing.ringSeconds", value: 601, reason: "1..600" },
  { id: "M10", doc: G, set: "spec.routing.ringSecs", value: 20, reason: "unknown field" },
  { id: "M11", doc: G, set: "spec.routing.autoLogoutAfterMissed", value: -1, reason: "0..100" },
  { id: "M11", doc: G, set: "spec.routing.autoLogoutAfterMissed", value: 101, reason: "0..100" },

  // Announcements
  { id: "A1", doc: G, set: "spec.announcements.entry", value: "Welcome", reason: "lowercase" },
  { id: "A2", doc: G, set: "spec.announcements.hold", value: 5, reason: "lowercase" },
  { id: "A3", doc: G, set: "spec.announcements.progress", value: true, reason: "lowercase" },
  { id: "A4", doc: G, set: "spec.announcements.progressIntervalSeconds", value: -1, reason: "0..3600" },
  { id: "A4", doc: G, set: "spec.announcements.progressIntervalSeconds", value: 3601, reason: "0..3600" },
  { id: "A5", doc: G, set: "spec.announcements.ringbackOnOffer", value: "yes", reason: "must be true or false" },
  { id: "A6", doc: G, set: "spec.announcements.announcePosition", value: 1, reason: "must be true or false" },
  { id: "A7", doc: G, set: "spec.announcements.announceEstimatedWait", value: "no", reason: "must be true or false" },
  { id: "A7", doc: G, set: "spec.announcements.music", value: "x", reason: "unknown field" },

  // Callback
  { id: "C1", doc: G, set: "spec.callback.enabled", value: "on", reason: "must be true or false" },
  { id: "C2", doc: G, set: "spec.callback.ringSeconds", value: 601, reason: "0..600" },
  { id: "C2", doc: G, set: "spec.callback.ringSeconds", value: -1, reason: "0..600" },
  { id: "C3", doc: G, set: "spec.callback.attempts", value: 101, reason: "0..100" },
  { id: "C4", doc: G, set: "spec.callback.validityMinutes", value: 10_081, reason: "0..10080" },
  { id: "C5", doc: G, set: "spec.callback.agentMetadata", value: 7, reason: "must be a string" },
  { id: "C5", doc: G, set: "spec.callback.agentMetadata", value: "x".repeat(201), reason: "at most 200" },
  { id: "C6", doc: G, set: "spec.callback.agentAnnouncement", value: "Bad_Name", reason: "lowercase" },
  { id: "C7", doc: G, set: "spec.callback.offerAnnouncement", value: 3, reason: "lowercase" },
  { id: "C8", doc: G, set: "spec.callback.offerAfterOpenMinutes", value: 1441, reason: "must be an integer 0..1440" },
  { id: "C8", doc: G, set: "spec.callback.offerAfterOpenMinutes", value: -1, reason: "0..1440" },
  { id: "C9", doc: G, set: "spec.callback.offerWhenQueuedAbove", value: -1, reason: "0..10000" },
  { id: "C10", doc: G, set: "spec.callback.offerWhenLongestWaitMinutes", value: 1441, reason: "0..1440" },
  { id: "C11", doc: G, set: "spec.callback.offerWhenEstimatedWaitMinutes", value: 1.5, reason: "0..1440" },
  { id: "C12", doc: G, set: "spec.callback.stopBeforeCloseMinutes", value: 1441, reason: "0..1440" },
  { id: "C12", doc: G, set: "spec.callback.stopBefore", value: 5, reason: "unknown field" },

  // Organisation
  { id: "Organisation", doc: "Organisation/acme", set: "spec.domain", value: "ACME.example", reason: "lowercase DNS name" },
  { id: "Organisation", doc: "Organisation/acme", set: "spec.domain", value: REMOVE, reason: "is required" },
  { id: "Organisation", doc: "Organisation/acme", set: "spec.numbers", value: ["0101234567"], paths: ["spec.numbers[0]"], reason: "E.164 number or a range" },
  {
    id: "Organisation",
    doc: "Organisation/acme",
    set: "spec.numbers",
    value: ["+35810123456", "+358101234-+35810123499"],
    paths: ["spec.numbers[1]"],
    reason: "same number of digits",
  },
  { id: "Organisation", doc: "Organisation/acme", set: "spec.numbers", value: ["+35810123499-+35810123400"], paths: ["spec.numbers[0]"], reason: "must not be above" },
  { id: "Organisation", doc: "Organisation/acme", set: "spec.numbers", value: ["+35810123400-+35810123499-+1"], paths: ["spec.numbers[0]"], reason: "range" },

  // User
  { id: "User", doc: "User/alice", set: "spec.profile", value: "admin", reason: "must be one of basic, multi" },
  { id: "M5", doc: "User/alice", set: "spec.presence", value: "away", reason: "must be one of available, busy" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].kind", value: "fax", reason: "must be one of desktop, ipPhone, externalPbx, mobile" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].password", value: REMOVE, reason: "give exactly one of password or ha1" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].ha1", value: "0".repeat(32), paths: ["spec.devices[0].password"], reason: "exactly one" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].password", value: "", reason: "must not be empty" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].sipUser", value: "alice desk", reason: "A-Z a-z 0-9 . _ -" },
  { id: "User", doc: "User/alice", set: "spec.devices[0].sipUser", value: REMOVE, reason: "is required" },
  { id: "User", doc: "User/alice", set: "spec.devices[1].number", value: "040123", reason: "E.164" },
  { id: "User", doc: "User/alice", set: "spec.devices[1].sipUser", value: "alice-m", reason: "unknown field" },
  { id: "User", doc: "User/bob", set: "spec.devices[0]", value: { kind: "ipPhone", sipUser: "bob-phone", ha1: "xyz" }, paths: ["spec.devices[0].ha1"], reason: "32 hex" },

  // Announcement
  { id: "Announcement", doc: "Announcement/welcome", set: "spec.file", value: "/etc/passwd", reason: "relative file path" },
  { id: "Announcement", doc: "Announcement/welcome", set: "spec.file", value: REMOVE, reason: "is required" },
  { id: "Announcement", doc: "Announcement/welcome", set: "spec.sha256", value: "abc", reason: "64 lowercase hex" },

  // Schedule
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.timeZone", value: "Mars/Olympus_Mons", reason: "IANA time zone" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.timeZone", value: "+02:00", reason: "IANA time zone" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.timeZone", value: REMOVE, reason: "is required" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].days", value: ["monday"], paths: ["spec.weekly[0].days[0]"], reason: "mon, tue" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].days", value: [], reason: "must not be empty" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].days", value: ["mon", "mon"], paths: ["spec.weekly[0].days[1]"], reason: "duplicate" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].open", value: "8:00", reason: '"HH:MM" 00:00..23:59' },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].open", value: "24:00", reason: "00:00..23:59" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].close", value: "24:01", reason: "00:00..24:00" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[0].close", value: "08:00", reason: "must be after open" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[1].days", value: ["sun"], paths: [], reason: "" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.weekly[1]", value: { days: ["sun", "fri"], open: "15:59", close: "18:00" }, reason: "overlaps spec.weekly[0] on fri" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[0].date", value: "2026-02-30", reason: "calendar date YYYY-MM-DD" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[0].date", value: "24.12.2026", reason: "calendar date" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[1].date", value: "2026-12-24", reason: 'duplicate "2026-12-24"' },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[0].open", value: "10:00", reason: "must be left out when closed is true" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[0].closed", value: false, paths: ["spec.exceptions[0].open", "spec.exceptions[0].close"], reason: "is required unless closed" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.exceptions[1].close", value: "07:00", reason: "must be after open" },
  { id: "Schedule", doc: "Schedule/office-hours", set: "spec.closedDestination.type", value: "hangup", reason: "must be one of" },

  // IvrMenu
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.prompt", value: REMOVE, reason: "is required" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: 'spec.options["A"]', value: { type: "disconnect" }, reason: "DTMF key 0-9, * or #" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: 'spec.options["1"]', value: { type: "group" }, paths: ['spec.options["1"].group'], reason: "is required" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.options", value: [], reason: "must be an object" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.timeoutSeconds", value: 0, reason: "must be an integer 1..60" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.timeoutSeconds", value: 61, reason: "1..60" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.retries", value: 11, reason: "must be an integer 0..10" },
  { id: "IvrMenu", doc: "IvrMenu/main", set: "spec.invalidPrompt", value: "Oops", reason: "lowercase" },
];

function show(v: unknown): string {
  if (v === REMOVE) return "missing";
  const s = JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

const seen = new Set<string>();
for (const c of cases) {
  let title = `${c.id} ${c.set.replace(/^spec\./, "")}: ${show(c.value)} is ${c.paths?.length === 0 ? "accepted" : "rejected"}`;
  while (seen.has(title)) title += " (again)";
  seen.add(title);
  test(title, (t) => {
    const result = validateDocuments(
      batchWith(c.doc, (d) => setPath(d, c.set, c.value)),
      { existing: [] },
    );
    const paths = c.paths ?? [c.set];
    if (paths.length === 0) {
      t.true(result.ok, JSON.stringify(result));
      return;
    }
    if (result.ok) return t.fail("accepted");
    t.deepEqual(
      result.errors.map((e) => e.path),
      [...paths],
    );
    const [kind = "", name = ""] = c.doc.split("/");
    for (const e of result.errors) {
      t.true(e.reason.includes(c.reason), `reason "${e.reason}" lacks "${c.reason}"`);
      if (!c.set.startsWith("metadata") && c.set !== "apiVersion") t.is(e.document, `${kind} acme/${name}`);
    }
  });
}

test("the fixture batch itself is valid", (t) => {
  const result = validateDocuments(validBatch(), { existing: [] });
  t.true(result.ok, JSON.stringify(result));
});

test("a document whose kind is unusable is named by its index", (t) => {
  const batch = [...validBatch(), doc("Queue", "q1", {})];
  const result = validateDocuments(batch, { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [
    { document: `document[${batch.length - 1}]`, path: "kind", reason: "must be one of Organisation, User, Announcement, Schedule, IvrMenu, AnswerGroup" },
  ]);
});

test("a document with a broken envelope still resolves references to it", (t) => {
  const result = validateDocuments(
    batchWith("AnswerGroup/sales", (d) => setPath(d, "apiVersion", "v1")),
    { existing: [] },
  );
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: "AnswerGroup acme/sales", path: "apiVersion", reason: "must be ringmesh/v1" }]);
});

test("metadata.organisation null on a non-Organisation document is reported as missing", (t) => {
  const result = validateDocuments(
    batchWith("User/carol", (d) => setPath(d, "metadata.organisation", null)),
    { existing: [] },
  );
  if (result.ok) return t.fail();
  t.true(result.errors.some((e) => e.path === "metadata.organisation" && e.reason === "is required"));
});

test("a document that is not an object is named by its index", (t) => {
  const result = validateDocuments([...validBatch(), "kind: User"], { existing: [] });
  if (result.ok) return t.fail();
  t.deepEqual(result.errors, [{ document: `document[${validBatch().length}]`, path: "", reason: "must be an object" }]);
});

test("null counts as left out and takes the default", (t) => {
  const result = validateDocuments(
    batchWith(G, (d) => setPath(d, "spec.schedule", null)),
    { existing: [] },
  );
  if (!result.ok) return t.fail(JSON.stringify(result.errors));
  const g = result.documents.find((d) => d.kind === "AnswerGroup" && d.metadata.name === "support");
  t.is(g?.kind === "AnswerGroup" ? g.spec.schedule : undefined, "");
});
