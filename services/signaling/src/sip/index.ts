export * from "./constants.js";
export * from "./errors.js";
export * from "./headers.js";
export * from "./grammar.js";
export * from "./ids.js";
export * from "./message.js";
export { parseMessage, type ParseOptions } from "./parser.js";
export * from "./digest.js";
export * from "./transport/types.js";
export { StreamFramer, FramingError, type FrameEvent } from "./transport/framer.js";
export { UdpTransport, type UdpOptions } from "./transport/udp.js";
export { PROBE_RESEND_MS } from "./transport/receive-probe.js";
export { TcpTransport, type TcpOptions, type TlsFiles } from "./transport/tcp.js";
export { WsTransport, SIP_WS_SUBPROTOCOL, type WsOptions } from "./transport/ws.js";
export { FlowRelay, localFlows, ownerOf, flowRef, RelayError, type FlowLocator, type FlowRelayOptions, type RelayWire, type RelayFailure } from "./transport/relay.js";
export { TransportLayer, stampVia, responseTarget, destinationForUri, defaultPort, type RequestTarget } from "./transport/layer.js";
export type { MessageSender, TransactionContext, TransactionHooks, TimerName } from "./transaction/base.js";
export {
  InviteServerTransaction,
  NonInviteServerTransaction,
  type ServerTransaction,
  type ServerTransactionEvents,
  type InviteServerState,
  type NonInviteServerState,
} from "./transaction/server.js";
export {
  InviteClientTransaction,
  NonInviteClientTransaction,
  ackForNonSuccess,
  type ClientTransaction,
  type ClientTransactionUser,
  type InviteClientState,
  type NonInviteClientState,
} from "./transaction/client.js";
export { TransactionLayer, serverKey, clientKey } from "./transaction/layer.js";
export { Endpoint, type EndpointOptions, type TransactionUser } from "./endpoint.js";
