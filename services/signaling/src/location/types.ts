/**
 * The location service (RFC 3261 §10.2, §16.5): which contacts each address-of-record
 * is reachable at right now, and over which flow. Bindings carry an absolute
 * `expiresAt`: backends never rely on storage TTLs to hide an expired binding (NATS 2.9
 * has no per-key TTL and tells no watcher when a key ages out), every read filters.
 */
import { createHash } from "node:crypto";
import type { DeviceKind } from "../../../../lib/documents/model.js";
import type { SipUri } from "../sip/grammar.js";
import type { Address, TransportProtocol } from "../sip/transport/types.js";

/** Device kinds that register (SPEC §4); `mobile` devices are reached through the trunk and never register. */
export type RegisteringDeviceKind = Exclude<DeviceKind, "mobile">;

/** The way back to the device: what a later INVITE must use to reach a NATed or WebSocket phone. */
export interface BindingFlow {
  readonly protocol: TransportProtocol;
  /** Source address of the REGISTER (after NAT). */
  readonly remote: Address;
  readonly local: Address;
  /** Flow id on `Binding.nodeId`: the connection for TCP/TLS/WS/WSS; for UDP it names the source and is rebuilt from `remote`. */
  readonly id: string;
}

export interface Binding {
  /** `contactHash(contactIdentity(contact))`: unique within the AOR. */
  readonly id: string;
  readonly org: string;
  /** The User document's name. */
  readonly user: string;
  readonly sipUser: string;
  /** `sip:<sipUser>@<domain>`. */
  readonly aor: string;
  readonly deviceKind: RegisteringDeviceKind;
  /** The Contact URI as registered (no angle brackets, no header params). */
  readonly contact: string;
  readonly q?: number;
  /** RFC 3261 §10.3 step 7 ordering: a refresh with the same Call-ID must carry a higher CSeq. */
  readonly callId: string;
  readonly cseq: number;
  /** Epoch ms; the binding is dead from this instant on. */
  readonly expiresAt: number;
  /** Epoch ms of the REGISTER that created or last refreshed it. */
  readonly updatedAt: number;
  readonly flow: BindingFlow;
  /** The signaling node holding `flow` (connection-oriented flows live on one node only). */
  readonly nodeId: string;
  /** RFC 5626 `+sip.instance` and `reg-id`, kept for outbound/GRUU work; identity stays the contact URI (RFC 3261). */
  readonly instance?: string;
  readonly regId?: number;
  readonly userAgent?: string;
}

/** All changes one REGISTER makes to one address-of-record. */
export interface BindingChanges {
  readonly put: readonly Binding[];
  readonly remove: readonly Binding[];
}

export interface LocationStore {
  /** Live bindings of one AOR, the registrar's read before it decides. */
  bindingsOf(org: string, sipUser: string, now: number): Promise<Binding[]>;
  /** Stores one REGISTER's outcome. Rejects when the backend fails; the registrar then answers 500. */
  commit(changes: BindingChanges): Promise<void>;
  /** Live bindings of every device of one user, in any order (M7 picks by `deviceKind`). */
  lookup(org: string, user: string, now: number): Promise<Binding[]>;
  /** Live bindings across everything this store sees; read at metrics scrape. */
  count(now: number): number;
  /** Deletes bindings expired before `now`; returns how many this call removed. */
  sweep(now: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Contact identity per RFC 3261 §19.1.4, reduced to what decides reachability:
 * scheme and host compare case-insensitively, user case-sensitively, an absent port
 * differs from an explicit one, and the URI parameters that change how it is reached
 * (`transport`, `maddr`, `user`) must agree.
 */
export function contactIdentity(uri: SipUri): string {
  const params = ["transport", "maddr", "user"]
    .map((p) => [p, uri.params.get(p)] as const)
    .filter(([, v]) => v !== undefined)
    .map(([p, v]) => `;${p}=${(v ?? "").toLowerCase()}`)
    .join("");
  return `${uri.scheme}:${uri.user ?? ""}@${uri.host.toLowerCase()}:${uri.port ?? ""}${params}`;
}

/** Stable id of a binding within its AOR: a hash, so a contact's characters never reach a KV key. */
export function contactHash(identity: string): string {
  return createHash("sha256").update(identity).digest("base64url").slice(0, 22);
}

/** `<org>\0<sipUser>`: the AOR's key in memory indexes. */
export function aorKey(org: string, sipUser: string): string {
  return `${org}\u0000${sipUser}`;
}

export function isLive(b: Binding, now: number): boolean {
  return b.expiresAt > now;
}
