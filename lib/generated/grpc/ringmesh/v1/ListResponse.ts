// Original file: proto/ringmesh/v1/admin.proto

import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';

export interface ListResponse {
  'documents'?: (_ringmesh_v1_Document)[];
}

export interface ListResponse__Output {
  'documents': (_ringmesh_v1_Document__Output)[];
}
