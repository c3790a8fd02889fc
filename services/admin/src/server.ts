/**
 * AdminService over a DocumentStore. Every call authenticates its bearer token, checks
 * the caller's role against each document it touches (another organisation's object
 * is PERMISSION_DENIED, never NOT_FOUND), and fails through the one status table in
 * errors.ts.
 */
import { readFile } from "node:fs/promises";
import { once } from "node:events";
import {
  Server,
  ServerCredentials,
  type Metadata,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceError,
} from "@grpc/grpc-js";
import { KINDS, type Document, type Kind } from "../../../lib/documents/model.js";
import { PermissionDeniedError, UnauthenticatedError, UnavailableError, ValidationError, errorMessage } from "../../../lib/errors.js";
import type { Logger } from "../../../lib/log.js";
import type { DocumentStore } from "../../../lib/store/index.js";
import type { AdminServiceHandlers } from "../../../lib/generated/grpc/ringmesh/v1/AdminService.js";
import type { Document__Output as PbDocumentOut } from "../../../lib/generated/grpc/ringmesh/v1/Document.js";
import type { WatchEvent as PbWatchEvent } from "../../../lib/generated/grpc/ringmesh/v1/WatchEvent.js";
import { assertCanWrite, assertOrganisationVisible, canRead, TokenRegistry, type Principal, type TokenGrant } from "./auth.js";
import { documentFromProto, responseDocument } from "./convert.js";
import { toStatus } from "./errors.js";
import { adminService } from "./proto.js";
import { supervisionHandlers, type ActorAsker } from "./supervision.js";
import { supervisionService } from "./proto.js";
import { systemClock, type Clock } from "../../../lib/clock.js";

export interface TlsFiles {
  readonly cert: string;
  readonly key: string;
  /** When set, clients must present a certificate signed by this CA. */
  readonly ca?: string;
}

export interface AdminServerOptions {
  readonly store: DocumentStore;
  readonly tokens: TokenRegistry | readonly TokenGrant[];
  readonly port: number;
  /** Default 0.0.0.0. */
  readonly host?: string;
  readonly tls?: TlsFiles;
  readonly logger: Logger;
  /** How long stop() lets unary calls finish before cutting them; default 5000 ms. */
  readonly drainMs?: number;
  /** The routing actors: with it the server also offers SupervisionService (supervision.ts). */
  readonly runtime?: ActorAsker;
  /** For supervision figures (wait times); default the system clock. */
  readonly clock?: Clock;
}

export interface AdminServer {
  readonly port: number;
  /** Idempotent: stops accepting calls, ends watch streams, drains, then closes. */
  stop(): Promise<void>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function principalOf(tokens: TokenRegistry, md: Metadata): Principal {
  const header = md.get("authorization")[0];
  const m = typeof header === "string" ? BEARER.exec(header) : null;
  const token = m?.[1];
  if (token === undefined) throw new UnauthenticatedError("missing bearer token");
  const p = tokens.authenticate(token);
  if (p === undefined) throw new UnauthenticatedError("unknown token");
  return p;
}

function kindOf(kind: string, path = "kind"): Kind {
  if (!(KINDS as readonly string[]).includes(kind)) throw new ValidationError([{ path, reason: `must be one of ${KINDS.join(", ")}` }]);
  return kind as Kind;
}

function optionalKind(kind: string): Kind | undefined {
  return kind === "" ? undefined : kindOf(kind);
}

/** Organisation a raw (not yet validated) document would be stored under. */
function rawOrganisation(raw: Record<string, unknown>): { kind: string; organisation: string } {
  const md = typeof raw["metadata"] === "object" && raw["metadata"] !== null ? (raw["metadata"] as Record<string, unknown>) : {};
  const kind = typeof raw["kind"] === "string" ? raw["kind"] : "";
  const org = kind === "Organisation" ? (md["organisation"] ?? md["name"]) : md["organisation"];
  return { kind, organisation: typeof org === "string" ? org : "" };
}

export async function startAdminServer(opts: AdminServerOptions): Promise<AdminServer> {
  const { store, logger } = opts;
  const tokens = opts.tokens instanceof TokenRegistry ? opts.tokens : new TokenRegistry(opts.tokens);
  const watches = new Set<AbortController>();
  let stopping = false;

  function fail(callback: sendUnaryData<never>, err: unknown, method: string): void {
    const s = toStatus(err);
    if (s.internal) logger.error({ err, method }, "admin call failed");
    const e: Partial<ServiceError> = { code: s.code, details: s.details, metadata: s.metadata, message: s.details };
    callback(e, null);
  }

  function unary<Req, Res>(method: string, run: (p: Principal, req: Req) => Promise<Res>) {
    return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>): void => {
      const go = async (): Promise<Res> => {
        if (stopping) throw new UnavailableError("server is stopping");
        return run(principalOf(tokens, call.metadata), call.request);
      };
      go().then(
        (res) => callback(null, res),
        (err: unknown) => fail(callback as sendUnaryData<never>, err, method),
      );
    };
  }

  function prepareBatch(p: Principal, docs: readonly PbDocumentOut[]): Record<string, unknown>[] {
    const raw = docs.map(documentFromProto);
    for (const r of raw) {
      const { kind, organisation } = rawOrganisation(r);
      // Unnamed or malformed documents are the validator's to report; permission needs a name.
      if (organisation !== "") assertCanWrite(p, kind, organisation);
      else if (p.role !== "platformAdmin") assertCanWrite(p, kind, "");
    }
    return raw;
  }

  const handlers: AdminServiceHandlers = {
    Apply: unary("Apply", async (p, req) => {
      const raw = prepareBatch(p, req.documents);
      const docs = await store.apply(raw, { dryRun: req.dryRun, audio: new Map(Object.entries(req.audio)) });
      return { documents: docs.map(responseDocument) };
    }),
    Validate: unary("Validate", async (p, req) => {
      const raw = prepareBatch(p, req.documents);
      const docs = await store.apply(raw, { dryRun: true, audio: new Map(Object.entries(req.audio)) });
      return { documents: docs.map(responseDocument) };
    }),
    Get: unary("Get", async (p, req) => {
      const kind = kindOf(req.kind);
      assertOrganisationVisible(p, req.organisation);
      const doc = await store.get(kind, req.organisation, req.name);
      if (!canRead(p, doc)) throw new PermissionDeniedError(`role ${p.role} cannot read ${kind} ${req.organisation}/${req.name}`);
      return responseDocument(doc);
    }),
    List: unary("List", async (p, req) => {
      const kind = optionalKind(req.kind);
      const organisation = req.organisation === "" ? p.organisation : req.organisation;
      if (organisation !== undefined) assertOrganisationVisible(p, organisation);
      const docs = await store.list(kind, organisation);
      return { documents: docs.filter((d) => canRead(p, d)).map(responseDocument) };
    }),
    Delete: unary("Delete", async (p, req) => {
      const kind = kindOf(req.kind);
      assertCanWrite(p, kind, req.organisation);
      await store.delete(kind, req.organisation, req.name, req.resourceVersion === "" ? undefined : req.resourceVersion);
      return {};
    }),
    Watch: (call: ServerWritableStream<{ kind: string; organisation: string }, PbWatchEvent>): void => {
      const abort = new AbortController();
      const run = async (): Promise<void> => {
        if (stopping) throw new UnavailableError("server is stopping");
        const p = principalOf(tokens, call.metadata);
        const kind = optionalKind(call.request.kind);
        const organisation = call.request.organisation === "" ? p.organisation : call.request.organisation;
        if (organisation !== undefined) assertOrganisationVisible(p, organisation);
        watches.add(abort);
        call.on("cancelled", () => abort.abort());
        const wanted = (d: Document): boolean =>
          (kind === undefined || d.kind === kind) && (organisation === undefined || d.metadata.organisation === organisation) && canRead(p, d);
        for await (const e of store.watch({ signal: abort.signal })) {
          if (!wanted(e.document)) continue;
          const ok = call.write({ op: e.op === "put" ? "PUT" : "DELETE", document: responseDocument(e.document), resourceVersion: e.resourceVersion });
          if (!ok) await once(call, "drain", { signal: abort.signal }).catch(() => undefined);
        }
      };
      run().then(
        () => call.end(),
        (err: unknown) => {
          const s = toStatus(err);
          if (s.internal) logger.error({ err: errorMessage(err), method: "Watch" }, "admin watch failed");
          // grpc-js ends a server stream with a status when the stream emits it as 'error'.
          call.emit("error", { code: s.code, details: s.details, metadata: s.metadata });
        },
      ).finally(() => watches.delete(abort));
    },
  };

  const server = new Server();
  server.addService(adminService, handlers);
  if (opts.runtime !== undefined) {
    server.addService(supervisionService, supervisionHandlers({ store, runtime: opts.runtime, clock: opts.clock ?? systemClock }, unary));
  }
  let credentials = ServerCredentials.createInsecure();
  if (opts.tls !== undefined) {
    const [cert, key, ca] = await Promise.all([readFile(opts.tls.cert), readFile(opts.tls.key), opts.tls.ca === undefined ? null : readFile(opts.tls.ca)]);
    credentials = ServerCredentials.createSsl(ca, [{ cert_chain: cert, private_key: key }], ca !== null);
  }
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${opts.host ?? "0.0.0.0"}:${opts.port}`, credentials, (err, p) => (err === null ? resolve(p) : reject(err)));
  });
  logger.info({ port, tls: opts.tls !== undefined }, "admin API listening");

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      stopping = true;
      for (const w of watches) w.abort();
      const drained = new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), opts.drainMs ?? 5000)));
      if ((await Promise.race([drained, timedOut])) === "timeout") server.forceShutdown();
      clearTimeout(timer);
      logger.info("admin API stopped");
    })();
    return stopped;
  };
  return { port, stop };
}
