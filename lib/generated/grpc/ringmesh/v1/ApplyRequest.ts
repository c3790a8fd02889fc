// Original file: proto/ringmesh/v1/admin.proto

import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';

export interface ApplyRequest {
  'documents'?: (_ringmesh_v1_Document)[];
  'dryRun'?: (boolean);
  'audio'?: ({[key: string]: Buffer | Uint8Array | string});
}

export interface ApplyRequest__Output {
  'documents': (_ringmesh_v1_Document__Output)[];
  'dryRun': (boolean);
  'audio': ({[key: string]: Buffer});
}
