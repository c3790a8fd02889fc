// Original file: proto/ringmesh/v1/supervision.proto

import type { WaitingCall as _ringmesh_v1_WaitingCall, WaitingCall__Output as _ringmesh_v1_WaitingCall__Output } from '../../ringmesh/v1/WaitingCall.js';
import type { ConnectedCall as _ringmesh_v1_ConnectedCall, ConnectedCall__Output as _ringmesh_v1_ConnectedCall__Output } from '../../ringmesh/v1/ConnectedCall.js';
import type { MemberStatus as _ringmesh_v1_MemberStatus, MemberStatus__Output as _ringmesh_v1_MemberStatus__Output } from '../../ringmesh/v1/MemberStatus.js';
import type { Long } from '@grpc/proto-loader';

export interface GroupStatus {
  'organisation'?: (string);
  'group'?: (string);
  'observedAt'?: (number | string | Long);
  'waiting'?: (_ringmesh_v1_WaitingCall)[];
  'connected'?: (_ringmesh_v1_ConnectedCall)[];
  'members'?: (_ringmesh_v1_MemberStatus)[];
  'counts'?: ({[key: string]: number});
  'longestWaitMs'?: (number | string | Long);
}

export interface GroupStatus__Output {
  'organisation': (string);
  'group': (string);
  'observedAt': (string);
  'waiting': (_ringmesh_v1_WaitingCall__Output)[];
  'connected': (_ringmesh_v1_ConnectedCall__Output)[];
  'members': (_ringmesh_v1_MemberStatus__Output)[];
  'counts': ({[key: string]: number});
  'longestWaitMs': (string);
}
