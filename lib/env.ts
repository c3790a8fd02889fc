/**
 * The one place a process reads its environment (SPEC §5). Everything is parsed and
 * checked at start; a bad value fails fast with a message naming the variable.
 */
import { isIP } from "node:net";
import { hostname } from "node:os";
import { resolve } from "node:path";
import { ConfigError } from "./errors.js";

type Env = Readonly<Record<string, string | undefined>>;

export const SERVICE_NAMES = ["admin", "queue-actor", "agent-actor", "scheduler", "signaling"] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
  readonly caFile?: string;
}

export interface ServerConfig {
  /** Unset: embedded single-process mode (file store, in-process actors). */
  readonly natsUrl?: string;
  readonly nodeId: string;
  readonly host: string;
  readonly sipPort: number;
  /** SIP over WebSocket (RFC 7118) for browser softphones; unset: no WebSocket listener. */
  readonly sipWsPort?: number;
  /** `SIP_TLS_PORT`, `SIP_WSS_PORT`: SIP over TLS (RFC 3261 §26) and secure WebSocket with the node's certificate (`tls`); unset: none. */
  readonly sipTlsPort?: number;
  readonly sipWssPort?: number;
  /** `SIP_TRUNK`: SIP URI of the outbound trunk (external destinations, mobile devices); unset: none. */
  readonly sipTrunk?: string;
  /**
   * Admission control (perf G9): past these a new INVITE/REGISTER gets 503 with
   * Retry-After. `SIP_MAX_CALLS` concurrent calls, `SIP_MAX_CPS` new calls per second,
   * `SIP_MAX_REGISTER_RPS` REGISTERs per second node-wide and
   * `SIP_MAX_REGISTER_RPS_PER_SOURCE` per source address. Unset: no limit.
   * `SIP_OVERLOAD_DELAY_MS` (default 20, `off` to disable): the adaptive limit on call
   * setups in flight, cut while the node is busy and its smoothed delay (event-loop
   * lateness, the SIP UDP socket's receive-queue wait, or setup time over the unloaded
   * one) is over this many ms, so a node past its capacity refuses the excess without
   * anyone having configured that capacity (services/signaling/src/admission/overload.ts).
   */
  readonly sipLimits: SipLimits;
  /**
   * `SIP_DRAIN_SECONDS` (default 30): on SIGTERM signaling refuses new calls and lets the
   * ones it holds finish for up to this long, then ends the rest. Kubernetes'
   * terminationGracePeriodSeconds must exceed it (plus a few seconds to close), or the
   * pod is killed mid-drain; deploy/ gives signaling 3600.
   */
  readonly sipDrainSeconds: number;
  /**
   * `SIP_UDP_BUFFER_BYTES` (default 4 MiB, 64 KiB..256 MiB): receive and send buffer of
   * the SIP UDP socket. A burst that arrives while the event loop is busy (a GC) waits
   * there; a full buffer drops datagrams, and a dropped INVITE costs its caller T1 (500 ms).
   * Linux caps it at net.core.rmem_max/wmem_max (the node logs the size it got).
   */
  readonly sipUdpBufferBytes: number;
  /**
   * `SIP_TRUSTED_PEERS`: comma-separated addresses or CIDR blocks (IPv4, IPv6) of the
   * peers whose P-Asserted-Identity names the caller (RFC 3325 §5: the trust domain, e.g.
   * the carrier's SBCs). From anyone else the header is ignored. Unset: nobody.
   */
  readonly sipTrustedPeers: readonly string[];
  readonly grpcPort: number;
  readonly metricsPort: number;
  readonly dataDir: string;
  readonly tokensFile?: string;
  /** `RINGMESH_TOKENS`: the same token list inline (YAML/JSON), e.g. from a Secret exposed as a variable. */
  readonly tokens?: string;
  readonly tls?: TlsFiles;
  readonly logLevel: string;
  readonly services: readonly ServiceName[];
}

export interface SipLimits {
  readonly maxCalls?: number;
  readonly maxCps?: number;
  readonly maxRegisterRps?: number;
  readonly maxRegisterRpsPerSource?: number;
  /** Unset only when `SIP_OVERLOAD_DELAY_MS=off`. */
  readonly overloadDelayMs?: number;
}

export const DEFAULT_SIP_DRAIN_SECONDS = 30;
/** Half the 50 ms perf G9 allows a 503; the rest is for the network and the peer. */
export const DEFAULT_SIP_OVERLOAD_DELAY_MS = 20;
export const DEFAULT_SIP_UDP_BUFFER_BYTES = 4 * 1024 * 1024;

export interface ClientConfig {
  readonly address: string;
  readonly token?: string;
  readonly dataDir: string;
  readonly caFile?: string;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number 0..65535, got ${JSON.stringify(raw)}`);
  return n;
}

/** A whole number ≥ 1, or undefined when unset. */
function positiveInt(env: Env, name: string): number | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || !Number.isSafeInteger(n)) throw new ConfigError(`${name} must be a whole number ≥ 1, got ${JSON.stringify(raw)}`);
  return n;
}

function sipLimits(env: Env): SipLimits {
  const entries: [keyof SipLimits, number | undefined][] = [
    ["maxCalls", positiveInt(env, "SIP_MAX_CALLS")],
    ["maxCps", positiveInt(env, "SIP_MAX_CPS")],
    ["maxRegisterRps", positiveInt(env, "SIP_MAX_REGISTER_RPS")],
    ["maxRegisterRpsPerSource", positiveInt(env, "SIP_MAX_REGISTER_RPS_PER_SOURCE")],
    ["overloadDelayMs", overloadDelayMs(env)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

function overloadDelayMs(env: Env): number | undefined {
  const raw = optional(env, "SIP_OVERLOAD_DELAY_MS");
  if (raw === undefined) return DEFAULT_SIP_OVERLOAD_DELAY_MS;
  if (raw === "off") return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 10_000) throw new ConfigError(`SIP_OVERLOAD_DELAY_MS must be off or a whole number of milliseconds 1..10000, got ${JSON.stringify(raw)}`);
  return n;
}

function drainSeconds(env: Env): number {
  const raw = optional(env, "SIP_DRAIN_SECONDS");
  if (raw === undefined) return DEFAULT_SIP_DRAIN_SECONDS;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) throw new ConfigError(`SIP_DRAIN_SECONDS must be a whole number of seconds ≥ 0, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

function udpBufferBytes(env: Env): number {
  const raw = optional(env, "SIP_UDP_BUFFER_BYTES");
  if (raw === undefined) return DEFAULT_SIP_UDP_BUFFER_BYTES;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 65_536 || n > 268_435_456) throw new ConfigError(`SIP_UDP_BUFFER_BYTES must be a whole number of bytes 65536..268435456, got ${JSON.stringify(raw)}`);
  return n;
}

/** `address[/bits]`; `bits` is whatever follows the first slash. */
export function splitCidr(entry: string): { readonly address: string; readonly bits: string | undefined } {
  const slash = entry.indexOf("/");
  return slash < 0 ? { address: entry, bits: undefined } : { address: entry.slice(0, slash), bits: entry.slice(slash + 1) };
}

/** Validated here, so the node never starts with a trust list it would read differently. */
function trustedPeers(env: Env): string[] {
  const raw = optional(env, "SIP_TRUSTED_PEERS");
  if (raw === undefined) return [];
  const entries = raw.split(",").map((e) => e.trim()).filter((e) => e !== "");
  const bad = entries.filter((e) => {
    const { address, bits } = splitCidr(e);
    const family = isIP(address);
    if (family === 0) return true;
    return bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128));
  });
  if (bad.length > 0) throw new ConfigError(`SIP_TRUSTED_PEERS: not an IP address or CIDR block: ${bad.map((b) => JSON.stringify(b)).join(", ")}`);
  return entries;
}

function optional(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v === "" ? undefined : v;
}

function tls(env: Env): TlsFiles | undefined {
  const certFile = optional(env, "RINGMESH_TLS_CERT");
  const keyFile = optional(env, "RINGMESH_TLS_KEY");
  const caFile = optional(env, "RINGMESH_TLS_CA");
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    throw new ConfigError("RINGMESH_TLS_CERT and RINGMESH_TLS_KEY must be set together");
  }
  return caFile === undefined ? { certFile, keyFile } : { certFile, keyFile, caFile };
}

export function parseServiceList(raw: string, source: string): ServiceName[] {
  const names = raw.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) throw new ConfigError(`${source} names no service (known: ${SERVICE_NAMES.join(", ")})`);
  const unknown = names.filter((n) => !(SERVICE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new ConfigError(`${source}: unknown service(s) ${unknown.join(", ")} (known: ${SERVICE_NAMES.join(", ")})`);
  }
  return [...new Set(names)] as ServiceName[];
}

/**
 * The NATS servers: `override` (a command-line flag) or `NATS_URL`, a comma list of
 * nats://, tls://, ws:// or wss:// URLs; undefined when neither is set.
 */
export function natsUrlOf(env: Env, override?: string): string | undefined {
  const natsUrl = override ?? optional(env, "NATS_URL");
  if (natsUrl !== undefined && !/^(nats|tls|ws|wss):\/\/[^\s]+$/.test(natsUrl.split(",")[0] ?? "")) {
    throw new ConfigError(`NATS_URL must look like nats://host:port[,nats://…], got ${JSON.stringify(natsUrl)}`);
  }
  return natsUrl;
}

/** Server process settings; `overrides` are command-line flags, which win over the environment. */
export function loadServerConfig(env: Env, overrides: { dataDir?: string; services?: string } = {}): ServerConfig {
  const natsUrl = natsUrlOf(env);
  const logLevel = optional(env, "LOG_LEVEL") ?? "info";
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
  const nodeId = optional(env, "RINGMESH_NODE_ID") ?? `${hostname()}-${process.pid}`.replace(/[^A-Za-z0-9_-]/g, "-");
  if (!/^[A-Za-z0-9_-]+$/.test(nodeId)) throw new ConfigError("RINGMESH_NODE_ID may contain only A-Z a-z 0-9 _ -");
  const servicesRaw = overrides.services ?? optional(env, "RINGMESH_SERVICES");
  const tlsFiles = tls(env);
  const tokensFile = optional(env, "RINGMESH_TOKENS_FILE");
  const tokens = optional(env, "RINGMESH_TOKENS");
  if (tokensFile !== undefined && tokens !== undefined) {
    throw new ConfigError("set RINGMESH_TOKENS_FILE or RINGMESH_TOKENS, not both: which list would win is not obvious");
  }
  const optionalPort = (name: string): number | undefined => (optional(env, name) === undefined ? undefined : port(env, name, 0));
  const sipWsPort = optionalPort("SIP_WS_PORT");
  const sipTlsPort = optionalPort("SIP_TLS_PORT");
  const sipWssPort = optionalPort("SIP_WSS_PORT");
  for (const [name, p] of [["SIP_TLS_PORT", sipTlsPort], ["SIP_WSS_PORT", sipWssPort]] as const) {
    if (p !== undefined && tlsFiles === undefined) throw new ConfigError(`${name} needs the node's certificate: set RINGMESH_TLS_CERT and RINGMESH_TLS_KEY`);
  }
  const sipTrunk = optional(env, "SIP_TRUNK");
  if (sipTrunk !== undefined && !/^sips?:[^\s@]+$/.test(sipTrunk)) {
    throw new ConfigError(`SIP_TRUNK must be a SIP URI without user part, e.g. sip:192.0.2.10:5060;transport=tcp, got ${JSON.stringify(sipTrunk)}`);
  }
  return {
    ...(natsUrl !== undefined ? { natsUrl } : {}),
    nodeId,
    host: optional(env, "RINGMESH_HOST") ?? "0.0.0.0",
    sipPort: port(env, "SIP_PORT", 5060),
    ...(sipWsPort !== undefined ? { sipWsPort } : {}),
    ...(sipTlsPort !== undefined ? { sipTlsPort } : {}),
    ...(sipWssPort !== undefined ? { sipWssPort } : {}),
    ...(sipTrunk !== undefined ? { sipTrunk } : {}),
    sipLimits: sipLimits(env),
    sipDrainSeconds: drainSeconds(env),
    sipUdpBufferBytes: udpBufferBytes(env),
    sipTrustedPeers: trustedPeers(env),
    grpcPort: port(env, "GRPC_PORT", 50051),
    metricsPort: port(env, "METRICS_PORT", 9464),
    dataDir: resolve(overrides.dataDir ?? optional(env, "RINGMESH_DATA_DIR") ?? "./data"),
    ...(tokensFile !== undefined ? { tokensFile } : {}),
    ...(tokens !== undefined ? { tokens } : {}),
    ...(tlsFiles !== undefined ? { tls: tlsFiles } : {}),
    logLevel,
    services: servicesRaw === undefined ? [...SERVICE_NAMES] : parseServiceList(servicesRaw, servicesRaw === overrides.services ? "--services" : "RINGMESH_SERVICES"),
  };
}

/** CLI settings for reaching a running cluster's API. */
export function loadClientConfig(env: Env, overrides: { dataDir?: string; address?: string } = {}): ClientConfig {
  const address = overrides.address ?? optional(env, "RINGMESH_ADDR") ?? "127.0.0.1:50051";
  if (!/^[^\s:]+:\d+$/.test(address) && !/^\[[0-9a-fA-F:]+\]:\d+$/.test(address)) {
    throw new ConfigError(`RINGMESH_ADDR must be host:port, got ${JSON.stringify(address)}`);
  }
  const token = optional(env, "RINGMESH_TOKEN");
  const caFile = optional(env, "RINGMESH_TLS_CA");
  return {
    address,
    dataDir: resolve(overrides.dataDir ?? optional(env, "RINGMESH_DATA_DIR") ?? "./data"),
    ...(token !== undefined ? { token } : {}),
    ...(caFile !== undefined ? { caFile } : {}),
  };
}
