export type { ApplyOptions, DocumentStore, WatchEvent, WatchOptions } from "./types.js";
export { FileDocumentStore } from "./file.js";
export { KvDocumentStore, type KvDocumentStoreOptions } from "./kv.js";
