// Original file: proto/ringmesh/v1/admin.proto

export const WatchOp = {
  WATCH_OP_UNSPECIFIED: 'WATCH_OP_UNSPECIFIED',
  PUT: 'PUT',
  DELETE: 'DELETE',
} as const;

export type WatchOp =
  | 'WATCH_OP_UNSPECIFIED'
  | 0
  | 'PUT'
  | 1
  | 'DELETE'
  | 2

export type WatchOp__Output = typeof WatchOp[keyof typeof WatchOp]
