/**
 * Which answer group an inbound INVITE reaches (G4), and whether the caller may reach
 * it. SPEC §1: internal numbers 8000–8099 are only for the organisation's own users,
 * so such a call must come from a device registered to that organisation, from the very
 * address (or connection) it registered from, with a From naming that device, or from a
 * device that proves who it is with digest credentials (RFC 3261 §22.3: 407 Proxy-
 * Authenticate, then Proxy-Authorization; a phone behind a NAT that moved, or one that
 * calls without registering). A wrong password is 403. A number nobody has is 404.
 */
import { BlockList, isIP } from "node:net";
import { isInternalNumber } from "../../../../lib/documents/model.js";
import { splitCidr } from "../../../../lib/env.js";
import { isE164 } from "../../../../lib/documents/numbers.js";
import type { LocationStore } from "../location/types.js";
import type { AuthDecision } from "../registrar/decide.js";
import type { Directory } from "../registrar/directory.js";
import { parseNameAddr, type SipUri } from "../sip/grammar.js";
import type { SipRequest } from "../sip/message.js";
import type { Flow } from "../sip/transport/types.js";

export type InboundDecision =
  | { readonly kind: "group"; readonly org: string; readonly group: string; readonly caller: string }
  | { readonly kind: "reject"; readonly status: number; readonly reason?: string; readonly headers?: readonly (readonly [string, string])[] };

export interface InboundContext {
  readonly directory: Directory;
  readonly location: LocationStore;
  readonly now: number;
  /** RFC 3325 trust domain (`peerTrust`); default nobody. */
  readonly trustedPeer?: (address: string) => boolean;
  /** Digest authentication of a caller (registrar decide.ts `authenticateCaller`); absent: internal calls need a registered address. */
  readonly authenticate?: (req: SipRequest) => AuthDecision;
}

/** The number in a Request-URI or identity: the user part of sip/sips (user parameters dropped), or a tel: number. */
export function numberOf(uri: SipUri | undefined): string | undefined {
  if (uri === undefined) return undefined;
  let raw: string | undefined;
  if (uri.scheme === "tel") raw = uri.raw.slice(uri.raw.indexOf(":") + 1);
  else raw = uri.user;
  if (raw === undefined) return undefined;
  const semi = raw.indexOf(";");
  if (semi >= 0) raw = raw.slice(0, semi);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * RFC 3325 §5 trust domain from `SIP_TRUSTED_PEERS` (lib/env.ts validated the entries):
 * whether a message from this address may assert the caller's identity.
 */
export function peerTrust(entries: readonly string[]): (address: string) => boolean {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const e of entries) {
    const { address, bits } = splitCidr(e);
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return (address) => {
    // A dual-stack socket reports IPv4 peers as IPv4-mapped IPv6.
    const v4 = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
    const family = isIP(v4);
    return family !== 0 && list.check(v4, family === 6 ? "ipv6" : "ipv4");
  };
}

/**
 * The caller's number for routing and display (G7): P-Asserted-Identity when the
 * sender is in the trust domain (`trusted`), else From: anyone can write the header.
 */
export function callerNumber(req: SipRequest, trusted: boolean): string {
  const pai = trusted ? req.headers.get("p-asserted-identity") : undefined;
  const asserted = pai === undefined ? undefined : numberOf(parseNameAddr(pai)?.uri);
  return asserted ?? numberOf(req.from?.uri) ?? "anonymous";
}

/** The organisation of a registered device this request came from, or undefined. */
async function registeredCallerOrg(req: SipRequest, flow: Flow, directory: Directory, location: LocationStore, now: number): Promise<string | undefined> {
  const from = req.from?.uri;
  const sipUser = from?.user;
  if (from === undefined || sipUser === undefined) return undefined;
  const account = directory.account(from.host, sipUser);
  if (account === undefined) return undefined;
  const bindings = await location.bindingsOf(account.org, account.sipUser, now);
  const same = bindings.some(
    (b) =>
      b.flow.protocol === flow.protocol &&
      (b.flow.id === flow.id || (b.flow.remote.address === flow.remote.address && b.flow.remote.port === flow.remote.port)),
  );
  return same ? account.org : undefined;
}

export async function resolveInbound(req: SipRequest, flow: Flow, ctx: InboundContext): Promise<InboundDecision> {
  const { directory } = ctx;
  const dialled = numberOf(req.requestUri);
  if (dialled === undefined) return { kind: "reject", status: 404 };
  const caller = callerNumber(req, ctx.trustedPeer?.(flow.remote.address) ?? false);
  if (isInternalNumber(dialled)) {
    let org = await registeredCallerOrg(req, flow, directory, ctx.location, ctx.now);
    if (org === undefined) {
      const auth = ctx.authenticate?.(req);
      if (auth === undefined) return { kind: "reject", status: 403 };
      if (!auth.ok) return { kind: "reject", status: auth.reply.status, ...(auth.reply.reason !== undefined ? { reason: auth.reply.reason } : {}), headers: auth.reply.headers };
      org = auth.account.org;
    }
    const target = directory.numberTarget(dialled, org);
    return target === undefined ? { kind: "reject", status: 404 } : { kind: "group", org: target.org, group: target.group, caller };
  }
  if (!isE164(dialled)) return { kind: "reject", status: 404 };
  const target = directory.numberTarget(dialled, undefined);
  return target === undefined ? { kind: "reject", status: 404 } : { kind: "group", org: target.org, group: target.group, caller };
}
