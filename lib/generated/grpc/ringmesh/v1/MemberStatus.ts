// Original file: proto/ringmesh/v1/supervision.proto

import type { Long } from '@grpc/proto-loader';

export interface MemberStatus {
  'user'?: (string);
  'state'?: (string);
  'since'?: (number | string | Long);
  'presence'?: (string);
  'misses'?: (number);
  'wrapUpEndsAt'?: (number | string | Long);
  'callId'?: (string);
}

export interface MemberStatus__Output {
  'user': (string);
  'state': (string);
  'since': (string);
  'presence': (string);
  'misses': (number);
  'wrapUpEndsAt': (string);
  'callId': (string);
}
