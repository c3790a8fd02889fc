/**
 * The `ringmesh` command. Exit status: 0 success, 1 a request was rejected (every
 * error printed), 2 a usage error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { ConfigError, formatFieldError, RingmeshError, ValidationError } from "../lib/errors.js";
import { VERSION } from "../lib/metrics.js";
import { parseKind, KIND_HELP } from "./kinds.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output.js";
import * as documents from "./documents.js";
import { CliError, EXIT_OK, EXIT_REJECTED, EXIT_USAGE } from "./errors.js";
import { tailEvents } from "./events.js";
import { runStart } from "./start.js";
import { registerSupervision } from "./supervision.js";


function kindArg(value: string) {
  const kind = parseKind(value);
  if (kind === undefined) throw new InvalidArgumentError(`unknown kind; known: ${KIND_HELP}`);
  return kind;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function program(): Command {
  const cmd = new Command("ringmesh")
    .description("Ringmesh call-routing cluster")
    .version(VERSION)
    .option("--addr <host:port>", "API address (RINGMESH_ADDR, default 127.0.0.1:50051)")
    .option("--data-dir <dir>", "data directory (RINGMESH_DATA_DIR, default ./data)")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  const output = () =>
    new Option("-o, --output <format>", "output format").choices(OUTPUT_FORMATS).default("table" satisfies OutputFormat);
  const global = () => cmd.opts<{ addr?: string; dataDir?: string }>();

  cmd
    .command("start")
    .description("start a node: all services in one process, or --services")
    .option("--services <list>", "comma list of admin, queue-actor, agent-actor, scheduler, signaling")
    .option("--bootstrap <dir>", "apply these documents when the store is empty (first start)")
    .action((opts: { services?: string; bootstrap?: string }) => runStart({ ...global(), ...opts }));

  cmd
    .command("events")
    .description("an organisation's routing events as JSON lines, read from NATS; the nodes publish them while this runs")
    .requiredOption("--org <org>", "organisation")
    .option("--nats <url>", "NATS server(s), comma list (NATS_URL, default nats://127.0.0.1:4222)")
    .action((opts: { org: string; nats?: string }) => tailEvents(opts));

  cmd
    .command("apply")
    .description("create or update documents from files or directories, atomically")
    .requiredOption("-f, --filename <path>", "file or directory (repeatable)", collect, [])
    .option("--org <org>", "organisation for documents that name none")
    .option("--dry-run", "validate on the server against the stored state; store nothing")
    .action((opts: { filename: string[]; org?: string; dryRun?: boolean }) => documents.apply({ ...global(), ...opts }));

  cmd
    .command("validate")
    .description("validate documents offline (no server): fields, defaults and references within the given set")
    .requiredOption("-f, --filename <path>", "file or directory (repeatable)", collect, [])
    .option("--org <org>", "organisation for documents that name none")
    .action((opts: { filename: string[]; org?: string }) => documents.validateOffline(opts));

  cmd
    .command("get")
    .description(`list or show documents; KIND: ${KIND_HELP}`)
    .argument("<kind>", "document kind", kindArg)
    .argument("[name]", "document name")
    .option("--org <org>", "organisation")
    .addOption(output())
    .action((kind: ReturnType<typeof kindArg>, name: string | undefined, opts: { org?: string; output: OutputFormat }) =>
      documents.get({ ...global(), ...opts, kind, ...(name !== undefined ? { name } : {}) }));

  cmd
    .command("delete")
    .description("delete a document (refused while others reference it)")
    .argument("<kind>", "document kind", kindArg)
    .argument("<name>", "document name")
    .option("--org <org>", "organisation")
    .action((kind: ReturnType<typeof kindArg>, name: string, opts: { org?: string }) =>
      documents.remove({ ...global(), ...opts, kind, name }));

  registerSupervision(cmd, global);

  return cmd;
}

function report(err: unknown): number {
  if (err instanceof CommanderError) {
    return err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help"
      ? EXIT_OK
      : EXIT_USAGE;
  }
  if (err instanceof CliError) {
    process.stderr.write(`error: ${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof ValidationError) {
    for (const e of err.errors) process.stderr.write(`error: ${formatFieldError(e)}\n`);
    return EXIT_REJECTED;
  }
  if (err instanceof ConfigError) {
    process.stderr.write(`error: ${err.message}\n`);
    return EXIT_USAGE;
  }
  if (err instanceof RingmeshError) {
    process.stderr.write(`error: ${err.message}\n`);
    return EXIT_REJECTED;
  }
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return EXIT_REJECTED;
}

/** Runs the CLI; resolves to the exit status (long-running `start` resolves when it stops). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync(argv, { from: "user" });
    return EXIT_OK;
  } catch (err) {
    return report(err);
  }
}
