/**
 * The registrar's decisions (RFC 3261 §10.3) as pure functions of the request, the
 * AOR's current bindings and `now`: what to answer and which bindings change. The
 * shell (`registrar.ts`) reads bindings, commits the changes, then sends the answer.
 * The digest authentication of devices lives here too, for REGISTER (401) and for calls
 * to internal numbers (407, calls/inbound.ts): one HA1 check and one nonce secret.
 */
import { computeHa1, buildChallenge, createNonce, parseAuthorization, verifyDigest, type DigestCredentials } from "../sip/digest.js";
import type { SipUri } from "../sip/grammar.js";
import type { SipRequest } from "../sip/message.js";
import { contactHash, contactIdentity, type Binding, type BindingFlow } from "../location/types.js";
import type { Account } from "./directory.js";

export interface RegistrarPolicy {
  /** Seconds; a non-zero expiry below this gets 423 with `Min-Expires` (§10.3 step 7). */
  readonly minExpires: number;
  /** Seconds; longer requests are shortened to this (the 200 says so per contact). */
  readonly maxExpires: number;
  /** Seconds, when neither the contact nor the request says. */
  readonly defaultExpires: number;
  /** Bindings one AOR may hold; more is refused so one account cannot fill the location store. */
  readonly maxBindingsPerAor: number;
  /** How long a digest nonce stays fresh; older ones are answered 401 `stale=TRUE`. */
  readonly nonceMaxAgeMs: number;
}

export const DEFAULT_POLICY: RegistrarPolicy = {
  minExpires: 60,
  maxExpires: 3600,
  defaultExpires: 3600,
  maxBindingsPerAor: 10,
  nonceMaxAgeMs: 5 * 60_000,
};

/** Metric label of a REGISTER's result; a closed set. */
export type RegisterOutcome = "ok" | "challenged" | "forbidden" | "invalid" | "error";
export const REGISTER_OUTCOMES: readonly RegisterOutcome[] = ["ok", "challenged", "forbidden", "invalid", "error"];

export interface Reply {
  readonly status: number;
  readonly reason?: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly outcome: RegisterOutcome;
}

const invalid = (reason: string): Reply => ({ status: 400, reason, headers: [], outcome: "invalid" });
const forbidden = (reason = "Forbidden"): Reply => ({ status: 403, reason, headers: [], outcome: "forbidden" });

// ------------------------------------------------------------------ authentication

export interface AuthInput {
  readonly req: SipRequest;
  readonly now: number;
  readonly secret: string | Buffer;
  readonly nonceMaxAgeMs: number;
  readonly accountOf: (domain: string, sipUser: string) => Account | undefined;
}

export type AuthDecision = { readonly ok: true; readonly account: Account } | { readonly ok: false; readonly reply: Reply };

/**
 * An HA1 no password hashes to (the realm cannot contain a NUL): an unknown user is
 * checked against it, so the answer and the work done are those of a wrong password.
 */
const UNKNOWN_USER_HA1 = computeHa1("\u0000", "\u0000", "\u0000");

function isSipAor(uri: SipUri | undefined): uri is SipUri & { user: string } {
  return uri !== undefined && (uri.scheme === "sip" || uri.scheme === "sips") && uri.user !== undefined;
}

/**
 * Who challenges: the registrar answers 401 with WWW-Authenticate (RFC 3261 §22.2), the
 * call-routing proxy 407 with Proxy-Authenticate, the credentials coming back in
 * Authorization or Proxy-Authorization (§22.3).
 */
interface DigestScheme {
  readonly method: string;
  readonly status: 401 | 407;
  readonly challengeHeader: "WWW-Authenticate" | "Proxy-Authenticate";
  readonly credentialsHeader: "Authorization" | "Proxy-Authorization";
}

const REGISTRAR: DigestScheme = { method: "REGISTER", status: 401, challengeHeader: "WWW-Authenticate", credentialsHeader: "Authorization" };
const PROXY: DigestScheme = { method: "INVITE", status: 407, challengeHeader: "Proxy-Authenticate", credentialsHeader: "Proxy-Authorization" };

function challenge(scheme: DigestScheme, realm: string, now: number, secret: string | Buffer, stale: boolean): Reply {
  const value = buildChallenge({ realm, nonce: createNonce(secret, realm, now), stale });
  return { status: scheme.status, headers: [[scheme.challengeHeader, value]], outcome: "challenged" };
}

/** Digest authentication (§22.4) of the request's sender against the HA1 of `username@realm`. */
function authenticate(input: AuthInput, realm: string, scheme: DigestScheme): AuthDecision {
  const { req, now, secret } = input;
  const values = req.headers.getAll(scheme.credentialsHeader);
  let creds: DigestCredentials | undefined;
  for (const v of values) {
    const c = parseAuthorization(v);
    if (c !== undefined && c.realm.toLowerCase() === realm) creds = c;
  }
  if (creds === undefined) {
    if (values.length > 0 && values.every((v) => parseAuthorization(v) === undefined)) return { ok: false, reply: invalid(`Malformed ${scheme.credentialsHeader}`) };
    return { ok: false, reply: challenge(scheme, realm, now, secret, false) };
  }
  const account = input.accountOf(realm, creds.username);
  const verdict = verifyDigest(creds, {
    method: scheme.method,
    ha1: account?.ha1 ?? UNKNOWN_USER_HA1,
    realm: creds.realm,
    secret,
    nowMs: now,
    nonceMaxAgeMs: input.nonceMaxAgeMs,
  });
  if (!verdict.ok) {
    switch (verdict.reason) {
      case "nonce_stale":
        return { ok: false, reply: challenge(scheme, realm, now, secret, true) };
      case "response":
        return { ok: false, reply: forbidden() };
      default:
        // Not a nonce of ours (forged, or from before a secret change): a fresh challenge, as for no credentials.
        return { ok: false, reply: challenge(scheme, realm, now, secret, false) };
    }
  }
  if (account === undefined) return { ok: false, reply: forbidden() };
  return { ok: true, account };
}

const owns = (account: Account, u: SipUri | undefined): boolean => isSipAor(u) && u.user === account.sipUser && u.host.toLowerCase() === account.domain;

/**
 * §10.3 steps 3–5: digest authentication against the HA1 of `sipUser@domain`, where the
 * domain (the realm) is the To URI's host, then authorisation: the authenticated device
 * may change only its own AOR, and (SPEC: no third-party registration) From names it too.
 */
export function authenticateRegister(input: AuthInput): AuthDecision {
  const to = input.req.to?.uri;
  if (!isSipAor(to)) return { ok: false, reply: invalid("To Must Be A SIP AOR") };
  const auth = authenticate(input, to.host.toLowerCase(), REGISTRAR);
  if (!auth.ok) return auth;
  if (!owns(auth.account, to) || !owns(auth.account, input.req.from?.uri)) return { ok: false, reply: forbidden("Not Your Address-Of-Record") };
  return auth;
}

/**
 * A caller proving it is one of the organisations' devices (§22.3: 407, Proxy-Authorization),
 * against the HA1 of the From URI's user in the From host's realm: the device calls as itself.
 */
export function authenticateCaller(input: AuthInput): AuthDecision {
  const from = input.req.from?.uri;
  if (!isSipAor(from)) return { ok: false, reply: forbidden("From Must Be A SIP AOR") };
  const auth = authenticate(input, from.host.toLowerCase(), PROXY);
  if (!auth.ok) return auth;
  if (!owns(auth.account, from)) return { ok: false, reply: forbidden("Not Your Address-Of-Record") };
  return auth;
}

// ------------------------------------------------------------------ bindings

export interface RegisterInput {
  readonly req: SipRequest;
  readonly account: Account;
  /** The AOR's live bindings. */
  readonly current: readonly Binding[];
  readonly now: number;
  readonly policy: RegistrarPolicy;
  readonly flow: BindingFlow;
  readonly nodeId: string;
}

export interface RegisterDecision {
  readonly reply: Reply;
  readonly put: readonly Binding[];
  readonly remove: readonly Binding[];
}

const nothing = (reply: Reply): RegisterDecision => ({ reply, put: [], remove: [] });

function parseSeconds(v: string | undefined): number | undefined | null {
  if (v === undefined) return undefined;
  const s = v.trim();
  if (!/^\d{1,10}$/.test(s)) return null;
  return Number(s);
}

function parseQ(v: string | null | undefined): number | undefined {
  if (v === undefined || v === null || !/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(v.trim())) return undefined;
  return Number(v);
}

/** `expires` param of a Contact in a 200: whole seconds left, never 0 for a live binding. */
function secondsLeft(b: Binding, now: number): number {
  return Math.max(1, Math.ceil((b.expiresAt - now) / 1000));
}

/**
 * §10.3 steps 6–8. Every contact is checked before anything changes, so a refused
 * request (400, 423, 500 out of order, 403 too many) changes no binding.
 */
export function decideRegister(input: RegisterInput): RegisterDecision {
  const { req, account, current, now, policy } = input;
  const callId = req.callId;
  const cseq = req.cseq?.seq;
  if (callId === undefined || cseq === undefined) return nothing(invalid("Missing Call-ID Or CSeq"));
  const headerExpires = parseSeconds(req.headers.get("expires"));
  if (headerExpires === null) return nothing(invalid("Malformed Expires"));
  const contacts = req.contacts;
  if (contacts === null) return nothing(invalid("Malformed Contact"));
  // §10.3 step 7: a binding is changed only by a later request of the same registration (Call-ID) or any other Call-ID.
  const outOfOrder = (b: Binding): boolean => b.callId === callId && cseq <= b.cseq;

  if (contacts === "*") {
    // §10.3 step 6: `*` only with Expires: 0, and alone (the parser already returns a list when `*` is mixed in).
    if (headerExpires !== 0) return nothing(invalid("Wildcard Contact Requires Expires 0"));
    if (current.some(outOfOrder)) return nothing({ status: 500, reason: "Out Of Order Request", headers: [], outcome: "invalid" });
    return { reply: ok([], now), put: [], remove: [...current] };
  }

  const byId = new Map(current.map((b) => [b.id, b]));
  const put = new Map<string, Binding>();
  const remove = new Map<string, Binding>();
  for (const c of contacts) {
    if (c.uri.scheme !== "sip" && c.uri.scheme !== "sips") return nothing(invalid("Contact Must Be A SIP URI"));
    if (c.params.has("expires") && c.expires === undefined) return nothing(invalid("Malformed Contact Expires"));
    const asked = c.expires ?? headerExpires ?? policy.defaultExpires;
    if (asked !== 0 && asked < policy.minExpires) {
      return nothing({ status: 423, headers: [["Min-Expires", String(policy.minExpires)]], outcome: "invalid" });
    }
    const id = contactHash(contactIdentity(c.uri));
    const existing = byId.get(id);
    if (existing !== undefined && outOfOrder(existing)) return nothing({ status: 500, reason: "Out Of Order Request", headers: [], outcome: "invalid" });
    if (asked === 0) {
      put.delete(id);
      if (existing !== undefined) remove.set(id, existing);
      continue;
    }
    remove.delete(id);
    const instance = c.params.get("+sip.instance");
    const regId = parseSeconds(c.params.get("reg-id") ?? undefined);
    const q = parseQ(c.params.get("q"));
    const userAgent = req.headers.get("user-agent");
    put.set(id, {
      id,
      org: account.org,
      user: account.user,
      sipUser: account.sipUser,
      aor: `sip:${account.sipUser}@${account.domain}`,
      deviceKind: account.deviceKind,
      contact: c.uri.raw,
      ...(q !== undefined ? { q } : {}),
      callId,
      cseq,
      expiresAt: now + Math.min(asked, policy.maxExpires) * 1000,
      updatedAt: now,
      flow: input.flow,
      nodeId: input.nodeId,
      ...(typeof instance === "string" ? { instance } : {}),
      ...(typeof regId === "number" ? { regId } : {}),
      ...(userAgent !== undefined ? { userAgent: userAgent.slice(0, 128) } : {}),
    });
  }
  const after = [...current.filter((b) => !put.has(b.id) && !remove.has(b.id)), ...put.values()];
  if (after.length > policy.maxBindingsPerAor) return nothing(forbidden("Too Many Contacts"));
  return { reply: ok(after, now), put: [...put.values()], remove: [...remove.values()] };
}

/** §10.3 step 8: 200 listing every current binding with its remaining time. */
function ok(bindings: readonly Binding[], now: number): Reply {
  const headers: [string, string][] = bindings.map((b) => ["Contact", `<${b.contact}>;expires=${secondsLeft(b, now)}`]);
  headers.push(["Date", new Date(now).toUTCString()]);
  return { status: 200, headers, outcome: "ok" };
}
