// Original file: proto/ringmesh/v1/supervision.proto

import type { AgentGroupView as _ringmesh_v1_AgentGroupView, AgentGroupView__Output as _ringmesh_v1_AgentGroupView__Output } from '../../ringmesh/v1/AgentGroupView.js';
import type { Long } from '@grpc/proto-loader';

export interface AgentView {
  'organisation'?: (string);
  'user'?: (string);
  'state'?: (string);
  'stateSince'?: (number | string | Long);
  'presence'?: (string);
  'devices'?: (string)[];
  'groups'?: (_ringmesh_v1_AgentGroupView)[];
  'callId'?: (string);
  'wrapUpEndsAt'?: (number | string | Long);
  'idleSince'?: (number | string | Long);
}

export interface AgentView__Output {
  'organisation': (string);
  'user': (string);
  'state': (string);
  'stateSince': (string);
  'presence': (string);
  'devices': (string)[];
  'groups': (_ringmesh_v1_AgentGroupView__Output)[];
  'callId': (string);
  'wrapUpEndsAt': (string);
  'idleSince': (string);
}
