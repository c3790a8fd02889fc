import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AdminServiceClient as _ringmesh_v1_AdminServiceClient, AdminServiceDefinition as _ringmesh_v1_AdminServiceDefinition } from './ringmesh/v1/AdminService.js';
import type { AnnouncementSettings as _ringmesh_v1_AnnouncementSettings, AnnouncementSettings__Output as _ringmesh_v1_AnnouncementSettings__Output } from './ringmesh/v1/AnnouncementSettings.js';
import type { AnnouncementSpec as _ringmesh_v1_AnnouncementSpec, AnnouncementSpec__Output as _ringmesh_v1_AnnouncementSpec__Output } from './ringmesh/v1/AnnouncementSpec.js';
import type { AnswerGroupSpec as _ringmesh_v1_AnswerGroupSpec, AnswerGroupSpec__Output as _ringmesh_v1_AnswerGroupSpec__Output } from './ringmesh/v1/AnswerGroupSpec.js';
import type { ApplyRequest as _ringmesh_v1_ApplyRequest, ApplyRequest__Output as _ringmesh_v1_ApplyRequest__Output } from './ringmesh/v1/ApplyRequest.js';
import type { ApplyResponse as _ringmesh_v1_ApplyResponse, ApplyResponse__Output as _ringmesh_v1_ApplyResponse__Output } from './ringmesh/v1/ApplyResponse.js';
import type { CallbackSettings as _ringmesh_v1_CallbackSettings, CallbackSettings__Output as _ringmesh_v1_CallbackSettings__Output } from './ringmesh/v1/CallbackSettings.js';
import type { DeleteRequest as _ringmesh_v1_DeleteRequest, DeleteRequest__Output as _ringmesh_v1_DeleteRequest__Output } from './ringmesh/v1/DeleteRequest.js';
import type { DeleteResponse as _ringmesh_v1_DeleteResponse, DeleteResponse__Output as _ringmesh_v1_DeleteResponse__Output } from './ringmesh/v1/DeleteResponse.js';
import type { Destination as _ringmesh_v1_Destination, Destination__Output as _ringmesh_v1_Destination__Output } from './ringmesh/v1/Destination.js';
import type { Device as _ringmesh_v1_Device, Device__Output as _ringmesh_v1_Device__Output } from './ringmesh/v1/Device.js';
import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from './ringmesh/v1/Document.js';
import type { FieldError as _ringmesh_v1_FieldError, FieldError__Output as _ringmesh_v1_FieldError__Output } from './ringmesh/v1/FieldError.js';
import type { FieldErrors as _ringmesh_v1_FieldErrors, FieldErrors__Output as _ringmesh_v1_FieldErrors__Output } from './ringmesh/v1/FieldErrors.js';
import type { GetRequest as _ringmesh_v1_GetRequest, GetRequest__Output as _ringmesh_v1_GetRequest__Output } from './ringmesh/v1/GetRequest.js';
import type { IvrMenuSpec as _ringmesh_v1_IvrMenuSpec, IvrMenuSpec__Output as _ringmesh_v1_IvrMenuSpec__Output } from './ringmesh/v1/IvrMenuSpec.js';
import type { ListRequest as _ringmesh_v1_ListRequest, ListRequest__Output as _ringmesh_v1_ListRequest__Output } from './ringmesh/v1/ListRequest.js';
import type { ListResponse as _ringmesh_v1_ListResponse, ListResponse__Output as _ringmesh_v1_ListResponse__Output } from './ringmesh/v1/ListResponse.js';
import type { Member as _ringmesh_v1_Member, Member__Output as _ringmesh_v1_Member__Output } from './ringmesh/v1/Member.js';
import type { Metadata as _ringmesh_v1_Metadata, Metadata__Output as _ringmesh_v1_Metadata__Output } from './ringmesh/v1/Metadata.js';
import type { OfferedNumber as _ringmesh_v1_OfferedNumber, OfferedNumber__Output as _ringmesh_v1_OfferedNumber__Output } from './ringmesh/v1/OfferedNumber.js';
import type { OrganisationSpec as _ringmesh_v1_OrganisationSpec, OrganisationSpec__Output as _ringmesh_v1_OrganisationSpec__Output } from './ringmesh/v1/OrganisationSpec.js';
import type { QueueSettings as _ringmesh_v1_QueueSettings, QueueSettings__Output as _ringmesh_v1_QueueSettings__Output } from './ringmesh/v1/QueueSettings.js';
import type { Referrers as _ringmesh_v1_Referrers, Referrers__Output as _ringmesh_v1_Referrers__Output } from './ringmesh/v1/Referrers.js';
import type { RoutingSettings as _ringmesh_v1_RoutingSettings, RoutingSettings__Output as _ringmesh_v1_RoutingSettings__Output } from './ringmesh/v1/RoutingSettings.js';
import type { ScheduleException as _ringmesh_v1_ScheduleException, ScheduleException__Output as _ringmesh_v1_ScheduleException__Output } from './ringmesh/v1/ScheduleException.js';
import type { ScheduleSpec as _ringmesh_v1_ScheduleSpec, ScheduleSpec__Output as _ringmesh_v1_ScheduleSpec__Output } from './ringmesh/v1/ScheduleSpec.js';
import type { UserSpec as _ringmesh_v1_UserSpec, UserSpec__Output as _ringmesh_v1_UserSpec__Output } from './ringmesh/v1/UserSpec.js';
import type { ValidateRequest as _ringmesh_v1_ValidateRequest, ValidateRequest__Output as _ringmesh_v1_ValidateRequest__Output } from './ringmesh/v1/ValidateRequest.js';
import type { ValidateResponse as _ringmesh_v1_ValidateResponse, ValidateResponse__Output as _ringmesh_v1_ValidateResponse__Output } from './ringmesh/v1/ValidateResponse.js';
import type { WatchEvent as _ringmesh_v1_WatchEvent, WatchEvent__Output as _ringmesh_v1_WatchEvent__Output } from './ringmesh/v1/WatchEvent.js';
import type { WatchRequest as _ringmesh_v1_WatchRequest, WatchRequest__Output as _ringmesh_v1_WatchRequest__Output } from './ringmesh/v1/WatchRequest.js';
import type { WeeklyInterval as _ringmesh_v1_WeeklyInterval, WeeklyInterval__Output as _ringmesh_v1_WeeklyInterval__Output } from './ringmesh/v1/WeeklyInterval.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ringmesh: {
    v1: {
      AdminService: SubtypeConstructor<typeof grpc.Client, _ringmesh_v1_AdminServiceClient> & { service: _ringmesh_v1_AdminServiceDefinition }
      AnnouncementSettings: MessageTypeDefinition<_ringmesh_v1_AnnouncementSettings, _ringmesh_v1_AnnouncementSettings__Output>
      AnnouncementSpec: MessageTypeDefinition<_ringmesh_v1_AnnouncementSpec, _ringmesh_v1_AnnouncementSpec__Output>
      AnswerGroupSpec: MessageTypeDefinition<_ringmesh_v1_AnswerGroupSpec, _ringmesh_v1_AnswerGroupSpec__Output>
      ApplyRequest: MessageTypeDefinition<_ringmesh_v1_ApplyRequest, _ringmesh_v1_ApplyRequest__Output>
      ApplyResponse: MessageTypeDefinition<_ringmesh_v1_ApplyResponse, _ringmesh_v1_ApplyResponse__Output>
      CallbackSettings: MessageTypeDefinition<_ringmesh_v1_CallbackSettings, _ringmesh_v1_CallbackSettings__Output>
      DeleteRequest: MessageTypeDefinition<_ringmesh_v1_DeleteRequest, _ringmesh_v1_DeleteRequest__Output>
      DeleteResponse: MessageTypeDefinition<_ringmesh_v1_DeleteResponse, _ringmesh_v1_DeleteResponse__Output>
      Destination: MessageTypeDefinition<_ringmesh_v1_Destination, _ringmesh_v1_Destination__Output>
      Device: MessageTypeDefinition<_ringmesh_v1_Device, _ringmesh_v1_Device__Output>
      Document: MessageTypeDefinition<_ringmesh_v1_Document, _ringmesh_v1_Document__Output>
      FieldError: MessageTypeDefinition<_ringmesh_v1_FieldError, _ringmesh_v1_FieldError__Output>
      FieldErrors: MessageTypeDefinition<_ringmesh_v1_FieldErrors, _ringmesh_v1_FieldErrors__Output>
      GetRequest: MessageTypeDefinition<_ringmesh_v1_GetRequest, _ringmesh_v1_GetRequest__Output>
      IvrMenuSpec: MessageTypeDefinition<_ringmesh_v1_IvrMenuSpec, _ringmesh_v1_IvrMenuSpec__Output>
      ListRequest: MessageTypeDefinition<_ringmesh_v1_ListRequest, _ringmesh_v1_ListRequest__Output>
      ListResponse: MessageTypeDefinition<_ringmesh_v1_ListResponse, _ringmesh_v1_ListResponse__Output>
      Member: MessageTypeDefinition<_ringmesh_v1_Member, _ringmesh_v1_Member__Output>
      Metadata: MessageTypeDefinition<_ringmesh_v1_Metadata, _ringmesh_v1_Metadata__Output>
      OfferedNumber: MessageTypeDefinition<_ringmesh_v1_OfferedNumber, _ringmesh_v1_OfferedNumber__Output>
      OrganisationSpec: MessageTypeDefinition<_ringmesh_v1_OrganisationSpec, _ringmesh_v1_OrganisationSpec__Output>
      QueueSettings: MessageTypeDefinition<_ringmesh_v1_QueueSettings, _ringmesh_v1_QueueSettings__Output>
      Referrers: MessageTypeDefinition<_ringmesh_v1_Referrers, _ringmesh_v1_Referrers__Output>
      RoutingSettings: MessageTypeDefinition<_ringmesh_v1_RoutingSettings, _ringmesh_v1_RoutingSettings__Output>
      ScheduleException: MessageTypeDefinition<_ringmesh_v1_ScheduleException, _ringmesh_v1_ScheduleException__Output>
      ScheduleSpec: MessageTypeDefinition<_ringmesh_v1_ScheduleSpec, _ringmesh_v1_ScheduleSpec__Output>
      UserSpec: MessageTypeDefinition<_ringmesh_v1_UserSpec, _ringmesh_v1_UserSpec__Output>
      ValidateRequest: MessageTypeDefinition<_ringmesh_v1_ValidateRequest, _ringmesh_v1_ValidateRequest__Output>
      ValidateResponse: MessageTypeDefinition<_ringmesh_v1_ValidateResponse, _ringmesh_v1_ValidateResponse__Output>
      WatchEvent: MessageTypeDefinition<_ringmesh_v1_WatchEvent, _ringmesh_v1_WatchEvent__Output>
      WatchOp: EnumTypeDefinition
      WatchRequest: MessageTypeDefinition<_ringmesh_v1_WatchRequest, _ringmesh_v1_WatchRequest__Output>
      WeeklyInterval: MessageTypeDefinition<_ringmesh_v1_WeeklyInterval, _ringmesh_v1_WeeklyInterval__Output>
    }
  }
}

