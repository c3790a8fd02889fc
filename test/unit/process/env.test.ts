import test from "ava";
import { ConfigError } from "../../../lib/errors.js";
import { DEFAULT_SIP_OVERLOAD_DELAY_MS, DEFAULT_SIP_UDP_BUFFER_BYTES, loadClientConfig, natsUrlOf, loadServerConfig, SERVICE_NAMES } from "../../../lib/env.js";

test("SPEC §5 defaults: SIP 5060, gRPC 50051, metrics 9464, all services, embedded without NATS_URL", (t) => {
  const c = loadServerConfig({});
  t.is(c.sipPort, 5060);
  t.is(c.grpcPort, 50051);
  t.is(c.metricsPort, 9464);
  t.deepEqual(c.services, [...SERVICE_NAMES]);
  t.is(c.natsUrl, undefined);
  t.true(c.dataDir.endsWith("/data"));
});

test("flags win over the environment", (t) => {
  const c = loadServerConfig({ RINGMESH_DATA_DIR: "/a", RINGMESH_SERVICES: "admin" }, { dataDir: "/b", services: "signaling,admin" });
  t.is(c.dataDir, "/b");
  t.deepEqual(c.services, ["signaling", "admin"]);
});

test("SIP_WS_PORT: unset means no WebSocket listener; set, a checked port", (t) => {
  t.is(loadServerConfig({}).sipWsPort, undefined);
  t.is(loadServerConfig({ SIP_WS_PORT: "" }).sipWsPort, undefined);
  t.is(loadServerConfig({ SIP_WS_PORT: "5066" }).sipWsPort, 5066);
  t.throws(() => loadServerConfig({ SIP_WS_PORT: "ws" }), { instanceOf: ConfigError, message: /SIP_WS_PORT/ });
});

test("SIP_TLS_PORT / SIP_WSS_PORT: checked ports that need the node's certificate", (t) => {
  const cert = { RINGMESH_TLS_CERT: "/c.pem", RINGMESH_TLS_KEY: "/k.pem" };
  t.is(loadServerConfig(cert).sipTlsPort, undefined);
  t.like(loadServerConfig({ ...cert, SIP_TLS_PORT: "5061", SIP_WSS_PORT: "5067" }), { sipTlsPort: 5061, sipWssPort: 5067 });
  t.throws(() => loadServerConfig({ SIP_TLS_PORT: "5061" }), { instanceOf: ConfigError, message: /SIP_TLS_PORT needs .*RINGMESH_TLS_CERT/ });
  t.throws(() => loadServerConfig({ SIP_WSS_PORT: "5067" }), { instanceOf: ConfigError, message: /SIP_WSS_PORT needs/ });
  t.throws(() => loadServerConfig({ ...cert, SIP_TLS_PORT: "tls" }), { instanceOf: ConfigError, message: /SIP_TLS_PORT/ });
});

test("SIP_TRUNK: unset means no trunk; set, a SIP URI without a user part", (t) => {
  t.is(loadServerConfig({}).sipTrunk, undefined);
  t.is(loadServerConfig({ SIP_TRUNK: "" }).sipTrunk, undefined);
  t.is(loadServerConfig({ SIP_TRUNK: "sip:192.0.2.10:5060;transport=tcp" }).sipTrunk, "sip:192.0.2.10:5060;transport=tcp");
  t.throws(() => loadServerConfig({ SIP_TRUNK: "192.0.2.10:5060" }), { instanceOf: ConfigError, message: /SIP_TRUNK/ });
  t.throws(() => loadServerConfig({ SIP_TRUNK: "sip:+358@192.0.2.10" }), { instanceOf: ConfigError, message: /SIP_TRUNK/ });
});

test("admission limits (G9): unset means no limit; set, whole numbers ≥ 1", (t) => {
  const adaptive = { overloadDelayMs: DEFAULT_SIP_OVERLOAD_DELAY_MS };
  t.deepEqual(loadServerConfig({}).sipLimits, adaptive);
  t.deepEqual(loadServerConfig({ SIP_MAX_CALLS: "", SIP_MAX_CPS: "" }).sipLimits, adaptive);
  t.deepEqual(loadServerConfig({ SIP_MAX_CALLS: "2000", SIP_MAX_CPS: "150", SIP_MAX_REGISTER_RPS: "500", SIP_MAX_REGISTER_RPS_PER_SOURCE: "20" }).sipLimits, {
    maxCalls: 2000,
    maxCps: 150,
    maxRegisterRps: 500,
    maxRegisterRpsPerSource: 20,
    ...adaptive,
  });
  for (const [name, value] of [["SIP_MAX_CALLS", "0"], ["SIP_MAX_CPS", "1.5"], ["SIP_MAX_REGISTER_RPS", "-3"], ["SIP_MAX_REGISTER_RPS_PER_SOURCE", "many"]] as const) {
    t.throws(() => loadServerConfig({ [name]: value }), { instanceOf: ConfigError, message: new RegExp(name) });
  }
});

test("SIP_OVERLOAD_DELAY_MS (G9): the adaptive limit is on by default at 20 ms; a whole number of ms 1..10000 sets the target; off turns it off", (t) => {
  t.is(DEFAULT_SIP_OVERLOAD_DELAY_MS, 20);
  t.is(loadServerConfig({ SIP_OVERLOAD_DELAY_MS: "" }).sipLimits.overloadDelayMs, 20);
  t.is(loadServerConfig({ SIP_OVERLOAD_DELAY_MS: "50" }).sipLimits.overloadDelayMs, 50);
  t.is(loadServerConfig({ SIP_OVERLOAD_DELAY_MS: "10000" }).sipLimits.overloadDelayMs, 10_000);
  t.deepEqual(loadServerConfig({ SIP_OVERLOAD_DELAY_MS: "off", SIP_MAX_CPS: "150" }).sipLimits, { maxCps: 150 });
  for (const value of ["0", "20ms", "-1", "1.5", "10001", "OFF", "no"]) {
    t.throws(() => loadServerConfig({ SIP_OVERLOAD_DELAY_MS: value }), { instanceOf: ConfigError, message: /^SIP_OVERLOAD_DELAY_MS must be off or a whole number/ }, value);
  }
});

test("SIP_DRAIN_SECONDS: default 30; 0 allowed (end calls at once); anything else a whole number", (t) => {
  t.is(loadServerConfig({}).sipDrainSeconds, 30);
  t.is(loadServerConfig({ SIP_DRAIN_SECONDS: "0" }).sipDrainSeconds, 0);
  t.is(loadServerConfig({ SIP_DRAIN_SECONDS: "3300" }).sipDrainSeconds, 3300);
  t.throws(() => loadServerConfig({ SIP_DRAIN_SECONDS: "30s" }), { instanceOf: ConfigError, message: /SIP_DRAIN_SECONDS/ });
});

const bad: [string, Record<string, string>, RegExp][] = [
  ["SIP_PORT not a number", { SIP_PORT: "sip" }, /SIP_PORT/],
  ["GRPC_PORT out of range", { GRPC_PORT: "70000" }, /GRPC_PORT/],
  ["METRICS_PORT negative", { METRICS_PORT: "-1" }, /METRICS_PORT/],
  ["NATS_URL without scheme", { NATS_URL: "localhost:4222" }, /NATS_URL/],
  ["LOG_LEVEL unknown", { LOG_LEVEL: "loud" }, /LOG_LEVEL/],
  ["TLS cert without key", { RINGMESH_TLS_CERT: "/c.pem" }, /RINGMESH_TLS_KEY/],
  ["unknown service", { RINGMESH_SERVICES: "admin,pbx" }, /RINGMESH_SERVICES: unknown service\(s\) pbx/],
  ["node id with a dot", { RINGMESH_NODE_ID: "a.b" }, /RINGMESH_NODE_ID/],
  ["tokens from a file and inline", { RINGMESH_TOKENS_FILE: "/t.yaml", RINGMESH_TOKENS: "[]" }, /RINGMESH_TOKENS_FILE or RINGMESH_TOKENS/],
];
for (const [title, env, message] of bad) {
  test(`fails fast naming the variable: ${title}`, (t) => {
    t.throws(() => loadServerConfig(env), { instanceOf: ConfigError, message });
  });
}

test("client config: RINGMESH_ADDR defaults to 127.0.0.1:50051 and must be host:port", (t) => {
  t.is(loadClientConfig({}).address, "127.0.0.1:50051");
  t.is(loadClientConfig({ RINGMESH_ADDR: "[::1]:6000" }).address, "[::1]:6000");
  t.throws(() => loadClientConfig({ RINGMESH_ADDR: "nohost" }), { instanceOf: ConfigError, message: /RINGMESH_ADDR/ });
});

test("SIP_UDP_BUFFER_BYTES: 4 MiB by default; whole bytes 64 KiB..256 MiB; anything else refused with the variable named", (t) => {
  t.is(DEFAULT_SIP_UDP_BUFFER_BYTES, 4 * 1024 * 1024);
  t.is(loadServerConfig({}).sipUdpBufferBytes, 4 * 1024 * 1024);
  t.is(loadServerConfig({ SIP_UDP_BUFFER_BYTES: "65536" }).sipUdpBufferBytes, 65_536);
  t.is(loadServerConfig({ SIP_UDP_BUFFER_BYTES: "268435456" }).sipUdpBufferBytes, 268_435_456);
  for (const value of ["0", "65535", "268435457", "4MiB", "1e6", "-1"]) {
    t.throws(() => loadServerConfig({ SIP_UDP_BUFFER_BYTES: value }), { instanceOf: ConfigError, message: /^SIP_UDP_BUFFER_BYTES must be a whole number of bytes/ }, value);
  }
});

test("SIP_TRUSTED_PEERS (RFC 3325 trust domain): nobody by default; addresses and CIDR blocks, v4 and v6; every bad entry named", (t) => {
  t.deepEqual(loadServerConfig({}).sipTrustedPeers, []);
  t.deepEqual(loadServerConfig({ SIP_TRUSTED_PEERS: " 192.0.2.10, 198.51.100.0/24,2001:db8::/32 ,::1" }).sipTrustedPeers, ["192.0.2.10", "198.51.100.0/24", "2001:db8::/32", "::1"]);
  const err = t.throws(() => loadServerConfig({ SIP_TRUSTED_PEERS: "192.0.2.10,10.0.0.0/33,sbc.example.net,2001:db8::/129,10.0.0.0/8/8,10.0.0.0/x" }), { instanceOf: ConfigError });
  t.is(err.message, 'SIP_TRUSTED_PEERS: not an IP address or CIDR block: "10.0.0.0/33", "sbc.example.net", "2001:db8::/129", "10.0.0.0/8/8", "10.0.0.0/x"');
});

test("natsUrlOf (ringmesh events --nats): the flag wins over NATS_URL; either is checked the same way; neither is undefined", (t) => {
  t.is(natsUrlOf({}), undefined);
  t.is(natsUrlOf({ NATS_URL: "nats://a:4222,nats://b:4222" }), "nats://a:4222,nats://b:4222");
  t.is(natsUrlOf({ NATS_URL: "nats://a:4222" }, "tls://c:4222"), "tls://c:4222");
  t.throws(() => natsUrlOf({}, "c:4222"), { instanceOf: ConfigError, message: /^NATS_URL must look like nats:\/\/host:port/ });
});
