/**
 * The one way raw configuration (YAML, JSON, gRPC messages as plain objects) becomes
 * model documents. A batch is checked as a whole, each document first, then the
 * rules that span documents: references within an organisation, and uniqueness of
 * numbers, domains and SIP users over the platform. Every problem is listed; any
 * problem rejects the whole batch.
 *
 * Validation is idempotent (validating its own output gives the same documents),
 * because the store re-validates what it holds. `referrersOf` reads references with
 * the same parsers, so what validation resolves and what blocks a delete agree.
 */
import { ValidationError, type FieldError } from "../errors.js";
import { API_VERSION, KINDS, documentKey, isInternalNumber, type Document, type DocumentOfKind, type Kind } from "./model.js";
import { parseRange, rangeContains, rangesOverlap, type NumberRange } from "./numbers.js";
import { Reader, absent, isRecord, oneOf, optional, required, struct, text, type Fact, type Issue, type Parser } from "./reader.js";
import { SPEC_PARSERS, objectName } from "./specs.js";

export { digestHa1 } from "./digest.js";

export interface ValidationContext {
  /** Every stored document on the platform (all organisations) that the batch is applied on top of. */
  readonly existing: readonly Document[];
}

export type ValidationResult = { ok: true; documents: Document[] } | { ok: false; errors: FieldError[] };

interface Envelope {
  apiVersion: typeof API_VERSION;
  kind: Kind;
  metadata: { organisation?: string; name: string; resourceVersion?: string };
  spec: unknown;
}

const anything: Parser<unknown> = (v) => v;

const envelope = struct<Envelope>({
  apiVersion: required<typeof API_VERSION>((v, path, r) => (v === API_VERSION ? API_VERSION : r.fail(path, `must be ${API_VERSION}`))),
  kind: required(oneOf(KINDS)),
  metadata: required(
    struct<Envelope["metadata"]>({ organisation: optional(objectName), name: required(objectName), resourceVersion: optional(text(256)) }),
  ),
  spec: required(anything),
});

/** One document of the platform as the cross-document checks see it. */
interface Entry {
  readonly kind: Kind;
  readonly organisation: string;
  readonly name: string;
  readonly label: string;
  /** Part of the batch (errors are reported against it) rather than already stored. */
  readonly batch: boolean;
  /** Its spec read without problems, so rules may rely on it (a broken organisation's numbers are not held against its groups). */
  readonly clean: boolean;
  readonly facts: readonly Fact[];
}

interface BatchItem {
  readonly label: string;
  readonly issues: Issue[];
  /** A second document with the same identity: its fields are checked, but it takes no part in cross-document rules. */
  duplicate?: true;
  entry?: Entry;
  document?: Document;
  envelope?: { kind: Kind; organisation: string; name: string; resourceVersion: string | undefined; spec: unknown };
}

function labelOf(kind: Kind, organisation: string, name: string): string {
  return `${kind} ${organisation}/${name}`;
}

/** Validates a batch as a whole: each document, then references and uniqueness over existing ∪ batch (a batch document replaces the existing one with the same kind/organisation/name). */
export function validateDocuments(raw: readonly unknown[], ctx: ValidationContext): ValidationResult {
  const items = raw.map(readEnvelope);
  const batchKeys = markDuplicates(items);
  const kept = ctx.existing.filter((d) => !batchKeys.has(documentKey(d)));
  const known = new Set([...kept.map((d) => documentKey(d)), ...batchKeys.keys()]);
  const stored: Entry[] = kept.map((d) => ({ ...identity(d.kind, d.metadata.organisation, d.metadata.name), batch: false, clean: true, facts: factsOf(d) }));
  readSpecs(items, kept);

  const itemOf = new Map(items.flatMap((i) => (i.entry === undefined || i.duplicate === true ? [] : [[i.entry, i] as const])));
  const entries = [...stored, ...itemOf.keys()];
  const report = (entry: Entry, path: string, reason: string): void => {
    itemOf.get(entry)?.issues.push({ path, reason });
  };
  checkReferences(entries, known, report);
  checkPlatform(entries, ctx.existing, report);

  const errors = issuesOf(items);
  if (errors.length > 0) return { ok: false, errors };
  const documents = items.map((i) => i.document);
  if (documents.some((d) => d === undefined)) {
    // A parser returned nothing without saying why; refuse rather than drop a document.
    return { ok: false, errors: [{ path: "", reason: "internal error: a document could not be read" }] };
  }
  return { ok: true, documents: documents as Document[] };
}

/**
 * The checks of each document on its own (envelope, fields, ranges, defaults,
 * duplicates in the batch), without references or platform-wide rules. Clients run
 * it before sending, because the wire encoding cannot carry a wrongly typed value
 * or an unknown field to the server's full validation.
 */
export function checkFields(raw: readonly unknown[]): FieldError[] {
  const items = raw.map(readEnvelope);
  markDuplicates(items);
  readSpecs(items, []);
  return issuesOf(items);
}

/**
 * One spec read on its own with every default filled in: the same field rules as a
 * document, without references or platform rules. For tools and the simulator that
 * build specs in code; throws ValidationError listing every field problem.
 */
export function parseSpec<K extends Kind>(kind: K, raw: unknown, realm?: string): DocumentOfKind<K>["spec"] {
  const r = new Reader(realm);
  const spec = SPEC_PARSERS[kind](raw, "spec", r);
  if (r.issues.length > 0 || spec === undefined) {
    throw new ValidationError(r.issues.length > 0 ? r.issues : [{ path: "spec", reason: "could not be read" }]);
  }
  return spec;
}

function issuesOf(items: readonly BatchItem[]): FieldError[] {
  return items.flatMap((item) => item.issues.map((e) => ({ document: item.label, ...e })));
}

/** Identities of the batch; a second document with the same identity is marked and reported. */
function markDuplicates(items: BatchItem[]): Map<string, number> {

  const batchKeys = new Map<string, number>();
  items.forEach((item, i) => {
    const env = item.envelope;
    if (env === undefined) return;
    const key = documentKey({ kind: env.kind, metadata: env });
    const first = batchKeys.get(key);
    if (first === undefined) {
      batchKeys.set(key, i);
      return;
    }
    item.duplicate = true;
    item.issues.push({ path: "metadata.name", reason: `duplicate of document[${first}] in this batch` });
  });
  return batchKeys;
}

/** Reads every spec; organisations first, because their domains are the digest realms of the users' passwords. */
function readSpecs(items: readonly BatchItem[], kept: readonly Document[]): void {
  const realms = new Map<string, string>();
  for (const d of kept) if (d.kind === "Organisation") realms.set(d.metadata.name, d.spec.domain);
  for (const item of items) if (item.envelope?.kind === "Organisation") readSpec(item, realms);
  for (const item of items) if (item.envelope !== undefined && item.envelope.kind !== "Organisation") readSpec(item, realms);
}

function identity(kind: Kind, organisation: string, name: string): Pick<Entry, "kind" | "organisation" | "name" | "label"> {
  return { kind, organisation, name, label: labelOf(kind, organisation, name) };
}

/**
 * Checks the envelope, then takes the document's identity from whatever of it is
 * usable: a document with, say, a wrong apiVersion still resolves references to
 * it and still has its spec read, so one mistake does not cascade into others.
 */
function readEnvelope(raw: unknown, index: number): BatchItem {
  const r = new Reader(undefined);
  envelope(raw, "", r);
  const unnamed = { label: `document[${index}]`, issues: r.issues };
  if (!isRecord(raw) || !isRecord(raw.metadata)) return unnamed;
  const quiet = new Reader(undefined);
  const kind = oneOf(KINDS)(raw.kind, "", quiet);
  const name = objectName(raw.metadata.name, "", quiet);
  if (kind === undefined || name === undefined) return unnamed;
  let organisation = objectName(raw.metadata.organisation, "", quiet);
  if (kind === "Organisation") {
    if (!absent(raw.metadata.organisation) && raw.metadata.organisation !== name) r.fail("metadata.organisation", "must equal metadata.name");
    organisation = name;
  } else if (absent(raw.metadata.organisation)) {
    r.fail("metadata.organisation", "is required");
  }
  if (organisation === undefined) return unnamed;
  const resourceVersion = typeof raw.metadata.resourceVersion === "string" ? raw.metadata.resourceVersion : undefined;
  return { label: labelOf(kind, organisation, name), issues: r.issues, envelope: { kind, organisation, name, resourceVersion, spec: raw.spec } };
}

function readSpec(item: BatchItem, realms: Map<string, string>): void {
  const env = item.envelope;
  if (env === undefined) return;
  const r = new Reader(realms.get(env.organisation));
  // An absent spec is already reported by the envelope check.
  const spec = env.spec === undefined ? undefined : SPEC_PARSERS[env.kind](env.spec, "spec", r);
  item.issues.push(...r.issues);
  item.entry = { ...identity(env.kind, env.organisation, env.name), batch: true, clean: r.issues.length === 0, facts: r.facts };
  if (spec === undefined) return;
  if (env.kind === "Organisation" && r.issues.length === 0) realms.set(env.organisation, (spec as { domain: string }).domain);
  const metadata = { organisation: env.organisation, name: env.name };
  const resourceVersion = env.resourceVersion === undefined ? {} : { resourceVersion: env.resourceVersion };
  // SPEC_PARSERS is indexed by the same kind, so the spec matches the kind.
  item.document = { apiVersion: API_VERSION, kind: env.kind, metadata: { ...metadata, ...resourceVersion }, spec } as Document;
}

/** Reads a stored document again to learn its facts (references, numbers, SIP users). */
function factsOf(doc: Document): readonly Fact[] {
  const r = new Reader(undefined);
  SPEC_PARSERS[doc.kind](doc.spec, "spec", r);
  return r.facts;
}

// ---------------------------------------------------------------- cross-document rules

type Report = (entry: Entry, path: string, reason: string) => void;

function checkReferences(entries: readonly Entry[], known: ReadonlySet<string>, report: Report): void {
  for (const e of entries) {
    if (!e.batch) continue;
    if (e.kind !== "Organisation" && !known.has(documentKey({ kind: "Organisation", metadata: { organisation: e.organisation, name: e.organisation } }))) {
      report(e, "metadata.organisation", `Organisation "${e.organisation}" not found`);
    }
    for (const f of e.facts) {
      if (f.fact !== "reference") continue;
      if (!known.has(documentKey({ kind: f.kind, metadata: { organisation: e.organisation, name: f.name } }))) {
        report(e, f.path, `${f.kind} "${f.name}" not found in organisation ${e.organisation}`);
      }
    }
  }
}

function factsOfType<F extends Fact["fact"]>(e: Entry, fact: F): Extract<Fact, { fact: F }>[] {
  return e.facts.filter((f): f is Extract<Fact, { fact: F }> => f.fact === fact);
}

/**
 * Platform-wide uniqueness. Conflicts are reported against batch documents only:
 * stored documents were accepted before and are not what the caller is changing.
 */
function checkPlatform(entries: readonly Entry[], existing: readonly Document[], report: Report): void {
  const orgs = entries.filter((e) => e.kind === "Organisation");
  const rangesOf = (e: Entry): { range: NumberRange; text: string; path: string }[] =>
    factsOfType(e, "numberRange").flatMap((f) => {
      const range = parseRange(f.range);
      return typeof range === "string" ? [] : [{ range, text: f.range, path: f.path }];
    });
  const domainOf = new Map(orgs.flatMap((o) => factsOfType(o, "domain").map((f) => [o.organisation, f.domain] as const)));

  for (const org of orgs.filter((o) => o.batch)) {
    for (const f of factsOfType(org, "domain")) {
      const other = orgs.find((o) => o !== org && domainOf.get(o.organisation) === f.domain);
      if (other !== undefined) report(org, f.path, `already used by ${other.label}`);
    }
    for (const mine of rangesOf(org)) {
      const clash = orgs
        .filter((o) => o.organisation !== org.organisation)
        .flatMap((o) => rangesOf(o).map((theirs) => ({ o, theirs })))
        .find(({ theirs }) => rangesOverlap(mine.range, theirs.range));
      if (clash !== undefined) report(org, mine.path, `overlaps ${clash.theirs.text} of ${clash.o.label}`);
    }
    checkRealmChange(org, entries, existing, domainOf, report);
  }

  const groups = entries.filter((e) => e.kind === "AnswerGroup");
  const numberOf = (g: Entry): { number: string; path: string } | undefined => factsOfType(g, "groupNumber")[0];

  // Batch groups are checked against their organisation below; stored ones must not lose their number to a narrowed range.
  for (const org of orgs.filter((o) => o.batch && o.clean)) {
    for (const g of groups.filter((e) => !e.batch && e.organisation === org.organisation)) {
      const n = numberOf(g)?.number;
      if (n !== undefined && !isInternalNumber(n) && !rangesOf(org).some((r) => rangeContains(r.range, n))) {
        report(org, "spec.numbers", `must still include ${n}, the number of ${g.label}`);
      }
    }
  }
  for (const g of groups.filter((e) => e.batch)) {
    const n = numberOf(g);
    if (n === undefined) continue;
    const internal = isInternalNumber(n.number);
    const owner = orgs.find((o) => o.organisation === g.organisation);
    if (!internal && owner?.clean === true && !rangesOf(owner).some((r) => rangeContains(r.range, n.number))) {
      report(g, n.path, `is not one of the numbers of organisation ${g.organisation}`);
    }
    // Internal numbers are only reachable from inside the organisation, so each organisation has its own 8000..8099.
    const other = groups.find((o) => o !== g && numberOf(o)?.number === n.number && (!internal || o.organisation === g.organisation));
    if (other !== undefined) report(g, n.path, `already used by ${other.label}`);
  }

  const sipOwners = new Map<string, { entry: Entry; path: string }>();
  const users = entries.filter((e) => e.kind === "User");
  // Stored users first, so a clash is reported on the batch document that introduces it.
  for (const u of [...users.filter((e) => !e.batch), ...users.filter((e) => e.batch)]) {
    const realm = domainOf.get(u.organisation);
    if (realm === undefined) continue;
    for (const f of factsOfType(u, "sipUser")) {
      const key = `${f.sipUser}@${realm}`;
      const prior = sipOwners.get(key);
      if (prior === undefined) sipOwners.set(key, { entry: u, path: f.path });
      else if (u.batch) report(u, f.path, `already used by ${prior.entry === u ? prior.path : prior.entry.label} in realm ${realm}`);
    }
  }
}

/**
 * A stored HA1 hashes the realm in, so changing an organisation's domain would
 * silently break every registration that is not re-hashed from a password in the
 * same batch.
 */
function checkRealmChange(org: Entry, entries: readonly Entry[], existing: readonly Document[], domainOf: ReadonlyMap<string, string>, report: Report): void {
  const before = existing.find((d) => d.kind === "Organisation" && d.metadata.name === org.organisation);
  const after = domainOf.get(org.organisation);
  if (before?.kind !== "Organisation" || after === undefined || before.spec.domain === after) return;
  const stale = entries.filter((e) => e.kind === "User" && e.organisation === org.organisation && factsOfType(e, "ha1").length > 0);
  if (stale.length > 0) {
    report(org, "spec.domain", `changes the digest realm of ${stale.map((e) => e.label).join(", ")}; apply them with passwords in the same batch`);
  }
}

// ---------------------------------------------------------------- deletes

/** Documents (as "Kind organisation/name") that reference the given object; used to refuse deletes (SPEC §4). */
export function referrersOf(target: { kind: Kind; organisation: string; name: string }, documents: readonly Document[]): string[] {
  const targetKey = documentKey({ kind: target.kind, metadata: target });
  return documents
    .filter((d) => d.metadata.organisation === target.organisation && documentKey(d) !== targetKey)
    .filter(
      (d) => target.kind === "Organisation" || factsOf(d).some((f) => f.fact === "reference" && f.kind === target.kind && f.name === target.name),
    )
    .map((d) => labelOf(d.kind, d.metadata.organisation, d.metadata.name));
}
