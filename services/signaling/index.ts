/** Public surface of the signaling service (STYLE §10): the SIP stack, the registrar, the location service and the node module. */
export * from "./src/sip/index.js";
export * from "./src/location/types.js";
export { MemoryLocationStore } from "./src/location/memory.js";
export { KvLocationStore, bindingKvKey, type KvLocationStoreOptions } from "./src/location/kv.js";
export { Directory, type Account, type NumberTarget } from "./src/registrar/directory.js";
export * from "./src/registrar/decide.js";
export { Registrar, type RegistrarOptions } from "./src/registrar/registrar.js";
export { SignalingTu, RETRY_AFTER_SECONDS } from "./src/tu.js";
export { signalingService, startSignaling, type SignalingContext, type SignalingNode, type SignalingOptions } from "./src/module.js";
