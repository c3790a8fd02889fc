/**
 * A small promise-based AdminService client for the CLI and tests: model documents in
 * and out, typed RingmeshErrors (with field errors and referrers) on failure.
 */
import { credentials as grpcCredentials, Metadata, type ChannelCredentials, type ServiceError } from "@grpc/grpc-js";
import type { Document, Kind } from "../../../lib/documents/model.js";
import type { AdminServiceClient } from "../../../lib/generated/grpc/ringmesh/v1/AdminService.js";
import type { WatchEvent__Output as PbWatchEventOut } from "../../../lib/generated/grpc/ringmesh/v1/WatchEvent.js";
import { Channel } from "../../../lib/store/channel.js";
import type { WatchEvent } from "../../../lib/store/index.js";
import { documentFromResponse, documentToProto } from "./convert.js";
import { fromStatus } from "./errors.js";
import { grpcTypes } from "./proto.js";

export interface AdminClientTls {
  /** PEM of the CA that signed the server certificate; default: the system roots. */
  readonly ca?: Uint8Array;
  /** Client certificate and key, for servers that require one. */
  readonly cert?: Uint8Array;
  readonly key?: Uint8Array;
}

export interface AdminClientOptions {
  /** host:port */
  readonly address: string;
  readonly token: string;
  /** Absent = plaintext (loopback and tests). */
  readonly tls?: AdminClientTls;
  /** Per-call deadline for unary calls; default 30 s. */
  readonly timeoutMs?: number;
}

export interface AdminClient {
  /** `documents` are plain objects in the SPEC §4 shape (as read from YAML/JSON). */
  apply(documents: readonly unknown[], opts?: { dryRun?: boolean; audio?: ReadonlyMap<string, Uint8Array> }): Promise<Document[]>;
  validate(documents: readonly unknown[], opts?: { audio?: ReadonlyMap<string, Uint8Array> }): Promise<Document[]>;
  get(kind: Kind, organisation: string, name: string): Promise<Document>;
  list(kind?: Kind, organisation?: string): Promise<Document[]>;
  delete(kind: Kind, organisation: string, name: string, resourceVersion?: string): Promise<void>;
  /** Current state as puts, then changes; ends when `signal` aborts or the iterator returns. */
  watch(opts?: { kind?: Kind; organisation?: string; signal?: AbortSignal }): AsyncIterable<WatchEvent>;
  close(): void;
}

function isServiceError(err: unknown): err is ServiceError {
  return err instanceof Error && typeof (err as Partial<ServiceError>).code === "number";
}

/** Channel credentials for `tls` (absent = plaintext); shared by every client of this server. */
export function channelCredentials(tls: AdminClientTls | undefined): ChannelCredentials {
  return tls === undefined
    ? grpcCredentials.createInsecure()
    : grpcCredentials.createSsl(
        tls.ca === undefined ? null : Buffer.from(tls.ca),
        tls.key === undefined ? null : Buffer.from(tls.key),
        tls.cert === undefined ? null : Buffer.from(tls.cert),
      );
}

type UnaryInvoke<Res> = (md: Metadata, options: { deadline: Date }, cb: (err: ServiceError | null, res?: Res) => void) => unknown;

/**
 * What every client of this API shares: the bearer token on each call, a deadline, and
 * callback-style unary methods adapted to promises that reject with typed errors.
 */
export function unaryCalls(opts: AdminClientOptions): { metadata: () => Metadata; call: <Res>(invoke: UnaryInvoke<Res>) => Promise<Res> } {
  const metadata = (): Metadata => {
    const md = new Metadata();
    md.set("authorization", `Bearer ${opts.token}`);
    return md;
  };
  const call = <Res>(invoke: UnaryInvoke<Res>): Promise<Res> =>
    new Promise((resolve, reject) => {
      invoke(metadata(), { deadline: new Date(Date.now() + (opts.timeoutMs ?? 30_000)) }, (err, res) => {
        if (err !== null) reject(fromStatus(err));
        else if (res === undefined) reject(new Error("empty response"));
        else resolve(res);
      });
    });
  return { metadata, call };
}

export function createAdminClient(opts: AdminClientOptions): AdminClient {
  const client: AdminServiceClient = new grpcTypes.ringmesh.v1.AdminService(opts.address, channelCredentials(opts.tls));
  const { metadata, call } = unaryCalls(opts);

  const audioMap = (audio?: ReadonlyMap<string, Uint8Array>): Record<string, Uint8Array> => Object.fromEntries(audio ?? []);

  return {
    async apply(documents, o = {}) {
      const res = await call<{ documents: Parameters<typeof documentFromResponse>[0][] }>((md, options, cb) =>
        client.apply({ documents: documents.map(documentToProto), dryRun: o.dryRun === true, audio: audioMap(o.audio) }, md, options, cb),
      );
      return res.documents.map(documentFromResponse);
    },
    async validate(documents, o = {}) {
      const res = await call<{ documents: Parameters<typeof documentFromResponse>[0][] }>((md, options, cb) =>
        client.validate({ documents: documents.map(documentToProto), audio: audioMap(o.audio) }, md, options, cb),
      );
      return res.documents.map(documentFromResponse);
    },
    async get(kind, organisation, name) {
      return documentFromResponse(await call((md, options, cb) => client.get({ kind, organisation, name }, md, options, cb)));
    },
    async list(kind, organisation) {
      const res = await call<{ documents: Parameters<typeof documentFromResponse>[0][] }>((md, options, cb) =>
        client.list({ kind: kind ?? "", organisation: organisation ?? "" }, md, options, cb),
      );
      return res.documents.map(documentFromResponse);
    },
    async delete(kind, organisation, name, resourceVersion) {
      await call((md, options, cb) => client.delete({ kind, organisation, name, resourceVersion: resourceVersion ?? "" }, md, options, cb));
    },
    watch(o = {}) {
      const stream = client.watch({ kind: o.kind ?? "", organisation: o.organisation ?? "" }, metadata());
      let cancelled = false;
      const onAbort = (): void => channel.end();
      const channel: Channel<WatchEvent> = new Channel<WatchEvent>(() => {
        cancelled = true;
        stream.cancel();
        o.signal?.removeEventListener("abort", onAbort);
      });
      stream.on("data", (e: PbWatchEventOut) => {
        if (e.document === null) return;
        channel.push({ op: e.op === "DELETE" ? "delete" : "put", document: documentFromResponse(e.document), resourceVersion: e.resourceVersion });
      });
      stream.on("error", (err: unknown) => {
        if (cancelled) return;
        channel.end(isServiceError(err) ? fromStatus(err) : err instanceof Error ? err : new Error(String(err)));
      });
      stream.on("end", () => channel.end());
      if (o.signal?.aborted === true) channel.end();
      else o.signal?.addEventListener("abort", onAbort, { once: true });
      return channel;
    },
    close() {
      client.close();
    },
  };
}
