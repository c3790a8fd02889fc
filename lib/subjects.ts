/**
 * Every NATS subject, KV bucket and stream name Ringmesh uses is built here, from
 * validated tokens, under a version segment. Nothing else in the tree spells a subject.
 *
 * Grammar (tokens are [A-Za-z0-9_-]+; `$` is reserved by NATS and never used):
 *   ringmesh.v1.actor.<kind>.<id…>        a message to a virtual actor (id may span tokens)
 *   ringmesh.v1.node.<nodeId>.<kind>       a message to one node's host of <kind> actors
 *   ringmesh.v1.members.<kind>             membership heartbeats of nodes hosting <kind>
 *                                         (`signaling`: SIP edge nodes, with the groups holding their calls)
 *   ringmesh.v1.event.<org>.<type>         events for supervisors and wallboards
 *   ringmesh.v1.cdr.<org>                  call records (JetStream stream RINGMESH_CDR)
 *   ringmesh.v1.call.<org>.<callId>        what a group asks signaling to do with one call
 *   ringmesh.v1.call.<org>                 a group asking every signaling node which of its calls they hold
 *   ringmesh.v1.sipflow.<nodeId>.send      write a SIP message onto a device connection this
 *                                         signaling node holds (request/reply)
 *   ringmesh.v1.sipflow.<nodeId>.deliver   SIP messages another node's device connection
 *                                         received for this node's transactions and dialogs
 */
export const PREFIX = "ringmesh.v1";

const TOKEN = /^[A-Za-z0-9_-]+$/;

export class SubjectTokenError extends Error {
  constructor(what: string, token: string) {
    super(`invalid subject token for ${what}: ${JSON.stringify(token)} (allowed: A-Z a-z 0-9 _ -)`);
    this.name = "SubjectTokenError";
  }
}

/** Throws unless `token` is one safe subject token. */
export function token(what: string, value: string): string {
  if (!TOKEN.test(value)) throw new SubjectTokenError(what, value);
  return value;
}

/** An actor id is one or more tokens joined by dots, e.g. `acme.support`. */
export function actorId(...parts: string[]): string {
  if (parts.length === 0) throw new SubjectTokenError("actor id", "");
  return parts.map((p) => token("actor id", p)).join(".");
}

function checkedActorId(id: string): string {
  id.split(".").forEach((p) => token("actor id", p));
  return id;
}

export const subjects = {
  actor: (kind: string, id: string) => `${PREFIX}.actor.${token("actor kind", kind)}.${checkedActorId(id)}`,
  /** Wildcard over every actor of one kind; what a host of that kind subscribes to. */
  actorsOfKind: (kind: string) => `${PREFIX}.actor.${token("actor kind", kind)}.>`,
  node: (nodeId: string, kind: string) => `${PREFIX}.node.${token("node id", nodeId)}.${token("actor kind", kind)}`,
  members: (kind: string) => `${PREFIX}.members.${token("actor kind", kind)}`,
  event: (org: string, type: string) => `${PREFIX}.event.${token("organisation", org)}.${token("event type", type)}`,
  eventsOfOrg: (org: string) => `${PREFIX}.event.${token("organisation", org)}.>`,
  cdr: (org: string) => `${PREFIX}.cdr.${token("organisation", org)}`,
  allCdr: () => `${PREFIX}.cdr.>`,
  /** Call ids are minted by signaling as subject tokens, so one call is one subject. */
  call: (org: string, callId: string) => `${PREFIX}.call.${token("organisation", org)}.${token("call id", callId)}`,
  callsOfOrg: (org: string) => `${PREFIX}.call.${token("organisation", org)}.>`,
  /** Under `allCalls` (every signaling node reads it), not under `callsOfOrg`: it is about no one call. */
  heldCallsAsk: (org: string) => `${PREFIX}.call.${token("organisation", org)}`,
  allCalls: () => `${PREFIX}.call.>`,
  /** SIP relay between signaling nodes (services/signaling sip/transport/relay.ts): to the node holding the connection. */
  sipFlowSend: (nodeId: string) => `${PREFIX}.sipflow.${token("node id", nodeId)}.send`,
  /** SIP relay: to the node whose transaction or dialog a device's message belongs to. */
  sipFlowDeliver: (nodeId: string) => `${PREFIX}.sipflow.${token("node id", nodeId)}.deliver`,
} as const;

/** Queue groups (same validated tokens; one group per actor kind). */
export const queues = {
  /** Every host of <kind> joins this group on `actorsOfKind`, so a caller with no membership view still reaches one host. */
  actorHosts: (kind: string) => `${PREFIX}.hosts.${token("actor kind", kind)}`,
} as const;

/** Keys inside the runtime's KV buckets: `<kind>.<id…>` (KV keys allow dots). */
export const kvKeys = {
  actor: (kind: string, id: string) => `${token("actor kind", kind)}.${checkedActorId(id)}`,
  /** A node's liveness lease in the lease bucket. Actor kinds are never called `node`, so it cannot meet a legacy per-actor lease key. */
  nodeLease: (nodeId: string) => `node.${token("node id", nodeId)}`,
} as const;

/** JetStream KV buckets (names allow [A-Za-z0-9_-]). */
export const buckets = {
  documents: "ringmesh_documents",
  leases: "ringmesh_actor_leases",
  actorState: "ringmesh_actor_state",
  /** Per actor with pending timers: its earliest fireAt, so the owner wakes it without a message. */
  actorTimers: "ringmesh_actor_timers",
  locations: "ringmesh_sip_locations",
  /** Who reads an organisation's events (`<org>.<listener>`, TTL'd): nodes publish only for those (routing/events.ts). */
  eventInterest: "ringmesh_event_interest",
  /** JetStream Object Store of announcement audio, content-addressed by SHA-256. */
  audio: "ringmesh_audio",
} as const;

/**
 * JetStream's own subject for writes to a KV bucket's keys (`$KV.<bucket>.<key>`), for
 * buckets without a JetStream domain or mirror, as the runtime creates its buckets.
 */
export const KV_SUBJECT_PREFIX = "$KV.";
export const kvWrites = (bucket: string): string => `${KV_SUBJECT_PREFIX}${bucket}.`;

/** JetStream streams. */
export const streams = {
  cdr: "RINGMESH_CDR",
} as const;
