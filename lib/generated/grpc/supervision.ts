import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AgentGroupRequest as _ringmesh_v1_AgentGroupRequest, AgentGroupRequest__Output as _ringmesh_v1_AgentGroupRequest__Output } from './ringmesh/v1/AgentGroupRequest.js';
import type { AgentGroupView as _ringmesh_v1_AgentGroupView, AgentGroupView__Output as _ringmesh_v1_AgentGroupView__Output } from './ringmesh/v1/AgentGroupView.js';
import type { AgentRequest as _ringmesh_v1_AgentRequest, AgentRequest__Output as _ringmesh_v1_AgentRequest__Output } from './ringmesh/v1/AgentRequest.js';
import type { AgentView as _ringmesh_v1_AgentView, AgentView__Output as _ringmesh_v1_AgentView__Output } from './ringmesh/v1/AgentView.js';
import type { CallExplanations as _ringmesh_v1_CallExplanations, CallExplanations__Output as _ringmesh_v1_CallExplanations__Output } from './ringmesh/v1/CallExplanations.js';
import type { ConnectedCall as _ringmesh_v1_ConnectedCall, ConnectedCall__Output as _ringmesh_v1_ConnectedCall__Output } from './ringmesh/v1/ConnectedCall.js';
import type { ExplainCallRequest as _ringmesh_v1_ExplainCallRequest, ExplainCallRequest__Output as _ringmesh_v1_ExplainCallRequest__Output } from './ringmesh/v1/ExplainCallRequest.js';
import type { GroupCallLog as _ringmesh_v1_GroupCallLog, GroupCallLog__Output as _ringmesh_v1_GroupCallLog__Output } from './ringmesh/v1/GroupCallLog.js';
import type { GroupStatus as _ringmesh_v1_GroupStatus, GroupStatus__Output as _ringmesh_v1_GroupStatus__Output } from './ringmesh/v1/GroupStatus.js';
import type { GroupStatusRequest as _ringmesh_v1_GroupStatusRequest, GroupStatusRequest__Output as _ringmesh_v1_GroupStatusRequest__Output } from './ringmesh/v1/GroupStatusRequest.js';
import type { MemberStatus as _ringmesh_v1_MemberStatus, MemberStatus__Output as _ringmesh_v1_MemberStatus__Output } from './ringmesh/v1/MemberStatus.js';
import type { OfferDecision as _ringmesh_v1_OfferDecision, OfferDecision__Output as _ringmesh_v1_OfferDecision__Output } from './ringmesh/v1/OfferDecision.js';
import type { SetPresenceRequest as _ringmesh_v1_SetPresenceRequest, SetPresenceRequest__Output as _ringmesh_v1_SetPresenceRequest__Output } from './ringmesh/v1/SetPresenceRequest.js';
import type { SkippedAgent as _ringmesh_v1_SkippedAgent, SkippedAgent__Output as _ringmesh_v1_SkippedAgent__Output } from './ringmesh/v1/SkippedAgent.js';
import type { SupervisionServiceClient as _ringmesh_v1_SupervisionServiceClient, SupervisionServiceDefinition as _ringmesh_v1_SupervisionServiceDefinition } from './ringmesh/v1/SupervisionService.js';
import type { WaitingCall as _ringmesh_v1_WaitingCall, WaitingCall__Output as _ringmesh_v1_WaitingCall__Output } from './ringmesh/v1/WaitingCall.js';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ringmesh: {
    v1: {
      AgentGroupRequest: MessageTypeDefinition<_ringmesh_v1_AgentGroupRequest, _ringmesh_v1_AgentGroupRequest__Output>
      AgentGroupView: MessageTypeDefinition<_ringmesh_v1_AgentGroupView, _ringmesh_v1_AgentGroupView__Output>
      AgentRequest: MessageTypeDefinition<_ringmesh_v1_AgentRequest, _ringmesh_v1_AgentRequest__Output>
      AgentView: MessageTypeDefinition<_ringmesh_v1_AgentView, _ringmesh_v1_AgentView__Output>
      CallExplanations: MessageTypeDefinition<_ringmesh_v1_CallExplanations, _ringmesh_v1_CallExplanations__Output>
      ConnectedCall: MessageTypeDefinition<_ringmesh_v1_ConnectedCall, _ringmesh_v1_ConnectedCall__Output>
      ExplainCallRequest: MessageTypeDefinition<_ringmesh_v1_ExplainCallRequest, _ringmesh_v1_ExplainCallRequest__Output>
      GroupCallLog: MessageTypeDefinition<_ringmesh_v1_GroupCallLog, _ringmesh_v1_GroupCallLog__Output>
      GroupStatus: MessageTypeDefinition<_ringmesh_v1_GroupStatus, _ringmesh_v1_GroupStatus__Output>
      GroupStatusRequest: MessageTypeDefinition<_ringmesh_v1_GroupStatusRequest, _ringmesh_v1_GroupStatusRequest__Output>
      MemberStatus: MessageTypeDefinition<_ringmesh_v1_MemberStatus, _ringmesh_v1_MemberStatus__Output>
      OfferDecision: MessageTypeDefinition<_ringmesh_v1_OfferDecision, _ringmesh_v1_OfferDecision__Output>
      SetPresenceRequest: MessageTypeDefinition<_ringmesh_v1_SetPresenceRequest, _ringmesh_v1_SetPresenceRequest__Output>
      SkippedAgent: MessageTypeDefinition<_ringmesh_v1_SkippedAgent, _ringmesh_v1_SkippedAgent__Output>
      SupervisionService: SubtypeConstructor<typeof grpc.Client, _ringmesh_v1_SupervisionServiceClient> & { service: _ringmesh_v1_SupervisionServiceDefinition }
      WaitingCall: MessageTypeDefinition<_ringmesh_v1_WaitingCall, _ringmesh_v1_WaitingCall__Output>
    }
  }
}

