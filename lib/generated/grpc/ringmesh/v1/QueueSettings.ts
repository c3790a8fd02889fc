// Original file: proto/ringmesh/v1/documents.proto

import type { Destination as _ringmesh_v1_Destination, Destination__Output as _ringmesh_v1_Destination__Output } from '../../ringmesh/v1/Destination.js';

export interface QueueSettings {
  'maxWaitSeconds'?: (number);
  'maxRingAttempts'?: (number);
  'maxQueueLength'?: (number);
  'noAgentsDestination'?: (_ringmesh_v1_Destination | null);
  'overflowDestination'?: (_ringmesh_v1_Destination | null);
}

export interface QueueSettings__Output {
  'maxWaitSeconds': (number);
  'maxRingAttempts': (number);
  'maxQueueLength': (number);
  'noAgentsDestination': (_ringmesh_v1_Destination__Output | null);
  'overflowDestination': (_ringmesh_v1_Destination__Output | null);
}
