/**
 * The SupervisionService definition loaded from proto/ with the options the generated
 * types in lib/generated/grpc were made with (scripts/gen-proto.ts), as proto.ts does
 * for AdminService.
 */
import { loadPackageDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";
import type { ProtoGrpcType } from "../../../lib/generated/grpc/supervision.js";

const protoRoot = fileURLToPath(new URL("../../../proto", import.meta.url));

const definition = loadSync("ringmesh/v1/supervision.proto", {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoRoot],
});

export const supervisionGrpcTypes = loadPackageDefinition(definition) as unknown as ProtoGrpcType;
export const supervisionService = supervisionGrpcTypes.ringmesh.v1.SupervisionService.service;
