/**
 * The gRPC service definitions loaded from proto/ with the options the generated types
 * in lib/generated/grpc were made with (scripts/gen-proto.ts); the two must agree.
 */
import { loadPackageDefinition } from "@grpc/grpc-js";
import { loadSync } from "@grpc/proto-loader";
import { fileURLToPath } from "node:url";
import type { ProtoGrpcType as AdminGrpcType } from "../../../lib/generated/grpc/admin.js";
import type { ProtoGrpcType as SupervisionGrpcType } from "../../../lib/generated/grpc/supervision.js";

const protoRoot = fileURLToPath(new URL("../../../proto", import.meta.url));

function load(file: string): unknown {
  return loadPackageDefinition(
    loadSync(file, { keepCase: false, longs: String, enums: String, defaults: true, oneofs: true, includeDirs: [protoRoot] }),
  );
}

export const grpcTypes = load("ringmesh/v1/admin.proto") as AdminGrpcType;
export const adminService = grpcTypes.ringmesh.v1.AdminService.service;

export const supervisionGrpcTypes = load("ringmesh/v1/supervision.proto") as SupervisionGrpcType;
export const supervisionService = supervisionGrpcTypes.ringmesh.v1.SupervisionService.service;
