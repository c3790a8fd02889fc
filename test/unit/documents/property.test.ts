/**
 * Generated documents: valid ones are accepted, and validation is idempotent
 * (the store re-validates what it holds, so its own output must pass unchanged).
 */
import test from "ava";
import fc from "fast-check";
import { DESTINATION_TYPES, DTMF_KEYS, RINGABLE_DEVICE_KINDS, WEEKDAYS, type Document } from "../../../lib/documents/model.js";
import { validateDocuments } from "../../../lib/documents/validate.js";
import { acme, doc, type Raw } from "./fixtures.js";

const USERS = ["alice", "bob", "carol", "dave"];
const ANNOUNCEMENTS = ["welcome", "hold", "closed"];

/** Everything a generated group may refer to. */
function base(): Raw[] {
  return [
    acme(),
    ...USERS.map((u) => doc("User", u, { devices: [{ kind: "desktop", sipUser: `${u}-desk`, password: `${u}-pw` }, { kind: "mobile", number: "+358401234567" }] })),
    ...ANNOUNCEMENTS.map((a) => doc("Announcement", a, { file: `${a}.wav` })),
    doc("Schedule", "hours", { timeZone: "Europe/Helsinki", weekly: [{ days: ["mon"], open: "08:00", close: "16:00" }] }),
    doc("IvrMenu", "menu", { prompt: "welcome" }),
    doc("AnswerGroup", "other", { number: "8099" }),
  ];
}

const annOrNone = fc.constantFrom("", ...ANNOUNCEMENTS);

const destination = fc.constantFrom(...DESTINATION_TYPES).chain((type): fc.Arbitrary<Record<string, string>> => {
  switch (type) {
    case "group":
      return fc.constant({ type, group: "other" });
    case "user":
    case "voicemail":
      return fc.constantFrom(...USERS).map((user) => ({ type, user }));
    case "ivr":
      return fc.constant({ type, ivr: "menu" });
    case "external":
      return fc.integer({ min: 10_000_000, max: 99_999_999 }).map((n) => ({ type, number: `+358${n}` }));
    case "announcement":
      return fc.constantFrom(...ANNOUNCEMENTS).map((announcement) => ({ type, announcement }));
    case "disconnect":
      return fc.constant({ type });
  }
});

/** Leaves fields out at random so defaults get exercised too. */
function partial(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(fields, { requiredKeys: [] });
}

const members = fc.shuffledSubarray(USERS).chain((users) =>
  fc.tuple(...users.map((user, i) => partial({ skillLevel: fc.integer({ min: 1, max: 9 }), ringOrder: fc.constant(i + 1) }).map((m) => ({ user, ...m })))),
);

const answerGroupSpec = fc.record({
  number: fc.oneof(fc.integer({ min: 8000, max: 8098 }).map(String), fc.integer({ min: 0, max: 99 }).map((n) => `+358101234${String(n).padStart(2, "0")}`)),
  rest: partial({
    displayName: fc.stringMatching(/^[A-Za-z0-9 åäöÅÄÖ().-]{0,100}$/),
    hiddenFromDirectory: fc.boolean(),
    offeredNumber: fc.oneof(
      partial({ show: fc.constantFrom("group", "caller"), prefix: fc.stringMatching(/^[0-9*#+]{0,10}$/) }),
      partial({ show: fc.constantFrom("group", "caller"), suffix: fc.stringMatching(/^[0-9*#+]{0,10}$/) }),
    ),
    schedule: fc.constantFrom("", "hours"),
    queue: partial({
      maxWaitSeconds: fc.integer({ min: 0, max: 86_400 }),
      maxRingAttempts: fc.integer({ min: 0, max: 1000 }),
      maxQueueLength: fc.integer({ min: 0, max: 10_000 }),
      noAgentsDestination: destination,
      overflowDestination: destination,
    }),
    routing: partial({
      mode: fc.constantFrom("skills", "ordered"),
      presenceAware: fc.boolean(),
      longestIdle: fc.boolean(),
      ringDevices: fc.shuffledSubarray([...RINGABLE_DEVICE_KINDS], { minLength: 1 }),
      simultaneousAgents: fc.integer({ min: 1, max: 100 }),
      wrapUpSeconds: fc.integer({ min: 0, max: 3600 }),
      ringSeconds: fc.integer({ min: 1, max: 600 }),
      autoLogoutAfterMissed: fc.integer({ min: 0, max: 100 }),
    }),
    members,
    supervisors: fc.shuffledSubarray(USERS),
    announcements: partial({
      entry: annOrNone,
      hold: annOrNone,
      progress: annOrNone,
      progressIntervalSeconds: fc.integer({ min: 0, max: 3600 }),
      ringbackOnOffer: fc.boolean(),
    }),
    callback: partial({
      enabled: fc.boolean(),
      ringSeconds: fc.integer({ min: 0, max: 600 }),
      attempts: fc.integer({ min: 0, max: 100 }),
      offerAnnouncement: annOrNone,
      offerAfterOpenMinutes: fc.integer({ min: 0, max: 1440 }),
      stopBeforeCloseMinutes: fc.integer({ min: 0, max: 1440 }),
    }),
  }),
});

const scheduleSpec = fc.record({
  timeZone: fc.constantFrom("Europe/Helsinki", "UTC", "America/New_York", "Asia/Kolkata"),
  // One interval per day set can never overlap itself; days are drawn without repeats.
  weekly: fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }).chain((days) =>
    fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 })).map(([open, end]) => {
      const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      return [{ days, open: hhmm(open), close: hhmm(Math.max(open + 1, end)) }];
    }),
  ),
  exceptions: fc.uniqueArray(fc.date({ min: new Date("2025-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }), {
    maxLength: 5,
    selector: (d) => d.toISOString().slice(0, 10),
  }).map((ds) => ds.map((d) => ({ date: d.toISOString().slice(0, 10), closed: true }))),
  closedDestination: destination,
});

const ivrSpec = fc.record({
  prompt: fc.constantFrom(...ANNOUNCEMENTS),
  options: fc.dictionary(fc.constantFrom(...DTMF_KEYS), destination, { maxKeys: 12 }),
  timeoutSeconds: fc.integer({ min: 1, max: 60 }),
  retries: fc.integer({ min: 0, max: 10 }),
});

function strip(v: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
}

test("generated valid documents are accepted, and validating the output again changes nothing", (t) => {
  fc.assert(
    fc.property(answerGroupSpec, scheduleSpec, ivrSpec, (g, s, i) => {
      const raw = [
        ...base(),
        doc("AnswerGroup", "g", strip({ number: g.number, ...g.rest })),
        doc("Schedule", "s", s),
        doc("IvrMenu", "i", i),
      ];
      const first = validateDocuments(raw, { existing: [] });
      if (!first.ok) throw new Error(JSON.stringify(first.errors));
      const again = validateDocuments(first.documents, { existing: first.documents });
      if (!again.ok) throw new Error(JSON.stringify(again.errors));
      t.deepEqual(again.documents, first.documents);
    }),
    { numRuns: 200 },
  );
});

test("stored documents applied on top of themselves are accepted unchanged", (t) => {
  const first = validateDocuments(base(), { existing: [] });
  if (!first.ok) return t.fail(JSON.stringify(first.errors));
  const stored: Document[] = first.documents;
  const again = validateDocuments(stored, { existing: stored });
  t.deepEqual(again, { ok: true, documents: stored });
});

test("arbitrary input never throws and every rejection says why", (t) => {
  const junkDoc = fc.oneof(
    fc.anything(),
    fc.record({ apiVersion: fc.constant("ringmesh/v1"), kind: fc.constantFrom("AnswerGroup", "User", "Schedule", "IvrMenu"), metadata: fc.constant({ organisation: "acme", name: "x" }), spec: fc.object() }),
  );
  fc.assert(
    fc.property(fc.array(junkDoc, { maxLength: 4 }), (junk) => {
      const result = validateDocuments([acme(), ...junk], { existing: [] });
      if (!result.ok) t.true(result.errors.length > 0 && result.errors.every((e) => e.reason !== ""));
    }),
    { numRuns: 300 },
  );
  t.pass();
});
