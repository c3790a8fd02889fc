/**
 * Call records (CDRs) for calls that leave the platform (SPEC G3): one per trunk leg, for
 * an `external` destination (Q2/Q6/closed routing) or an agent's `mobile` device rung
 * through the trunk. Each carries the group's billing id.
 *
 * A typed JSON document (schema version `v: 1`), not protobuf: the same bytes are a
 * JetStream message body in a cluster and a line of `<dataDir>/cdr.jsonl` embedded, and
 * billing exports read them with any JSON tool. Fields are only ever added within v1;
 * a renamed or retyped field is v2.
 */
import type { LegEnd } from "../calls/outbound-leg.js";

export const CDR_SCHEMA_VERSION = 1;

export const CDR_OUTCOMES = ["answered", "busy", "noAnswer", "failed", "cancelled"] as const;
export type CdrOutcome = (typeof CDR_OUTCOMES)[number];

/** What the trunk leg was for. */
export type CdrKind = "external" | "mobile";

export interface CallRecord {
  readonly v: typeof CDR_SCHEMA_VERSION;
  /** Unique per trunk leg, stable across publish retries (the JetStream Nats-Msg-Id). */
  readonly id: string;
  readonly kind: CdrKind;
  readonly org: string;
  /** The group the call was in when it left the platform (after overflow, the last one). */
  readonly group: string;
  /** G3; empty when the group has none configured. */
  readonly billingId: string;
  /** Ringmesh's call id (P-Ringmesh-Call on every leg). */
  readonly callId: string;
  /** The trunk leg's SIP Call-ID, to reconcile with the carrier's records. */
  readonly sipCallId: string;
  /** The caller's number as it arrived. */
  readonly caller: string;
  /** The number sent to the trunk. */
  readonly called: string;
  /** For `mobile`: the agent whose mobile was rung. */
  readonly agent?: string;
  /** `SIP_TRUNK` at the time. */
  readonly trunk: string;
  /** The signaling node that held the call. */
  readonly node: string;
  /** ISO 8601 (UTC, ms): the INVITE to the trunk left; its 2xx arrived; the leg ended. */
  readonly startedAt: string;
  readonly answeredAt?: string;
  readonly endedAt: string;
  /** Talk time in ms (answer to end); 0 when unanswered. */
  readonly durationMs: number;
  readonly outcome: CdrOutcome;
  /** The INVITE's final status (200 when answered; 408 when the trunk never answered, 503 when it could not be reached). */
  readonly sipStatus: number;
  /** Who ended it: the platform side (caller hang-up, cancel, shutdown) or the trunk side. */
  readonly endedBy: "platform" | "trunk";
  /** The Reason header or phrase the trunk gave, or why the platform ended the leg. */
  readonly reason: string;
}

/**
 * Busy covers every deliberate refusal (486/600/603); 408 and 480 from the trunk are how
 * carriers say nobody answered (RFC 3398 causes 18/19); a leg this side gave up on with no
 * response at all is a failure, not a missed answer.
 */
export function outcomeOf(end: LegEnd): CdrOutcome {
  if (end.answered) return "answered";
  if (end.failure === "cancelled") return "cancelled";
  if (end.by === "local") return "failed";
  if (end.status === 486 || end.status === 600 || end.status === 603) return "busy";
  if (end.status === 408 || end.status === 480) return "noAnswer";
  return "failed";
}

const STRING_FIELDS = ["id", "kind", "org", "group", "billingId", "callId", "sipCallId", "caller", "called", "trunk", "node", "startedAt", "endedAt", "outcome", "endedBy", "reason"] as const;

/** A record read back (stream or file); throws naming the first bad field. */
export function parseCallRecord(text: string): CallRecord {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== "object" || raw === null) throw new Error("call record: not an object");
  const r = raw as Record<string, unknown>;
  if (r["v"] !== CDR_SCHEMA_VERSION) throw new Error(`call record: unsupported version ${JSON.stringify(r["v"])}`);
  for (const f of STRING_FIELDS) if (typeof r[f] !== "string") throw new Error(`call record: ${f} must be a string`);
  if (typeof r["durationMs"] !== "number" || typeof r["sipStatus"] !== "number") throw new Error("call record: durationMs and sipStatus must be numbers");
  if (!(CDR_OUTCOMES as readonly unknown[]).includes(r["outcome"])) throw new Error(`call record: unknown outcome ${JSON.stringify(r["outcome"])}`);
  return raw as CallRecord;
}
