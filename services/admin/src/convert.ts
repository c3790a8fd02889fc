/**
 * The one place documents cross between model objects and AdminService messages.
 *
 * proto → raw (server side, before validation): proto3 cannot tell an absent field
 * from one set to its zero value, so non-`optional` fields at their zero value are
 * dropped; every such field's documented default is its zero value, so the validator
 * fills in the same thing. `optional` fields are kept exactly when present (the
 * loader marks them with a `_field` virtual oneof). The `spec` oneof member named by
 * `kind` becomes `spec`.
 *
 * model → proto (responses): device credentials are removed.
 * proto → model (client side): the server only sends validated documents; unused
 * fields of the flat Destination/Device/ScheduleException messages are dropped again.
 */
import type { Destination, Document, Kind } from "../../../lib/documents/model.js";
import type { Document as PbDocument, Document__Output as PbDocumentOut } from "../../../lib/generated/grpc/ringmesh/v1/Document.js";

type SpecField = NonNullable<PbDocument["spec"]>;

export const SPEC_FIELD: Readonly<Record<Kind, SpecField>> = {
  Organisation: "organisation",
  User: "user",
  Announcement: "announcement",
  Schedule: "schedule",
  IvrMenu: "ivrMenu",
  AnswerGroup: "answerGroup",
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function isZero(v: unknown): boolean {
  return v === null || v === undefined || v === "" || v === 0 || v === false || (Array.isArray(v) && v.length === 0);
}

/** Drops zero-valued non-optional fields and the loader's virtual oneof markers. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isRecord(value)) return value;
  const present = new Set<string>();
  for (const [k, v] of Object.entries(value)) if (k.startsWith("_") && typeof v === "string") present.add(v);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith("_")) continue;
    if (present.has(k) || !isZero(v)) out[k] = prune(v);
  }
  return out;
}

/** A request document as the plain object (SPEC §4 shape) the validator takes. */
export function documentFromProto(d: PbDocumentOut): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  if (d.apiVersion !== "") raw["apiVersion"] = d.apiVersion;
  if (d.kind !== "") raw["kind"] = d.kind;
  if (d.metadata !== null) raw["metadata"] = prune(d.metadata);
  if (d.spec !== undefined) raw["spec"] = prune(d[d.spec]);
  return raw;
}

/** A plain document (as read from YAML) as a request message. */
export function documentToProto(raw: unknown): PbDocument {
  if (!isRecord(raw)) return {};
  const { apiVersion, kind, metadata, spec } = raw;
  const msg: PbDocument = {};
  if (typeof apiVersion === "string") msg.apiVersion = apiVersion;
  if (typeof kind === "string") msg.kind = kind;
  if (isRecord(metadata)) msg.metadata = metadata;
  const field = typeof kind === "string" ? (SPEC_FIELD as Partial<Record<string, SpecField>>)[kind] : undefined;
  if (field !== undefined && isRecord(spec)) Object.assign(msg, { [field]: spec });
  return msg;
}

/** A stored document as a response message, without device credentials. */
export function responseDocument(doc: Document): PbDocument {
  const metadata = { organisation: doc.metadata.organisation, name: doc.metadata.name, resourceVersion: doc.metadata.resourceVersion ?? "" };
  const base = { apiVersion: doc.apiVersion, kind: doc.kind, metadata };
  if (doc.kind === "User") {
    const devices = doc.spec.devices.map((d) => (d.kind === "mobile" ? { kind: d.kind, number: d.number } : { kind: d.kind, sipUser: d.sipUser }));
    return { ...base, user: { ...doc.spec, devices } };
  }
  return { ...base, [SPEC_FIELD[doc.kind]]: doc.spec };
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith("_")).map(([k, v]) => [k, strip(v)]));
}

function destination(v: unknown): Destination {
  const d = isRecord(v) ? v : {};
  const s = (k: string): string => (typeof d[k] === "string" ? d[k] : "");
  switch (s("type")) {
    case "group": return { type: "group", group: s("group") };
    case "user": return { type: "user", user: s("user") };
    case "voicemail": return { type: "voicemail", user: s("user") };
    case "ivr": return { type: "ivr", ivr: s("ivr") };
    case "external": return { type: "external", number: s("number") };
    case "announcement": return { type: "announcement", announcement: s("announcement") };
    default: return { type: "disconnect" };
  }
}

function at(o: Record<string, unknown>, k: string): Record<string, unknown> {
  const v = o[k];
  return isRecord(v) ? v : {};
}

/**
 * A response message as a model document. Device `ha1` is empty: the API never
 * returns credentials.
 */
export function documentFromResponse(d: PbDocumentOut): Document {
  const spec = d.spec === undefined ? {} : at(strip(d) as Record<string, unknown>, d.spec);
  const metadata: Record<string, unknown> = { organisation: d.metadata?.organisation ?? "", name: d.metadata?.name ?? "" };
  if (d.metadata !== null && d.metadata.resourceVersion !== "") metadata["resourceVersion"] = d.metadata.resourceVersion;
  switch (d.kind) {
    case "User":
      spec["devices"] = (Array.isArray(spec["devices"]) ? spec["devices"] : []).map((x: unknown) => {
        const dev = isRecord(x) ? x : {};
        return dev["kind"] === "mobile" ? { kind: "mobile", number: dev["number"] } : { kind: dev["kind"], sipUser: dev["sipUser"], ha1: "" };
      });
      break;
    case "Schedule":
      spec["closedDestination"] = destination(spec["closedDestination"]);
      spec["exceptions"] = (Array.isArray(spec["exceptions"]) ? spec["exceptions"] : []).map((x: unknown) => {
        const e = isRecord(x) ? x : {};
        return e["closed"] === true ? { date: e["date"], closed: true } : { date: e["date"], closed: false, open: e["open"], close: e["close"] };
      });
      break;
    case "IvrMenu":
      spec["options"] = Object.fromEntries(Object.entries(at(spec, "options")).map(([k, v]) => [k, destination(v)]));
      spec["defaultDestination"] = destination(spec["defaultDestination"]);
      break;
    case "AnswerGroup": {
      const queue = at(spec, "queue");
      queue["noAgentsDestination"] = destination(queue["noAgentsDestination"]);
      queue["overflowDestination"] = destination(queue["overflowDestination"]);
      spec["queue"] = queue;
      break;
    }
    default:
      break;
  }
  // The server sends only documents it validated, so the shape is the model's.
  return { apiVersion: d.apiVersion, kind: d.kind, metadata, spec } as unknown as Document;
}
