// Original file: proto/ringmesh/v1/admin.proto

import type { WatchOp as _ringmesh_v1_WatchOp, WatchOp__Output as _ringmesh_v1_WatchOp__Output } from '../../ringmesh/v1/WatchOp.js';
import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';

export interface WatchEvent {
  'op'?: (_ringmesh_v1_WatchOp);
  'document'?: (_ringmesh_v1_Document | null);
  'resourceVersion'?: (string);
}

export interface WatchEvent__Output {
  'op': (_ringmesh_v1_WatchOp__Output);
  'document': (_ringmesh_v1_Document__Output | null);
  'resourceVersion': (string);
}
