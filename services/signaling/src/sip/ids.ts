import { randomBytes } from "node:crypto";
import { BRANCH_MAGIC_COOKIE } from "./constants.js";

/**
 * Random identifiers: tags need ≥ 32 random bits (RFC 3261 §19.3), branches must be
 * unique in space and time and start with the magic cookie (§8.1.1.7), Call-IDs must
 * be globally unique (§8.1.1.4). One pooled CSPRNG read serves many ids.
 */
const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let offset = 0;

function randomHex(bytes: number): string {
  if (offset + bytes > POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const out = pool.toString("hex", offset, offset + bytes);
  offset += bytes;
  return out;
}

export function newTag(): string {
  return randomHex(6);
}

export function newBranch(): string {
  return BRANCH_MAGIC_COOKIE + randomHex(10);
}

export function newCallId(host?: string): string {
  const id = randomHex(12);
  return host === undefined ? id : `${id}@${host}`;
}
