/**
 * Configuration documents (SPEC §4) as the rest of the code sees them: validated,
 * with every default filled in. `validate.ts` is the only way raw input (YAML, JSON,
 * gRPC) becomes one of these. Field comments name the SPEC setting ids.
 */

export const API_VERSION = "ringmesh/v1";

export const KINDS = ["Organisation", "User", "Announcement", "Schedule", "IvrMenu", "AnswerGroup"] as const;
export type Kind = (typeof KINDS)[number];

export interface Metadata {
  /** Owning organisation; for kind Organisation it equals `name`. */
  organisation: string;
  /** Unique within the organisation and kind: lowercase letters, digits and `-`, 1..63 chars. */
  name: string;
  /** Store revision; set by the store, echoed back to detect stale writes. */
  resourceVersion?: string;
}

interface Envelope<K extends Kind, S> {
  apiVersion: typeof API_VERSION;
  kind: K;
  metadata: Metadata;
  spec: S;
}

// ---------------------------------------------------------------- Organisation

export interface OrganisationSpec {
  /** SIP domain and digest realm of its users. */
  domain: string;
  /** Numbers and inclusive ranges (`+35810123400-+35810123499`) the organisation owns. */
  numbers: string[];
}
export type Organisation = Envelope<"Organisation", OrganisationSpec>;

// ---------------------------------------------------------------- User

export const DEVICE_KINDS = ["desktop", "mobile", "ipPhone", "externalPbx"] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];
/** Device kinds M7 may select; `externalPbx` is accepted in config but never rung. */
export const RINGABLE_DEVICE_KINDS = ["desktop", "mobile", "ipPhone"] as const;
export type RingableDeviceKind = (typeof RINGABLE_DEVICE_KINDS)[number];

export type Presence = "available" | "busy";

export type Device =
  /** Registers over SIP (UDP/TCP/WS). Only the digest HA1 is kept: MD5(sipUser:realm:password). */
  | { kind: "desktop" | "ipPhone" | "externalPbx"; sipUser: string; ha1: string }
  /** Reached through the outbound trunk at an E.164 number. */
  | { kind: "mobile"; number: string };

export interface UserSpec {
  displayName: string;
  profile: "basic" | "multi";
  /** M5 presence; default `available`. */
  presence: Presence;
  devices: Device[];
}
export type User = Envelope<"User", UserSpec>;

// ---------------------------------------------------------------- Announcement

export interface AnnouncementSpec {
  /** Path as written in the document (relative to it); the audio itself is stored by the store. */
  file: string;
  /** SHA-256 of the uploaded audio, hex; empty until uploaded. */
  sha256: string;
}
export type Announcement = Envelope<"Announcement", AnnouncementSpec>;

// ---------------------------------------------------------------- Schedule

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface WeeklyInterval {
  days: Weekday[];
  /** "HH:MM", local time in the schedule's zone. */
  open: string;
  /** "HH:MM", after `open`; "24:00" means midnight at the end of the day. */
  close: string;
}

export type ScheduleException =
  | { date: string; closed: true }
  | { date: string; closed: false; open: string; close: string };

export interface ScheduleSpec {
  /** IANA zone, e.g. Europe/Helsinki. */
  timeZone: string;
  weekly: WeeklyInterval[];
  /** Dated overrides of a whole day (YYYY-MM-DD, local). */
  exceptions: ScheduleException[];
  closedDestination: Destination;
}
export type Schedule = Envelope<"Schedule", ScheduleSpec>;

// ---------------------------------------------------------------- Destinations

export type Destination =
  | { type: "group"; group: string }
  | { type: "user"; user: string }
  | { type: "ivr"; ivr: string }
  | { type: "external"; number: string }
  | { type: "announcement"; announcement: string }
  | { type: "voicemail"; user: string }
  | { type: "disconnect" };
export type DestinationType = Destination["type"];
export const DESTINATION_TYPES: readonly DestinationType[] = [
  "group",
  "user",
  "ivr",
  "external",
  "announcement",
  "voicemail",
  "disconnect",
];

// ---------------------------------------------------------------- IvrMenu

export const DTMF_KEYS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#"] as const;
export type DtmfKey = (typeof DTMF_KEYS)[number];

export interface IvrMenuSpec {
  prompt: string;
  options: Partial<Record<DtmfKey, Destination>>;
  timeoutSeconds: number;
  retries: number;
  /** Empty = replay `prompt`. */
  invalidPrompt: string;
  defaultDestination: Destination;
}
export type IvrMenu = Envelope<"IvrMenu", IvrMenuSpec>;

// ---------------------------------------------------------------- AnswerGroup

export interface OfferedNumber {
  /** G7: what the member's phone shows. */
  show: "group" | "caller";
  /** At most one of prefix/suffix is non-empty. */
  prefix: string;
  suffix: string;
}

export interface QueueSettings {
  /** Q1, seconds; 0 = no limit. */
  maxWaitSeconds: number;
  /** Q3, offer rounds; 0 = unlimited. */
  maxRingAttempts: number;
  /** Q4; 0 = unlimited. */
  maxQueueLength: number;
  /** Q2; default disconnect. */
  noAgentsDestination: Destination;
  /** Q6; default disconnect. */
  overflowDestination: Destination;
}

export type RoutingMode = "skills" | "ordered";

export interface RoutingSettings {
  /** M3 (`ordered`) or M4 (`skills`); default skills. */
  mode: RoutingMode;
  /** M5; default false. */
  presenceAware: boolean;
  /** M6; default true. */
  longestIdle: boolean;
  /** M7; default all ringable kinds. */
  ringDevices: RingableDeviceKind[];
  /** M8; default 1. */
  simultaneousAgents: number;
  /** M9, seconds; default 0. */
  wrapUpSeconds: number;
  /** M10, seconds; default 20. */
  ringSeconds: number;
  /** M11; 0 = never; default 0. */
  autoLogoutAfterMissed: number;
}

export interface Member {
  /** M1: a User of the same organisation. */
  user: string;
  /** M4: 1 (best) .. 9; default 3. */
  skillLevel: number;
  /** M3: position in the explicit order, 1-based; undefined = unordered (rung after ordered members). */
  ringOrder?: number;
}

export interface AnnouncementSettings {
  /** A1..A3: Announcement names; empty = none. */
  entry: string;
  hold: string;
  progress: string;
  /** A4, seconds; 0 = never. */
  progressIntervalSeconds: number;
  /** A5. */
  ringbackOnOffer: boolean;
  /** A6. */
  announcePosition: boolean;
  /** A7. */
  announceEstimatedWait: boolean;
}

export interface CallbackSettings {
  /** C1. */
  enabled: boolean;
  /** C2; 0 = callback off. */
  ringSeconds: number;
  /** C3; 0 = callback off. */
  attempts: number;
  /** C4; 0 = callback off. */
  validityMinutes: number;
  /** C5. */
  agentMetadata: string;
  /** C6: Announcement name; empty = none. */
  agentAnnouncement: string;
  /** C7: Announcement name; empty = the default prompt. */
  offerAnnouncement: string;
  /** C8, 0..1440. */
  offerAfterOpenMinutes: number;
  /** C9; 0 = trigger off. */
  offerWhenQueuedAbove: number;
  /** C10; 0 = trigger off. */
  offerWhenLongestWaitMinutes: number;
  /** C11; 0 = trigger off. */
  offerWhenEstimatedWaitMinutes: number;
  /** C12; 0 = offer until closing. */
  stopBeforeCloseMinutes: number;
}

export interface AnswerGroupSpec {
  /** G1. */
  type: "customerService";
  /** G2. */
  displayName: string;
  /** G3. */
  billingId: string;
  /** G4: E.164 from the organisation's numbers, or 8000..8099. */
  number: string;
  /** G5. */
  hiddenFromDirectory: boolean;
  /** G6. */
  allowNumberDisplay: boolean;
  /** G7. */
  offeredNumber: OfferedNumber;
  /** Schedule name; empty = always open. */
  schedule: string;
  queue: QueueSettings;
  routing: RoutingSettings;
  /** M1, M3, M4. */
  members: Member[];
  /** M2: user names. */
  supervisors: string[];
  announcements: AnnouncementSettings;
  callback: CallbackSettings;
}
export type AnswerGroup = Envelope<"AnswerGroup", AnswerGroupSpec>;

// ---------------------------------------------------------------- any document

export type Document = Organisation | User | Announcement | Schedule | IvrMenu | AnswerGroup;
export type DocumentOfKind<K extends Kind> = Extract<Document, { kind: K }>;

/** Identity of a stored object: `<kind>/<organisation>/<name>`. */
export function documentKey(doc: { kind: Kind; metadata: Pick<Metadata, "organisation" | "name"> }): string {
  return `${doc.kind}/${doc.metadata.organisation}/${doc.metadata.name}`;
}

/** Internal test numbers any group may use, reachable only from the same organisation (SPEC §1). */
export const INTERNAL_NUMBER_MIN = 8000;
export const INTERNAL_NUMBER_MAX = 8099;
export function isInternalNumber(n: string): boolean {
  if (!/^\d{4}$/.test(n)) return false;
  const v = Number(n);
  return v >= INTERNAL_NUMBER_MIN && v <= INTERNAL_NUMBER_MAX;
}
