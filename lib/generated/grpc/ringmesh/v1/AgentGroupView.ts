// Original file: proto/ringmesh/v1/supervision.proto

import type { Long } from '@grpc/proto-loader';

export interface AgentGroupView {
  'group'?: (string);
  'misses'?: (number);
  'loggedInSince'?: (number | string | Long);
}

export interface AgentGroupView__Output {
  'group': (string);
  'misses': (number);
  'loggedInSince': (string);
}
