// Original file: proto/ringmesh/v1/documents.proto

import type { WeeklyInterval as _ringmesh_v1_WeeklyInterval, WeeklyInterval__Output as _ringmesh_v1_WeeklyInterval__Output } from '../../ringmesh/v1/WeeklyInterval.js';
import type { ScheduleException as _ringmesh_v1_ScheduleException, ScheduleException__Output as _ringmesh_v1_ScheduleException__Output } from '../../ringmesh/v1/ScheduleException.js';
import type { Destination as _ringmesh_v1_Destination, Destination__Output as _ringmesh_v1_Destination__Output } from '../../ringmesh/v1/Destination.js';

export interface ScheduleSpec {
  'timeZone'?: (string);
  'weekly'?: (_ringmesh_v1_WeeklyInterval)[];
  'exceptions'?: (_ringmesh_v1_ScheduleException)[];
  'closedDestination'?: (_ringmesh_v1_Destination | null);
}

export interface ScheduleSpec__Output {
  'timeZone': (string);
  'weekly': (_ringmesh_v1_WeeklyInterval__Output)[];
  'exceptions': (_ringmesh_v1_ScheduleException__Output)[];
  'closedDestination': (_ringmesh_v1_Destination__Output | null);
}
