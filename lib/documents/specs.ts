/**
 * The `spec` of every kind (SPEC §4) as a table of fields: type, range, default.
 * docs/configuration.md documents the same table; keep the two in step.
 */
import { digestHa1 } from "./digest.js";
import {
  DTMF_KEYS,
  RINGABLE_DEVICE_KINDS,
  type AnnouncementSpec,
  type AnswerGroupSpec,
  type CallbackSettings,
  type Destination,
  type Device,
  type DocumentOfKind,
  type IvrMenuSpec,
  type Kind,
  type Member,
  type OfferedNumber,
  type OrganisationSpec,
  type QueueSettings,
  type RoutingSettings,
  type ScheduleSpec,
  type UserSpec,
  type AnnouncementSettings,
} from "./model.js";
import { e164, groupNumber, numberRange } from "./numbers.js";
import {
  at,
  bool,
  int,
  keyed,
  list,
  literal,
  oneOf,
  optional,
  pattern,
  refine,
  required,
  section,
  struct,
  tagged,
  text,
  withDefault,
  type Parser,
} from "./reader.js";
import { exceptions, timeZone, weekly } from "./schedule.js";

// ---------------------------------------------------------------- names and references

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export const objectName = pattern(NAME, "must be 1..63 lowercase letters, digits or -, not starting or ending with -");

/** The name of another object of the same organisation; existence is checked over the whole batch. */
function ref(kind: Kind): Parser<string> {
  return (v, path, r) => {
    const name = objectName(v, path, r);
    if (name !== undefined) r.note({ fact: "reference", kind, name, path });
    return name;
  };
}

/** Like `ref`, but "" means none. */
function refOrNone(kind: Kind): Parser<string> {
  const named = ref(kind);
  return (v, path, r) => (v === "" ? "" : named(v, path, r));
}

// ---------------------------------------------------------------- destinations

export const DISCONNECT: Destination = { type: "disconnect" };

export const destination: Parser<Destination> = tagged<Destination>("type", {
  group: struct<Extract<Destination, { type: "group" }>>({ type: required(literal("group")), group: required(ref("AnswerGroup")) }),
  user: struct<Extract<Destination, { type: "user" }>>({ type: required(literal("user")), user: required(ref("User")) }),
  ivr: struct<Extract<Destination, { type: "ivr" }>>({ type: required(literal("ivr")), ivr: required(ref("IvrMenu")) }),
  external: struct<Extract<Destination, { type: "external" }>>({ type: required(literal("external")), number: required(e164) }),
  announcement: struct<Extract<Destination, { type: "announcement" }>>({
    type: required(literal("announcement")),
    announcement: required(ref("Announcement")),
  }),
  voicemail: struct<Extract<Destination, { type: "voicemail" }>>({ type: required(literal("voicemail")), user: required(ref("User")) }),
  disconnect: struct<Extract<Destination, { type: "disconnect" }>>({ type: required(literal("disconnect")) }),
});

// ---------------------------------------------------------------- Organisation

const DOMAIN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const domain: Parser<string> = (v, path, r) => {
  const d = pattern(DOMAIN, "must be a lowercase DNS name, e.g. acme.example")(v, path, r);
  if (d !== undefined) r.note({ fact: "domain", domain: d, path });
  return d;
};

const organisationSpec = struct<OrganisationSpec>({
  domain: required(domain),
  numbers: withDefault(list(numberRange, { max: 1000, unique: [{ by: (n) => n }] }), []),
});

// ---------------------------------------------------------------- User

const SIP_USER = /^[A-Za-z0-9._-]{1,64}$/;
const sipUser: Parser<string> = (v, path, r) => {
  const u = pattern(SIP_USER, "must be 1..64 of A-Z a-z 0-9 . _ -")(v, path, r);
  if (u !== undefined) r.note({ fact: "sipUser", sipUser: u, path });
  return u;
};

const password = refine(text(128), (p, path, r) => (p === "" ? r.fail(path, "must not be empty") : p));
/** Lowercased so a stored hash reads back byte-identical. */
const ha1 = refine(pattern(/^[0-9a-fA-F]{32}$/, "must be 32 hex digits (MD5)"), (h, path, r) => {
  r.note({ fact: "ha1", path });
  return h.toLowerCase();
});

type SipKind = Exclude<Device["kind"], "mobile">;
interface SipDeviceInput {
  kind: SipKind;
  sipUser: string;
  password?: string;
  ha1?: string;
}

/**
 * Passwords are hashed at once and never kept (SPEC §4); `ha1` is what the store
 * hands back when it re-validates, so either is accepted, never both.
 */
function sipDevice(kind: SipKind): Parser<Device> {
  return refine(
    struct<SipDeviceInput>({ kind: required(literal(kind)), sipUser: required(sipUser), password: optional(password), ha1: optional(ha1) }),
    (d, path, r): Device | undefined => {
      if ((d.password === undefined) === (d.ha1 === undefined)) return r.fail(at(path, "password"), "give exactly one of password or ha1");
      if (d.ha1 !== undefined) return { kind, sipUser: d.sipUser, ha1: d.ha1 };
      if (r.realm === undefined || d.password === undefined) return undefined;
      return { kind, sipUser: d.sipUser, ha1: digestHa1(d.sipUser, r.realm, d.password) };
    },
  );
}

const device = tagged<Device>("kind", {
  desktop: sipDevice("desktop"),
  ipPhone: sipDevice("ipPhone"),
  externalPbx: sipDevice("externalPbx"),
  mobile: struct<Extract<Device, { kind: "mobile" }>>({ kind: required(literal("mobile")), number: required(e164) }),
});

const userSpec = struct<UserSpec>({
  displayName: withDefault(text(100), ""),
  profile: withDefault(oneOf(["basic", "multi"] as const), "basic"),
  presence: withDefault(oneOf(["available", "busy"] as const), "available"),
  devices: withDefault(list(device, { max: 20 }), []),
});

// ---------------------------------------------------------------- Announcement

const announcementSpec = struct<AnnouncementSpec>({
  file: required(
    refine(text(255), (f, path, r) => (f === "" || f.startsWith("/") ? r.fail(path, "must be a relative file path") : f)),
  ),
  sha256: withDefault(pattern(/^([0-9a-f]{64})?$/, "must be 64 lowercase hex digits or empty"), ""),
});

// ---------------------------------------------------------------- Schedule

const scheduleSpec = struct<ScheduleSpec>({
  timeZone: required(timeZone),
  weekly: withDefault(weekly, []),
  exceptions: withDefault(exceptions, []),
  closedDestination: withDefault(destination, DISCONNECT),
});

// ---------------------------------------------------------------- IvrMenu

const ivrMenuSpec = struct<IvrMenuSpec>({
  prompt: required(ref("Announcement")),
  options: withDefault(keyed(DTMF_KEYS, "must be a DTMF key 0-9, * or #", destination), {}),
  timeoutSeconds: withDefault(int(1, 60), 5),
  retries: withDefault(int(0, 10), 2),
  invalidPrompt: withDefault(refOrNone("Announcement"), ""),
  defaultDestination: withDefault(destination, DISCONNECT),
});

// ---------------------------------------------------------------- AnswerGroup

/** G7 decorations are dialable characters so that calling back from the call history works. */
const dialChars = pattern(/^[0-9*#+]{0,10}$/, "must be up to 10 of 0-9 * # +");

const offeredNumber = refine(
  struct<OfferedNumber>({
    show: withDefault(oneOf(["group", "caller"] as const), "caller"),
    prefix: withDefault(dialChars, ""),
    suffix: withDefault(dialChars, ""),
  }),
  (o, path, r) => (o.prefix !== "" && o.suffix !== "" ? r.fail(at(path, "suffix"), "only one of prefix or suffix may be set") : o),
);

const queue = section<QueueSettings>({
  maxWaitSeconds: withDefault(int(0, 86_400), 0),
  maxRingAttempts: withDefault(int(0, 1000), 0),
  maxQueueLength: withDefault(int(0, 10_000), 0),
  noAgentsDestination: withDefault(destination, DISCONNECT),
  overflowDestination: withDefault(destination, DISCONNECT),
});

const routing = section<RoutingSettings>({
  mode: withDefault(oneOf(["skills", "ordered"] as const), "skills"),
  presenceAware: withDefault(bool, false),
  longestIdle: withDefault(bool, true),
  ringDevices: withDefault(list(oneOf(RINGABLE_DEVICE_KINDS), { min: 1, max: RINGABLE_DEVICE_KINDS.length, unique: [{ by: (k) => k }] }), [
    ...RINGABLE_DEVICE_KINDS,
  ]),
  simultaneousAgents: withDefault(int(1, 100), 1),
  wrapUpSeconds: withDefault(int(0, 3600), 0),
  ringSeconds: withDefault(int(1, 600), 20),
  autoLogoutAfterMissed: withDefault(int(0, 100), 0),
});

const member = struct<Member>({
  user: required(ref("User")),
  skillLevel: withDefault(int(1, 9), 3),
  ringOrder: optional(int(1, 1000)),
});

/** A user is listed once, and two members cannot share a place in the ring order (M3). */
const members = list(member, {
  max: 1000,
  unique: [{ by: (m) => m.user, field: "user" }, { by: (m) => (m.ringOrder === undefined ? undefined : String(m.ringOrder)), field: "ringOrder" }],
});

const announcements = section<AnnouncementSettings>({
  entry: withDefault(refOrNone("Announcement"), ""),
  hold: withDefault(refOrNone("Announcement"), ""),
  progress: withDefault(refOrNone("Announcement"), ""),
  progressIntervalSeconds: withDefault(int(0, 3600), 0),
  ringbackOnOffer: withDefault(bool, false),
  announcePosition: withDefault(bool, false),
  announceEstimatedWait: withDefault(bool, false),
});

const callback = section<CallbackSettings>({
  enabled: withDefault(bool, false),
  ringSeconds: withDefault(int(0, 600), 0),
  attempts: withDefault(int(0, 100), 0),
  validityMinutes: withDefault(int(0, 10_080), 0),
  agentMetadata: withDefault(text(200), ""),
  agentAnnouncement: withDefault(refOrNone("Announcement"), ""),
  offerAnnouncement: withDefault(refOrNone("Announcement"), ""),
  offerAfterOpenMinutes: withDefault(int(0, 1440), 0),
  offerWhenQueuedAbove: withDefault(int(0, 10_000), 0),
  offerWhenLongestWaitMinutes: withDefault(int(0, 1440), 0),
  offerWhenEstimatedWaitMinutes: withDefault(int(0, 1440), 0),
  stopBeforeCloseMinutes: withDefault(int(0, 1440), 0),
});

const answerGroupSpec = struct<AnswerGroupSpec>({
  type: withDefault(oneOf(["customerService"] as const), "customerService"),
  displayName: withDefault(text(100), ""),
  billingId: withDefault(text(64), ""),
  number: required(groupNumber),
  hiddenFromDirectory: withDefault(bool, false),
  allowNumberDisplay: withDefault(bool, false),
  offeredNumber: withDefault(offeredNumber, { show: "caller", prefix: "", suffix: "" }),
  schedule: withDefault(refOrNone("Schedule"), ""),
  queue,
  routing,
  members: withDefault(members, []),
  supervisors: withDefault(list(ref("User"), { max: 1000, unique: [{ by: (s) => s }] }), []),
  announcements,
  callback,
});

export const SPEC_PARSERS: { readonly [K in Kind]: Parser<DocumentOfKind<K>["spec"]> } = {
  Organisation: organisationSpec,
  User: userSpec,
  Announcement: announcementSpec,
  Schedule: scheduleSpec,
  IvrMenu: ivrMenuSpec,
  AnswerGroup: answerGroupSpec,
};
