/**
 * Reads configuration documents from files and directories for `apply` and
 * `validate`: multi-document YAML (`---`) and JSON (an object or an array), with
 * every parse error reported by file and line. Announcement audio named by
 * `spec.file` (relative to the document's file) is read so it can be uploaded.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, extname, join, relative, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

const DOCUMENT_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

export interface LoadedDocument {
  readonly raw: unknown;
  /** `file` or `file#n` (the n-th document of a multi-document file, from 1). */
  readonly source: string;
}

export interface LoadResult {
  readonly documents: LoadedDocument[];
  /** Audio bytes keyed `organisation/name` of the Announcement that names them. */
  readonly audio: Map<string, Uint8Array>;
  /** Problems reading or parsing, each naming its file (and line). */
  readonly errors: string[];
}

async function documentFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...(await documentFiles(full)));
    else if (DOCUMENT_EXTENSIONS.has(extname(entry.name))) out.push(full);
  }
  return out;
}

function parseFile(file: string, text: string, shown: string): { docs: LoadedDocument[]; errors: string[] } {
  if (extname(file) === ".json") {
    try {
      const value: unknown = JSON.parse(text);
      const list = Array.isArray(value) ? (value as unknown[]) : [value];
      return { docs: list.map((raw, i) => ({ raw, source: list.length > 1 ? `${shown}#${i + 1}` : shown })), errors: [] };
    } catch (err) {
      return { docs: [], errors: [`${shown}: invalid JSON: ${(err as Error).message}`] };
    }
  }
  const docs: LoadedDocument[] = [];
  const errors: string[] = [];
  const parsed = parseAllDocuments(text, { prettyErrors: true });
  const list = Array.isArray(parsed) ? parsed : [parsed];
  list.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0].line;
        errors.push(`${shown}${line !== undefined ? `:${line}` : ""}: invalid YAML: ${e.message.split("\n")[0] ?? e.message}`);
      }
      return;
    }
    const raw: unknown = doc.toJS();
    if (raw === null || raw === undefined) return; // an empty document between `---` separators
    docs.push({ raw, source: list.length > 1 ? `${shown}#${i + 1}` : shown });
  });
  return { docs, errors };
}

function announcementFile(raw: unknown): { key: string; file: string } | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const doc = raw as { kind?: unknown; metadata?: { organisation?: unknown; name?: unknown }; spec?: { file?: unknown } };
  if (doc.kind !== "Announcement" || typeof doc.spec?.file !== "string") return undefined;
  const { organisation, name } = doc.metadata ?? {};
  if (typeof organisation !== "string" || typeof name !== "string") return undefined;
  return { key: `${organisation}/${name}`, file: doc.spec.file };
}

/**
 * Loads every document under `paths`. `defaultOrg` fills a missing
 * `metadata.organisation` (like kubectl's namespace); a document naming another
 * organisation is reported, not silently moved.
 */
export async function loadDocuments(paths: readonly string[], defaultOrg?: string): Promise<LoadResult> {
  const documents: LoadedDocument[] = [];
  const audio = new Map<string, Uint8Array>();
  const errors: string[] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = await documentFiles(path);
    } catch (err) {
      errors.push(`${path}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : (err as Error).message}`);
      continue;
    }
    if (files.length === 0) errors.push(`${path}: no .yaml, .yml or .json files`);
    for (const file of files) {
      const shown = relative(process.cwd(), file) || file;
      const parsed = parseFile(file, await readFile(file, "utf8"), shown);
      errors.push(...parsed.errors);
      for (const doc of parsed.docs) {
        const scoped = scopeToOrg(doc, defaultOrg);
        if (typeof scoped === "string") {
          errors.push(scoped);
          continue;
        }
        documents.push(scoped);
        const ann = announcementFile(scoped.raw);
        if (ann === undefined) continue;
        const audioPath = resolve(dirname(file), ann.file);
        try {
          audio.set(ann.key, await readFile(audioPath));
        } catch {
          errors.push(`${doc.source}: spec.file: cannot read ${relative(process.cwd(), audioPath) || audioPath}`);
        }
      }
    }
  }
  return { documents, audio, errors };
}

function scopeToOrg(doc: LoadedDocument, org: string | undefined): LoadedDocument | string {
  if (org === undefined || typeof doc.raw !== "object" || doc.raw === null) return doc;
  const raw = doc.raw as { kind?: unknown; metadata?: Record<string, unknown> };
  const metadata = raw.metadata ?? {};
  const field = raw.kind === "Organisation" ? "name" : "organisation";
  const current = metadata[field];
  if (current === undefined) return { ...doc, raw: { ...raw, metadata: { ...metadata, [field]: org } } };
  if (current !== org) return `${doc.source}: metadata.${field} is ${JSON.stringify(current)} but --org is ${JSON.stringify(org)}`;
  return doc;
}
