// Original file: proto/ringmesh/v1/supervision.proto

import type { GroupCallLog as _ringmesh_v1_GroupCallLog, GroupCallLog__Output as _ringmesh_v1_GroupCallLog__Output } from '../../ringmesh/v1/GroupCallLog.js';

export interface CallExplanations {
  'callId'?: (string);
  'groups'?: (_ringmesh_v1_GroupCallLog)[];
}

export interface CallExplanations__Output {
  'callId': (string);
  'groups': (_ringmesh_v1_GroupCallLog__Output)[];
}
