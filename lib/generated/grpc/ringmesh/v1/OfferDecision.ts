// Original file: proto/ringmesh/v1/supervision.proto

import type { SkippedAgent as _ringmesh_v1_SkippedAgent, SkippedAgent__Output as _ringmesh_v1_SkippedAgent__Output } from '../../ringmesh/v1/SkippedAgent.js';
import type { Long } from '@grpc/proto-loader';

export interface OfferDecision {
  'kind'?: (string);
  'at'?: (number | string | Long);
  'round'?: (number);
  'candidates'?: (number);
  'chosen'?: (string)[];
  'skipped'?: (_ringmesh_v1_SkippedAgent)[];
  'skippedCounts'?: ({[key: string]: number});
  'restartedFromTop'?: (boolean);
  'user'?: (string);
  'reason'?: (string);
  'outcome'?: (string);
  'setting'?: (string);
  'waitedMs'?: (number | string | Long);
  'position'?: (number);
}

export interface OfferDecision__Output {
  'kind': (string);
  'at': (string);
  'round': (number);
  'candidates': (number);
  'chosen': (string)[];
  'skipped': (_ringmesh_v1_SkippedAgent__Output)[];
  'skippedCounts': ({[key: string]: number});
  'restartedFromTop': (boolean);
  'user': (string);
  'reason': (string);
  'outcome': (string);
  'setting': (string);
  'waitedMs': (string);
  'position': (number);
}
