/**
 * `apply`, `validate`, `get` and `delete`: documents between files, the validator
 * and the AdminService.
 */
import { formatFieldError, ValidationError, type FieldError } from "../lib/errors.js";
import type { Kind } from "../lib/documents/model.js";
import { checkFields, validateDocuments } from "../lib/documents/validate.js";
import { loadDocuments, type LoadResult } from "./load.js";
import { formatDocuments, type OutputFormat } from "./output.js";
import { CliError, EXIT_USAGE } from "./errors.js";
import { connect, type GlobalOptions } from "./connect.js";
import type { AdminClient } from "../services/admin/index.js";

async function load(paths: readonly string[], org: string | undefined): Promise<LoadResult> {
  if (paths.length === 0) throw new CliError("-f names no file or directory", EXIT_USAGE);
  const loaded = await loadDocuments(paths, org);
  if (loaded.errors.length > 0) throw new CliError(loaded.errors.join("\nerror: "));
  if (loaded.documents.length === 0) throw new CliError(`no documents in ${paths.join(", ")}`);
  return loaded;
}

/** Names batch positions (`document[3]`) by the file they came from. */
function located(errors: readonly FieldError[], loaded: LoadResult): string {
  return errors
    .map((e) => {
      const index = /^document\[(\d+)\]$/.exec(e.document ?? "")?.[1];
      const source = index === undefined ? undefined : loaded.documents[Number(index)]?.source;
      return formatFieldError(source === undefined ? e : { ...e, document: source });
    })
    .join("\nerror: ");
}

export async function validateOffline(opts: { filename: string[]; org?: string }): Promise<void> {
  const loaded = await load(opts.filename, opts.org);
  const result = validateDocuments(
    loaded.documents.map((d) => d.raw),
    { existing: [] },
  );
  if (!result.ok) throw new CliError(located(result.errors, loaded));
  process.stdout.write(`${result.documents.length} document(s) valid\n`);
}

export async function apply(opts: GlobalOptions & { filename: string[]; org?: string; dryRun?: boolean }): Promise<void> {
  const loaded = await load(opts.filename, opts.org);
  // The protobuf encoding would turn a wrongly typed value into a default and drop an
  // unknown field, so each document's own fields are checked here before sending.
  const raw = loaded.documents.map((d) => d.raw);
  const fieldErrors = checkFields(raw);
  const client = await connect(opts);
  try {
    if (fieldErrors.length > 0) throw new CliError(located(await withServerErrors(client, raw, fieldErrors), loaded));
    const applied = await client.apply(
      loaded.documents.map((d) => d.raw),
      { dryRun: opts.dryRun === true, audio: loaded.audio },
    );
    for (const doc of applied) {
      process.stdout.write(`${doc.kind} ${doc.metadata.organisation}/${doc.metadata.name} ${opts.dryRun === true ? "valid (dry run)" : `applied (version ${doc.metadata.resourceVersion ?? "?"})`}\n`);
    }
  } finally {
    client.close();
  }
}

/**
 * Local field errors plus what only the server can judge (references, numbers in
 * use), so one run lists every problem. The server sees the batch after encoding,
 * so an error at a path already reported locally is its echo and is dropped.
 */
async function withServerErrors(client: AdminClient, raw: readonly unknown[], local: readonly FieldError[]): Promise<FieldError[]> {
  const seen = new Set(local.map((e) => `${e.document ?? ""}\0${e.path}`));
  try {
    await client.validate(raw);
    return [...local];
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return [...local, ...err.errors.filter((e) => !seen.has(`${e.document ?? ""}\0${e.path}`))];
  }
}

function requireOrg(kind: Kind, org: string | undefined, name: string | undefined): string | undefined {
  if (kind === "Organisation") return name;
  if (name !== undefined && org === undefined) throw new CliError(`--org is required to name a ${kind}`, EXIT_USAGE);
  return org;
}

export async function get(opts: GlobalOptions & { kind: Kind; name?: string; org?: string; output: OutputFormat }): Promise<void> {
  const org = requireOrg(opts.kind, opts.org, opts.name);
  const client = await connect(opts);
  try {
    const docs =
      opts.name !== undefined && org !== undefined
        ? [await client.get(opts.kind, org, opts.name)]
        : await client.list(opts.kind, org);
    if (docs.length === 0 && opts.output === "table") {
      process.stderr.write(`no ${opts.kind} found${org !== undefined ? ` in organisation ${org}` : ""}\n`);
      return;
    }
    process.stdout.write(formatDocuments(docs, opts.output));
  } finally {
    client.close();
  }
}

export async function remove(opts: GlobalOptions & { kind: Kind; name: string; org?: string }): Promise<void> {
  const org = requireOrg(opts.kind, opts.org, opts.name) ?? opts.name;
  const client = await connect(opts);
  try {
    await client.delete(opts.kind, org, opts.name);
    process.stdout.write(`${opts.kind} ${org}/${opts.name} deleted\n`);
  } finally {
    client.close();
  }
}
