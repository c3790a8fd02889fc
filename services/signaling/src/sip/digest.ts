import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { quote, unquote } from "./grammar.js";

/**
 * HTTP Digest for SIP (RFC 3261 §22.4 over RFC 2617, algorithms from RFC 7616), qop=auth.
 * Credentials are checked against a stored HA1, never a password. Nonces are stateless:
 * `<issued-at ms>.<random>.<HMAC(secret, issued-at.random.realm)>`, so any replica with the
 * secret verifies them and a stale one is told apart from a forged one (RFC 2617 §3.2.1 `stale`).
 * Not covered: nonce-count replay tracking (needs shared state), qop=auth-int, `-sess` variants.
 */

export type DigestAlgorithm = "MD5" | "SHA-256";

export interface DigestCredentials {
  readonly username: string;
  readonly realm: string;
  readonly nonce: string;
  readonly uri: string;
  readonly response: string;
  readonly algorithm: DigestAlgorithm;
  readonly qop?: string;
  readonly nc?: string;
  readonly cnonce?: string;
  readonly opaque?: string;
}

const HASH: Readonly<Record<DigestAlgorithm, string>> = { MD5: "md5", "SHA-256": "sha256" };

function h(alg: DigestAlgorithm, s: string): string {
  return createHash(HASH[alg]).update(s).digest("hex");
}

/** HA1 = H(username:realm:password), what a user store keeps instead of the password. */
export function computeHa1(username: string, realm: string, password: string, alg: DigestAlgorithm = "MD5"): string {
  return h(alg, `${username}:${realm}:${password}`);
}

/** request-digest per RFC 2617 §3.2.2.1 (qop=auth, or the RFC 2069 form without qop). */
export function computeResponse(
  ha1: string,
  method: string,
  creds: Pick<DigestCredentials, "nonce" | "uri" | "qop" | "nc" | "cnonce" | "algorithm">,
): string {
  const ha2 = h(creds.algorithm, `${method}:${creds.uri}`);
  return creds.qop === undefined
    ? h(creds.algorithm, `${ha1}:${creds.nonce}:${ha2}`)
    : h(creds.algorithm, `${ha1}:${creds.nonce}:${creds.nc ?? ""}:${creds.cnonce ?? ""}:${creds.qop}:${ha2}`);
}

/** `Digest k=v, k="v"` → lower-case keys; quoted values unquoted. */
export function parseAuthParams(value: string): Map<string, string> | undefined {
  const s = value.trim();
  const sp = s.search(/\s/);
  if (sp < 0 || s.slice(0, sp).toLowerCase() !== "digest") return undefined;
  const out = new Map<string, string>();
  let i = sp;
  while (i < s.length) {
    while (i < s.length && /[\s,]/.test(s[i] ?? "")) i++;
    if (i >= s.length) break;
    const eq = s.indexOf("=", i);
    if (eq < 0) return undefined;
    const key = s.slice(i, eq).trim().toLowerCase();
    let j = eq + 1;
    while (j < s.length && /\s/.test(s[j] ?? "")) j++;
    let val: string;
    if (s[j] === '"') {
      let k = j + 1;
      while (k < s.length && s[k] !== '"') k += s[k] === "\\" ? 2 : 1;
      if (k >= s.length) return undefined;
      val = unquote(s.slice(j, k + 1));
      i = k + 1;
    } else {
      let k = j;
      while (k < s.length && s[k] !== ",") k++;
      val = s.slice(j, k).trim();
      i = k;
    }
    if (key.length === 0) return undefined;
    out.set(key, val);
  }
  return out;
}

/** An `Authorization`/`Proxy-Authorization` value, or `undefined` when not a usable Digest. */
export function parseAuthorization(value: string): DigestCredentials | undefined {
  const p = parseAuthParams(value);
  if (p === undefined) return undefined;
  const username = p.get("username");
  const realm = p.get("realm");
  const nonce = p.get("nonce");
  const uri = p.get("uri");
  const response = p.get("response");
  if (username === undefined || realm === undefined || nonce === undefined || uri === undefined || response === undefined) return undefined;
  const algRaw = (p.get("algorithm") ?? "MD5").toUpperCase();
  if (algRaw !== "MD5" && algRaw !== "SHA-256") return undefined;
  const creds: { -readonly [K in keyof DigestCredentials]: DigestCredentials[K] } = { username, realm, nonce, uri, response, algorithm: algRaw };
  const qop = p.get("qop");
  if (qop !== undefined) {
    const nc = p.get("nc");
    const cnonce = p.get("cnonce");
    if (qop !== "auth" || nc === undefined || cnonce === undefined) return undefined;
    Object.assign(creds, { qop, nc, cnonce });
  }
  const opaque = p.get("opaque");
  if (opaque !== undefined) creds.opaque = opaque;
  return creds;
}

function sign(secret: string | Buffer, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url").slice(0, 22);
}

export function createNonce(secret: string | Buffer, realm: string, nowMs: number): string {
  const payload = `${nowMs.toString(36)}.${randomBytes(9).toString("base64url")}`;
  return `${payload}.${sign(secret, `${payload}.${realm}`)}`;
}

export type NonceVerdict = "valid" | "stale" | "invalid";

export function verifyNonce(secret: string | Buffer, realm: string, nonce: string, nowMs: number, maxAgeMs: number): NonceVerdict {
  const last = nonce.lastIndexOf(".");
  if (last <= 0) return "invalid";
  const payload = nonce.slice(0, last);
  const expected = Buffer.from(sign(secret, `${payload}.${realm}`));
  const got = Buffer.from(nonce.slice(last + 1));
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) return "invalid";
  const issued = parseInt(payload.slice(0, payload.indexOf(".")), 36);
  if (!Number.isFinite(issued) || issued > nowMs + 1000) return "invalid";
  return nowMs - issued > maxAgeMs ? "stale" : "valid";
}

export interface ChallengeOptions {
  readonly realm: string;
  readonly nonce: string;
  readonly stale?: boolean;
  readonly opaque?: string;
  readonly algorithm?: DigestAlgorithm;
}

/** `WWW-Authenticate` (401) or `Proxy-Authenticate` (407) value, RFC 3261 §22.4 / RFC 2617 §3.2.1. */
export function buildChallenge(o: ChallengeOptions): string {
  let out = `Digest realm=${quote(o.realm)}, nonce=${quote(o.nonce)}, algorithm=${o.algorithm ?? "MD5"}, qop="auth"`;
  if (o.opaque !== undefined) out += `, opaque=${quote(o.opaque)}`;
  if (o.stale === true) out += ", stale=TRUE";
  return out;
}

export type DigestVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "realm" | "nonce_invalid" | "nonce_stale" | "response" };

export interface VerifyOptions {
  readonly method: string;
  readonly ha1: string;
  readonly realm: string;
  readonly secret: string | Buffer;
  readonly nowMs: number;
  /** How long a nonce stays fresh; a stale one earns a new challenge with `stale=TRUE`. */
  readonly nonceMaxAgeMs: number;
}

export function verifyDigest(creds: DigestCredentials, o: VerifyOptions): DigestVerdict {
  if (creds.realm !== o.realm) return { ok: false, reason: "realm" };
  const nonce = verifyNonce(o.secret, o.realm, creds.nonce, o.nowMs, o.nonceMaxAgeMs);
  if (nonce === "invalid") return { ok: false, reason: "nonce_invalid" };
  if (!responseMatches(creds, o.ha1, o.method)) return { ok: false, reason: "response" };
  return nonce === "stale" ? { ok: false, reason: "nonce_stale" } : { ok: true };
}

/** Compares the request-digest only (no nonce check): for vectors and for nonces issued elsewhere. */
export function responseMatches(creds: DigestCredentials, ha1: string, method: string): boolean {
  const expected = Buffer.from(computeResponse(ha1, method, creds));
  const got = Buffer.from(creds.response.toLowerCase());
  return got.length === expected.length && timingSafeEqual(got, expected);
}
