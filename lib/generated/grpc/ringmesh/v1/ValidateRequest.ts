// Original file: proto/ringmesh/v1/admin.proto

import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';

export interface ValidateRequest {
  'documents'?: (_ringmesh_v1_Document)[];
  'audio'?: ({[key: string]: Buffer | Uint8Array | string});
}

export interface ValidateRequest__Output {
  'documents': (_ringmesh_v1_Document__Output)[];
  'audio': ({[key: string]: Buffer});
}
