// Original file: proto/ringmesh/v1/admin.proto

import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';

export interface ApplyResponse {
  'documents'?: (_ringmesh_v1_Document)[];
}

export interface ApplyResponse__Output {
  'documents': (_ringmesh_v1_Document__Output)[];
}
