/**
 * The AdminService definition loaded from proto/ with the options the generated types
 * in lib/generated/grpc were made with (scripts/gen-proto.ts); the two must agree.
 */
import { loadPackageDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";
import type { ProtoGrpcType } from "../../../lib/generated/grpc/admin.js";

const protoRoot = fileURLToPath(new URL("../../../proto", import.meta.url));

const definition = loadSync("ringmesh/v1/admin.proto", {
  keepCase: false,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [protoRoot],
});

export const grpcTypes = loadPackageDefinition(definition) as unknown as ProtoGrpcType;
export const adminService = grpcTypes.ringmesh.v1.AdminService.service;
