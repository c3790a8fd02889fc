// Original file: proto/ringmesh/v1/supervision.proto

import type { Long } from '@grpc/proto-loader';

export interface WaitingCall {
  'callId'?: (string);
  'caller'?: (string);
  'position'?: (number);
  'phase'?: (string);
  'arrivedAt'?: (number | string | Long);
  'waitMs'?: (number | string | Long);
  'rounds'?: (number);
  'ringing'?: (string)[];
}

export interface WaitingCall__Output {
  'callId': (string);
  'caller': (string);
  'position': (number);
  'phase': (string);
  'arrivedAt': (string);
  'waitMs': (string);
  'rounds': (number);
  'ringing': (string)[];
}
