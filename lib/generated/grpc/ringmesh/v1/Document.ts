// Original file: proto/ringmesh/v1/documents.proto

import type { Metadata as _ringmesh_v1_Metadata, Metadata__Output as _ringmesh_v1_Metadata__Output } from '../../ringmesh/v1/Metadata.js';
import type { OrganisationSpec as _ringmesh_v1_OrganisationSpec, OrganisationSpec__Output as _ringmesh_v1_OrganisationSpec__Output } from '../../ringmesh/v1/OrganisationSpec.js';
import type { UserSpec as _ringmesh_v1_UserSpec, UserSpec__Output as _ringmesh_v1_UserSpec__Output } from '../../ringmesh/v1/UserSpec.js';
import type { AnnouncementSpec as _ringmesh_v1_AnnouncementSpec, AnnouncementSpec__Output as _ringmesh_v1_AnnouncementSpec__Output } from '../../ringmesh/v1/AnnouncementSpec.js';
import type { ScheduleSpec as _ringmesh_v1_ScheduleSpec, ScheduleSpec__Output as _ringmesh_v1_ScheduleSpec__Output } from '../../ringmesh/v1/ScheduleSpec.js';
import type { IvrMenuSpec as _ringmesh_v1_IvrMenuSpec, IvrMenuSpec__Output as _ringmesh_v1_IvrMenuSpec__Output } from '../../ringmesh/v1/IvrMenuSpec.js';
import type { AnswerGroupSpec as _ringmesh_v1_AnswerGroupSpec, AnswerGroupSpec__Output as _ringmesh_v1_AnswerGroupSpec__Output } from '../../ringmesh/v1/AnswerGroupSpec.js';

export interface Document {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_ringmesh_v1_Metadata | null);
  'organisation'?: (_ringmesh_v1_OrganisationSpec | null);
  'user'?: (_ringmesh_v1_UserSpec | null);
  'announcement'?: (_ringmesh_v1_AnnouncementSpec | null);
  'schedule'?: (_ringmesh_v1_ScheduleSpec | null);
  'ivrMenu'?: (_ringmesh_v1_IvrMenuSpec | null);
  'answerGroup'?: (_ringmesh_v1_AnswerGroupSpec | null);
  'spec'?: "organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup";
}

export interface Document__Output {
  'apiVersion': (string);
  'kind': (string);
  'metadata': (_ringmesh_v1_Metadata__Output | null);
  'organisation'?: (_ringmesh_v1_OrganisationSpec__Output | null);
  'user'?: (_ringmesh_v1_UserSpec__Output | null);
  'announcement'?: (_ringmesh_v1_AnnouncementSpec__Output | null);
  'schedule'?: (_ringmesh_v1_ScheduleSpec__Output | null);
  'ivrMenu'?: (_ringmesh_v1_IvrMenuSpec__Output | null);
  'answerGroup'?: (_ringmesh_v1_AnswerGroupSpec__Output | null);
  'spec'?: "organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup";
}
