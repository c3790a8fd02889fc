/**
 * How the CLI shows documents: a table by default (like kubectl), or the documents
 * themselves as YAML or JSON, which `apply -f` accepts back.
 */
import { stringify } from "yaml";
import type { Document } from "../lib/documents/model.js";

export const OUTPUT_FORMATS = ["table", "yaml", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

function columns(doc: Document): Record<string, string> {
  switch (doc.kind) {
    case "Organisation":
      return { DOMAIN: doc.spec.domain, NUMBERS: doc.spec.numbers.join(",") };
    case "User":
      return { DISPLAY: doc.spec.displayName, PRESENCE: doc.spec.presence, DEVICES: doc.spec.devices.map((d) => d.kind).join(",") };
    case "Announcement":
      return { FILE: doc.spec.file, SHA256: doc.spec.sha256.slice(0, 12) };
    case "Schedule":
      return { ZONE: doc.spec.timeZone, INTERVALS: String(doc.spec.weekly.length), EXCEPTIONS: String(doc.spec.exceptions.length) };
    case "IvrMenu":
      return { PROMPT: doc.spec.prompt, OPTIONS: Object.keys(doc.spec.options).join("") };
    case "AnswerGroup":
      return {
        NUMBER: doc.spec.number,
        MODE: doc.spec.routing.mode,
        MEMBERS: String(doc.spec.members.length),
        SCHEDULE: doc.spec.schedule === "" ? "-" : doc.spec.schedule,
      };
  }
}

export function table(rows: readonly Record<string, string>[]): string {
  if (rows.length === 0) return "";
  const headers = Object.keys(rows[0] ?? {});
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("   ").trimEnd();
  return [line(headers), ...rows.map((r) => line(headers.map((h) => r[h] ?? "")))].join("\n") + "\n";
}

/** Credentials are never returned by the API; their empty placeholders are not shown either. */
function shown(doc: Document): Document {
  if (doc.kind !== "User") return doc;
  const devices = doc.spec.devices.map((d) => {
    if (d.kind === "mobile") return d;
    const { ha1: _ha1, ...rest } = d;
    return rest as typeof d;
  });
  return { ...doc, spec: { ...doc.spec, devices } };
}

export function formatDocuments(all: readonly Document[], format: OutputFormat): string {
  const docs = all.map(shown);
  if (format === "json") return JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2) + "\n";
  if (format === "yaml") return docs.map((d) => stringify(d)).join("---\n");
  if (docs.length === 0) return "";
  const kinds = new Set(docs.map((d) => d.kind));
  return table(
    docs.map((d) => ({
      ...(kinds.size > 1 ? { KIND: d.kind } : {}),
      ORGANISATION: d.metadata.organisation,
      NAME: d.metadata.name,
      ...columns(d),
      VERSION: d.metadata.resourceVersion ?? "",
    })),
  );
}
