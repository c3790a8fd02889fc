/** G4 numbers, organisation number ranges, domains and SIP users across the platform. */
import test from "ava";
import type { Document } from "../../../lib/documents/model.js";
import { parseRange, rangesOverlap } from "../../../lib/documents/numbers.js";
import { validateDocuments, type ValidationResult } from "../../../lib/documents/validate.js";
import { acme, doc, type Raw } from "./fixtures.js";

const beta = (numbers: string[] = ["+35820000000-+35820000099"], domain = "beta.example"): Raw =>
  doc("Organisation", "beta", { domain, numbers });
const group = (org: string, name: string, number: string): Raw => doc("AnswerGroup", name, { number }, org);

function errorsOf(result: ValidationResult): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.document ?? ""} ${e.path}: ${e.reason}`);
}

function storedOf(raw: Raw[]): Document[] {
  const result = validateDocuments(raw, { existing: [] });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.documents;
}

test("G4: a number inside the organisation's range is accepted", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "g", "+35810123499")], { existing: [] })), []);
});

test("G4: a number outside the organisation's ranges is rejected", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "g", "+35810123500")], { existing: [] })), [
    "AnswerGroup acme/g spec.number: is not one of the numbers of organisation acme",
  ]);
});

test("G4: a number of another length is outside the range even if its digits compare within", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "g", "+358101234500")], { existing: [] })), [
    "AnswerGroup acme/g spec.number: is not one of the numbers of organisation acme",
  ]);
});

test("G4: a single owned number (not a range) counts", (t) => {
  const org = doc("Organisation", "acme", { domain: "acme.example", numbers: ["+3589876543"] });
  t.deepEqual(errorsOf(validateDocuments([org, group("acme", "g", "+3589876543")], { existing: [] })), []);
});

test("G4: internal numbers 8000 and 8099 are accepted without owning them", (t) => {
  const org = doc("Organisation", "acme", { domain: "acme.example" });
  t.deepEqual(errorsOf(validateDocuments([org, group("acme", "a", "8000"), group("acme", "b", "8099")], { existing: [] })), []);
});

test("G4: an E.164 number used by two groups of one batch is rejected on both", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "a", "+35810123456"), group("acme", "b", "+35810123456")], { existing: [] })), [
    "AnswerGroup acme/a spec.number: already used by AnswerGroup acme/b",
    "AnswerGroup acme/b spec.number: already used by AnswerGroup acme/a",
  ]);
});

test("G4: an E.164 number already used by a stored group of another organisation is rejected", (t) => {
  // Stored state from before acme took over the block: beta's group still holds the number.
  const stored = storedOf([beta(["+35810123456"]), group("beta", "old", "+35810123456")]);
  const freed = stored.map((d) => (d.kind === "Organisation" ? { ...d, spec: { ...d.spec, numbers: [] } } : d));
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "new", "+35810123456")], { existing: freed })), [
    "AnswerGroup acme/new spec.number: already used by AnswerGroup beta/old",
  ]);
});

test("G4: re-applying a stored group with its own number is not a clash", (t) => {
  const stored = storedOf([acme(), group("acme", "g", "+35810123456")]);
  t.deepEqual(errorsOf(validateDocuments([group("acme", "g", "+35810123456")], { existing: stored })), []);
});

test("G4: an internal number twice in one organisation is rejected", (t) => {
  const stored = storedOf([acme(), group("acme", "a", "8001")]);
  t.deepEqual(errorsOf(validateDocuments([group("acme", "b", "8001")], { existing: stored })), [
    "AnswerGroup acme/b spec.number: already used by AnswerGroup acme/a",
  ]);
});

test("G4: the same internal number in two organisations is fine", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), beta(), group("acme", "a", "8001"), group("beta", "b", "8001")], { existing: [] })), []);
});

test("Organisation numbers: ranges overlapping another organisation's are rejected", (t) => {
  const stored = storedOf([acme()]);
  t.deepEqual(errorsOf(validateDocuments([beta(["+35820000000", "+35810123450-+35810123599"])], { existing: stored })), [
    "Organisation beta/beta spec.numbers[1]: overlaps +35810123400-+35810123499 of Organisation acme/acme",
  ]);
});

test("Organisation numbers: a single number inside another organisation's range is rejected", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), beta(["+35810123400"])], { existing: [] })), [
    "Organisation acme/acme spec.numbers[0]: overlaps +35810123400 of Organisation beta/beta",
    "Organisation beta/beta spec.numbers[0]: overlaps +35810123400-+35810123499 of Organisation acme/acme",
  ]);
});

test("Organisation numbers: adjacent ranges and ranges of another length do not overlap", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), beta(["+35810123500-+35810123599", "+358101234000-+358101234999"])], { existing: [] })), []);
});

test("Organisation numbers: the same entry twice in one organisation is a duplicate", (t) => {
  const org = doc("Organisation", "acme", { domain: "acme.example", numbers: ["+35810123400", "+35810123400"] });
  t.deepEqual(errorsOf(validateDocuments([org], { existing: [] })), ['Organisation acme/acme spec.numbers[1]: duplicate "+35810123400"']);
});

test("Organisation domain: two organisations may not share a SIP domain", (t) => {
  const stored = storedOf([acme()]);
  t.deepEqual(errorsOf(validateDocuments([beta([], "acme.example")], { existing: stored })), [
    "Organisation beta/beta spec.domain: already used by Organisation acme/acme",
  ]);
});

test("sipUser: unique within a realm, across users", (t) => {
  const stored = storedOf([acme(), doc("User", "a", { devices: [{ kind: "desktop", sipUser: "desk", password: "x" }] })]);
  t.deepEqual(errorsOf(validateDocuments([doc("User", "b", { devices: [{ kind: "ipPhone", sipUser: "desk", password: "y" }] })], { existing: stored })), [
    "User acme/b spec.devices[0].sipUser: already used by User acme/a in realm acme.example",
  ]);
});

test("sipUser: unique within one user's devices", (t) => {
  const user = doc("User", "a", {
    devices: [
      { kind: "desktop", sipUser: "desk", password: "x" },
      { kind: "ipPhone", sipUser: "desk", password: "x" },
    ],
  });
  t.deepEqual(errorsOf(validateDocuments([acme(), user], { existing: [] })), [
    "User acme/a spec.devices[1].sipUser: already used by spec.devices[0].sipUser in realm acme.example",
  ]);
});

test("sipUser: the same name in another realm is fine", (t) => {
  const users = [acme(), beta(), doc("User", "a", { devices: [{ kind: "desktop", sipUser: "desk", password: "x" }] })];
  users.push(doc("User", "a", { devices: [{ kind: "desktop", sipUser: "desk", password: "x" }] }, "beta"));
  t.deepEqual(errorsOf(validateDocuments(users, { existing: [] })), []);
});

test("ranges: parse and overlap", (t) => {
  const a = parseRange("+35810123400-+35810123499");
  const b = parseRange("+35810123499");
  const c = parseRange("+35810123500-+35810123599");
  if (typeof a === "string" || typeof b === "string" || typeof c === "string") return t.fail();
  t.true(rangesOverlap(a, b));
  t.false(rangesOverlap(a, c));
  t.is(parseRange("+35810123400-+3581012349"), "range ends must have the same number of digits");
});

test("Organisation numbers: narrowing them is refused while a stored group uses a number left out", (t) => {
  const stored = storedOf([acme(), group("acme", "g", "+35810123456"), group("acme", "t", "8000")]);
  const narrowed = doc("Organisation", "acme", { domain: "acme.example", numbers: ["+35810123400-+35810123449"] });
  t.deepEqual(errorsOf(validateDocuments([narrowed], { existing: stored })), [
    "Organisation acme/acme spec.numbers: must still include +35810123456, the number of AnswerGroup acme/g",
  ]);
  t.deepEqual(errorsOf(validateDocuments([narrowed, group("acme", "g", "+35810123401")], { existing: stored })), []);
});

test("a duplicated group in one batch is reported once, not as a number clash with itself", (t) => {
  t.deepEqual(errorsOf(validateDocuments([acme(), group("acme", "g", "8000"), group("acme", "g", "8000")], { existing: [] })), [
    "AnswerGroup acme/g metadata.name: duplicate of document[1] in this batch",
  ]);
});
