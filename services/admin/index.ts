/** Public surface of the admin service: the gRPC server, its client, and token handling. */
export { startAdminServer, type AdminServer, type AdminServerOptions, type TlsFiles } from "./src/server.js";
export { createAdminClient, type AdminClient, type AdminClientOptions, type AdminClientTls } from "./src/client.js";
export {
  ensureAdminToken,
  loadTokensFile,
  parseTokens,
  ROLES,
  TokenRegistry,
  type Principal,
  type Role,
  type TokenGrant,
} from "./src/auth.js";
export { AdminInternalError, FIELD_ERRORS_KEY, REFERRERS_KEY } from "./src/errors.js";
export { adminService } from "./src/module.js";
export {
  createSupervisionClient,
  type SupervisionClient,
  type AgentState,
  type AgentTarget,
  type GroupStatusView,
  type MemberStatusView,
  type WaitingCallStatus,
  type CallExplanationView,
  type DecisionView,
} from "./src/supervision-client.js";
export { FailedPreconditionError } from "./src/errors.js";
