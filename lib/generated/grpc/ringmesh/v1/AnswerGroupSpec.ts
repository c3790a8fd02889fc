// Original file: proto/ringmesh/v1/documents.proto

import type { OfferedNumber as _ringmesh_v1_OfferedNumber, OfferedNumber__Output as _ringmesh_v1_OfferedNumber__Output } from '../../ringmesh/v1/OfferedNumber.js';
import type { QueueSettings as _ringmesh_v1_QueueSettings, QueueSettings__Output as _ringmesh_v1_QueueSettings__Output } from '../../ringmesh/v1/QueueSettings.js';
import type { RoutingSettings as _ringmesh_v1_RoutingSettings, RoutingSettings__Output as _ringmesh_v1_RoutingSettings__Output } from '../../ringmesh/v1/RoutingSettings.js';
import type { Member as _ringmesh_v1_Member, Member__Output as _ringmesh_v1_Member__Output } from '../../ringmesh/v1/Member.js';
import type { AnnouncementSettings as _ringmesh_v1_AnnouncementSettings, AnnouncementSettings__Output as _ringmesh_v1_AnnouncementSettings__Output } from '../../ringmesh/v1/AnnouncementSettings.js';
import type { CallbackSettings as _ringmesh_v1_CallbackSettings, CallbackSettings__Output as _ringmesh_v1_CallbackSettings__Output } from '../../ringmesh/v1/CallbackSettings.js';

export interface AnswerGroupSpec {
  'type'?: (string);
  'displayName'?: (string);
  'billingId'?: (string);
  'number'?: (string);
  'hiddenFromDirectory'?: (boolean);
  'allowNumberDisplay'?: (boolean);
  'offeredNumber'?: (_ringmesh_v1_OfferedNumber | null);
  'schedule'?: (string);
  'queue'?: (_ringmesh_v1_QueueSettings | null);
  'routing'?: (_ringmesh_v1_RoutingSettings | null);
  'members'?: (_ringmesh_v1_Member)[];
  'supervisors'?: (string)[];
  'announcements'?: (_ringmesh_v1_AnnouncementSettings | null);
  'callback'?: (_ringmesh_v1_CallbackSettings | null);
  '_type'?: "type";
  '_hiddenFromDirectory'?: "hiddenFromDirectory";
  '_allowNumberDisplay'?: "allowNumberDisplay";
}

export interface AnswerGroupSpec__Output {
  'type'?: (string);
  'displayName': (string);
  'billingId': (string);
  'number': (string);
  'hiddenFromDirectory'?: (boolean);
  'allowNumberDisplay'?: (boolean);
  'offeredNumber': (_ringmesh_v1_OfferedNumber__Output | null);
  'schedule': (string);
  'queue': (_ringmesh_v1_QueueSettings__Output | null);
  'routing': (_ringmesh_v1_RoutingSettings__Output | null);
  'members': (_ringmesh_v1_Member__Output)[];
  'supervisors': (string)[];
  'announcements': (_ringmesh_v1_AnnouncementSettings__Output | null);
  'callback': (_ringmesh_v1_CallbackSettings__Output | null);
  '_type'?: "type";
  '_hiddenFromDirectory'?: "hiddenFromDirectory";
  '_allowNumberDisplay'?: "allowNumberDisplay";
}
