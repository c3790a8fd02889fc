// Original file: proto/ringmesh/v1/supervision.proto

import type { OfferDecision as _ringmesh_v1_OfferDecision, OfferDecision__Output as _ringmesh_v1_OfferDecision__Output } from '../../ringmesh/v1/OfferDecision.js';

export interface GroupCallLog {
  'group'?: (string);
  'decisions'?: (_ringmesh_v1_OfferDecision)[];
}

export interface GroupCallLog__Output {
  'group': (string);
  'decisions': (_ringmesh_v1_OfferDecision__Output)[];
}
