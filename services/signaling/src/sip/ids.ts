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

/**
 * Ids stamped with a node: `<random>.<node>`. A cluster's nodes share device connections
 * (transport/relay.ts): the node holding a connection reads from the branch of a response,
 * or the To-tag of an in-dialog request, which node's transaction or dialog it belongs to,
 * keeping no per-call state. Node ids are subject tokens, so they hold no `.`; the random
 * part has a fixed shape, so ids minted elsewhere (a phone's own tags) never decode.
 */
const NODE_TOKEN = "[A-Za-z0-9_-]+";
const STAMPED_TAG = new RegExp(`^[0-9a-f]{12}\\.(${NODE_TOKEN})$`);
const STAMPED_BRANCH = new RegExp(`^${BRANCH_MAGIC_COOKIE}[0-9a-f]{20}\\.(${NODE_TOKEN})$`);

function stamped(id: string, node: string | undefined): string {
  return node === undefined ? id : `${id}.${node}`;
}

/** `node` set: the tag names it (see `nodeOfTag`). */
export function newTag(node?: string): string {
  return stamped(randomHex(6), node);
}

/** `node` set: the branch names it (see `nodeOfBranch`). */
export function newBranch(node?: string): string {
  return stamped(BRANCH_MAGIC_COOKIE + randomHex(10), node);
}

export function newCallId(host?: string): string {
  const id = randomHex(12);
  return host === undefined ? id : `${id}@${host}`;
}

/** The node a tag minted by `newTag(node)` names; undefined for any other tag. */
export function nodeOfTag(tag: string): string | undefined {
  return STAMPED_TAG.exec(tag)?.[1];
}

/** The node a branch minted by `newBranch(node)` names; undefined for any other branch. */
export function nodeOfBranch(branch: string): string | undefined {
  return STAMPED_BRANCH.exec(branch)?.[1];
}
