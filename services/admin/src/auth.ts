/**
 * Bearer tokens and what each role may see and change.
 *
 *   platformAdmin   everything, including Organisation documents (number pools, domains)
 *   orgAdmin        read and change its organisation's objects (not its Organisation document)
 *   supervisor      read the AnswerGroups naming it in M2 supervisors, and its own User
 *   agent           read its own User
 *
 * Tokens are kept only as SHA-256 digests and compared in constant time against all of
 * them, so neither memory dumps nor timing reveal a token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Document } from "../../../lib/documents/model.js";
import { ConfigError, PermissionDeniedError } from "../../../lib/errors.js";

export const ROLES = ["platformAdmin", "orgAdmin", "supervisor", "agent"] as const;
export type Role = (typeof ROLES)[number];

export interface TokenGrant {
  readonly token: string;
  readonly role: Role;
  /** Required for every role but platformAdmin. */
  readonly organisation?: string;
  /** Required for supervisor and agent: the User's name. */
  readonly user?: string;
}

export interface Principal {
  readonly role: Role;
  readonly organisation?: string;
  readonly user?: string;
}

const digest = (token: string): Buffer => createHash("sha256").update(token, "utf8").digest();

export class TokenRegistry {
  private readonly entries: readonly { digest: Buffer; principal: Principal }[];

  constructor(grants: readonly TokenGrant[]) {
    this.entries = grants.map((g, i) => {
      const where = `tokens[${i}]`;
      if (typeof g.token !== "string" || g.token.length < 16) throw new ConfigError(`${where}.token: must be a string of at least 16 characters`);
      if (!(ROLES as readonly string[]).includes(g.role)) throw new ConfigError(`${where}.role: must be one of ${ROLES.join(", ")}`);
      if (g.role !== "platformAdmin" && (typeof g.organisation !== "string" || g.organisation === "")) {
        throw new ConfigError(`${where}.organisation: required for role ${g.role}`);
      }
      if ((g.role === "supervisor" || g.role === "agent") && (typeof g.user !== "string" || g.user === "")) {
        throw new ConfigError(`${where}.user: required for role ${g.role}`);
      }
      const principal: Principal = {
        role: g.role,
        ...(g.role !== "platformAdmin" ? { organisation: g.organisation } : {}),
        ...(g.role === "supervisor" || g.role === "agent" ? { user: g.user } : {}),
      };
      return { digest: digest(g.token), principal };
    });
  }

  authenticate(token: string): Principal | undefined {
    const d = digest(token);
    let found: Principal | undefined;
    for (const e of this.entries) if (timingSafeEqual(e.digest, d) && found === undefined) found = e.principal;
    return found;
  }
}

/** A JSON or YAML list of `{token, role, organisation?, user?}`; `source` names it in errors. */
export function parseTokens(text: string, source: string): TokenGrant[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${source}: not JSON or YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`${source}: must be a list of {token, role, organisation?, user?}`);
  return parsed.map((g: unknown, i) => {
    if (typeof g !== "object" || g === null) throw new ConfigError(`${source}[${i}]: must be an object`);
    return g as TokenGrant;
  });
}

export async function loadTokensFile(path: string): Promise<TokenGrant[]> {
  return parseTokens(await readFile(path, "utf8"), path);
}

/**
 * The platform admin token of a data directory: created (32 random bytes, base64url,
 * mode 0600) on first start, read back on every later one.
 */
export async function ensureAdminToken(dataDir: string): Promise<{ token: string; path: string; created: boolean }> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, "admin.token");
  const token = randomBytes(32).toString("base64url");
  try {
    // `wx`: two processes starting together never both create it.
    const fh = await open(path, "wx", 0o600);
    try {
      await fh.writeFile(`${token}\n`);
      await fh.sync();
    } finally {
      await fh.close();
    }
    return { token, path, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const existing = (await readFile(path, "utf8")).trim();
  if (existing === "") throw new ConfigError(`${path}: empty admin token file; delete it to create a new one`);
  return { token: existing, path, created: false };
}

// ---------------------------------------------------------------- decisions

function ownOrganisation(p: Principal, organisation: string): boolean {
  return p.role === "platformAdmin" || p.organisation === organisation;
}

/** Throws PERMISSION_DENIED unless the principal may look into this organisation at all. */
export function assertOrganisationVisible(p: Principal, organisation: string): void {
  if (!ownOrganisation(p, organisation)) throw new PermissionDeniedError(`no access to organisation ${organisation}`);
}

export function canRead(p: Principal, doc: Document): boolean {
  if (!ownOrganisation(p, doc.metadata.organisation)) return false;
  switch (p.role) {
    case "platformAdmin":
    case "orgAdmin":
      return true;
    case "supervisor":
      return (doc.kind === "AnswerGroup" && p.user !== undefined && doc.spec.supervisors.includes(p.user)) || (doc.kind === "User" && doc.metadata.name === p.user);
    case "agent":
      return doc.kind === "User" && doc.metadata.name === p.user;
  }
}

/** Throws PERMISSION_DENIED unless the principal may create, change or delete this object. */
export function assertCanWrite(p: Principal, kind: string, organisation: string): void {
  if (p.role === "platformAdmin") return;
  if (p.role !== "orgAdmin") throw new PermissionDeniedError(`role ${p.role} cannot change documents`);
  if (p.organisation !== organisation) throw new PermissionDeniedError(`no access to organisation ${organisation}`);
  if (kind === "Organisation") throw new PermissionDeniedError("only a platform admin changes Organisation documents");
}
