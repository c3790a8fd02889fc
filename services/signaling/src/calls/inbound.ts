/**
 * Which answer group an inbound INVITE reaches (G4), and whether the caller may reach
 * it. SPEC §1: internal numbers 8000–8099 are only for the organisation's own users,
 * so such a call must come from a device registered to that organisation, from the very
 * address (or connection) it registered from, with a From naming that device; anything
 * else is 403. A number nobody has is 404.
 */
import { isInternalNumber } from "../../../../lib/documents/model.js";
import { isE164 } from "../../../../lib/documents/numbers.js";
import type { LocationStore } from "../location/types.js";
import type { Directory } from "../registrar/directory.js";
import { parseNameAddr, type SipUri } from "../sip/grammar.js";
import type { SipRequest } from "../sip/message.js";
import type { Flow } from "../sip/transport/types.js";

export type InboundDecision =
  | { readonly kind: "group"; readonly org: string; readonly group: string; readonly caller: string }
  | { readonly kind: "reject"; readonly status: 403 | 404 };

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

/** The caller's number for routing and display (G7): P-Asserted-Identity from a trusted peer first, then From. */
export function callerNumber(req: SipRequest): string {
  const pai = req.headers.get("p-asserted-identity");
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

export async function resolveInbound(req: SipRequest, flow: Flow, directory: Directory, location: LocationStore, now: number): Promise<InboundDecision> {
  const dialled = numberOf(req.requestUri);
  if (dialled === undefined) return { kind: "reject", status: 404 };
  const caller = callerNumber(req);
  if (isInternalNumber(dialled)) {
    const org = await registeredCallerOrg(req, flow, directory, location, now);
    if (org === undefined) return { kind: "reject", status: 403 };
    const target = directory.numberTarget(dialled, org);
    return target === undefined ? { kind: "reject", status: 404 } : { kind: "group", org: target.org, group: target.group, caller };
  }
  if (!isE164(dialled)) return { kind: "reject", status: 404 };
  const target = directory.numberTarget(dialled, undefined);
  return target === undefined ? { kind: "reject", status: 404 } : { kind: "group", org: target.org, group: target.group, caller };
}
