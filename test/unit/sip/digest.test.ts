import { createHash } from "node:crypto";
import test from "ava";
import { buildChallenge, computeHa1, createNonce, parseAuthorization, parseAuthParams, responseMatches, verifyDigest, verifyNonce } from "../../../services/signaling/index.js";
import { REGISTER } from "./samples.js";

test("RFC 2617 §3.5 vector (MD5, qop=auth)", (t) => {
  const ha1 = computeHa1("Mufasa", "testrealm@host.com", "Circle Of Life");
  const creds = parseAuthorization(
    'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
  );
  if (creds === undefined) return t.fail("parse");
  t.is(creds.opaque, "5ccc069c403ebaf9f0171e9517f40e41");
  t.true(responseMatches(creds, ha1, "GET"));
  t.false(responseMatches(creds, ha1, "POST"));
  t.false(responseMatches(creds, computeHa1("Mufasa", "testrealm@host.com", "circle of life"), "GET"));
});

test("RFC 7616 §3.9.1 vectors (MD5 and SHA-256)", (t) => {
  const base = 'Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"';
  const md5 = parseAuthorization(`${base}, algorithm=MD5, response="8ca523f5e9506fed4657c9700eebdbec"`);
  const sha = parseAuthorization(`${base}, algorithm=SHA-256, response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"`);
  if (md5 === undefined || sha === undefined) return t.fail("parse");
  t.true(responseMatches(md5, computeHa1("Mufasa", "http-auth@example.org", "Circle of Life", "MD5"), "GET"));
  t.true(responseMatches(sha, computeHa1("Mufasa", "http-auth@example.org", "Circle of Life", "SHA-256"), "GET"));
});

test("Authorization from a REGISTER parses; incomplete or non-Digest values are rejected", (t) => {
  const value = /^Authorization: (.*)$/m.exec(REGISTER)?.[1]?.trim() ?? "";
  const c = parseAuthorization(value);
  t.is(c?.username, "agent7");
  t.is(c?.uri, "sip:ringmesh.example.com");
  t.is(c?.qop, "auth");
  t.is(parseAuthorization('Basic dXNlcjpwYXNz'), undefined);
  t.is(parseAuthorization('Digest username="a", realm="r"'), undefined);
  t.is(parseAuthorization('Digest username="a", realm="r", nonce="n", uri="u", response="x", qop=auth'), undefined, "qop without nc/cnonce");
  t.is(parseAuthParams('Digest realm="a\\"b"')?.get("realm"), 'a"b');
});

test("stateless nonce: valid, stale after max age, invalid when forged or from another realm", (t) => {
  const secret = "s3cret";
  const nonce = createNonce(secret, "ringmesh", 1_000_000);
  t.is(verifyNonce(secret, "ringmesh", nonce, 1_000_500, 30_000), "valid");
  t.is(verifyNonce(secret, "ringmesh", nonce, 1_031_001, 30_000), "stale");
  t.is(verifyNonce("other", "ringmesh", nonce, 1_000_500, 30_000), "invalid");
  t.is(verifyNonce(secret, "elsewhere", nonce, 1_000_500, 30_000), "invalid");
  t.is(verifyNonce(secret, "ringmesh", nonce.replace(/^[0-9a-z]+/, (m) => (parseInt(m, 36) + 1).toString(36)), 1_000_500, 30_000), "invalid");
  t.is(verifyNonce(secret, "ringmesh", "nodots", 0, 1), "invalid");
});

test("challenge → client answer → verifyDigest against stored HA1", (t) => {
  const secret = Buffer.from("k");
  const realm = "ringmesh.example.com";
  const nonce = createNonce(secret, realm, 5_000);
  const challenge = buildChallenge({ realm, nonce, opaque: "op" });
  t.regex(challenge, /^Digest realm="ringmesh\.example\.com", nonce="[^"]+", algorithm=MD5, qop="auth", opaque="op"$/);
  const ha1 = computeHa1("agent7", realm, "pw");
  const answer = (password: string) => {
    const h = computeHa1("agent7", realm, password);
    // The client side computed independently, as a phone would.
    const ha2 = createHash("md5").update("REGISTER:sip:ringmesh.example.com").digest("hex");
    const response = createHash("md5").update(`${h}:${nonce}:00000001:abc:auth:${ha2}`).digest("hex");
    return parseAuthorization(`Digest username="agent7", realm="${realm}", nonce="${nonce}", uri="sip:ringmesh.example.com", response="${response}", qop=auth, nc=00000001, cnonce="abc"`);
  };
  const opts = { method: "REGISTER", ha1, realm, secret, nowMs: 6_000, nonceMaxAgeMs: 60_000 };
  const good = answer("pw");
  const bad = answer("nope");
  if (good === undefined || bad === undefined) return t.fail("parse");
  t.deepEqual(verifyDigest(good, opts), { ok: true });
  t.deepEqual(verifyDigest(bad, opts), { ok: false, reason: "response" });
  t.deepEqual(verifyDigest(good, { ...opts, nowMs: 100_000 }), { ok: false, reason: "nonce_stale" });
  t.deepEqual(verifyDigest(good, { ...opts, realm: "x" }), { ok: false, reason: "realm" });
  t.regex(buildChallenge({ realm, nonce, stale: true }), /stale=TRUE$/);
});
