// Original file: proto/ringmesh/v1/supervision.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AgentGroupRequest as _ringmesh_v1_AgentGroupRequest, AgentGroupRequest__Output as _ringmesh_v1_AgentGroupRequest__Output } from '../../ringmesh/v1/AgentGroupRequest.js';
import type { AgentRequest as _ringmesh_v1_AgentRequest, AgentRequest__Output as _ringmesh_v1_AgentRequest__Output } from '../../ringmesh/v1/AgentRequest.js';
import type { AgentView as _ringmesh_v1_AgentView, AgentView__Output as _ringmesh_v1_AgentView__Output } from '../../ringmesh/v1/AgentView.js';
import type { CallExplanations as _ringmesh_v1_CallExplanations, CallExplanations__Output as _ringmesh_v1_CallExplanations__Output } from '../../ringmesh/v1/CallExplanations.js';
import type { ExplainCallRequest as _ringmesh_v1_ExplainCallRequest, ExplainCallRequest__Output as _ringmesh_v1_ExplainCallRequest__Output } from '../../ringmesh/v1/ExplainCallRequest.js';
import type { GroupStatus as _ringmesh_v1_GroupStatus, GroupStatus__Output as _ringmesh_v1_GroupStatus__Output } from '../../ringmesh/v1/GroupStatus.js';
import type { GroupStatusRequest as _ringmesh_v1_GroupStatusRequest, GroupStatusRequest__Output as _ringmesh_v1_GroupStatusRequest__Output } from '../../ringmesh/v1/GroupStatusRequest.js';
import type { SetPresenceRequest as _ringmesh_v1_SetPresenceRequest, SetPresenceRequest__Output as _ringmesh_v1_SetPresenceRequest__Output } from '../../ringmesh/v1/SetPresenceRequest.js';

export interface SupervisionServiceClient extends grpc.Client {
  AgentLogin(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogin(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogin(argument: _ringmesh_v1_AgentGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogin(argument: _ringmesh_v1_AgentGroupRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogin(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogin(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogin(argument: _ringmesh_v1_AgentGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogin(argument: _ringmesh_v1_AgentGroupRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  AgentLogout(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogout(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogout(argument: _ringmesh_v1_AgentGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  AgentLogout(argument: _ringmesh_v1_AgentGroupRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogout(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogout(argument: _ringmesh_v1_AgentGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogout(argument: _ringmesh_v1_AgentGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  agentLogout(argument: _ringmesh_v1_AgentGroupRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  EndBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndBreak(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndBreak(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endBreak(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endBreak(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  EndWrapUp(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndWrapUp(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndWrapUp(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  EndWrapUp(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endWrapUp(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endWrapUp(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endWrapUp(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  endWrapUp(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  ExplainCall(argument: _ringmesh_v1_ExplainCallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  ExplainCall(argument: _ringmesh_v1_ExplainCallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  ExplainCall(argument: _ringmesh_v1_ExplainCallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  ExplainCall(argument: _ringmesh_v1_ExplainCallRequest, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  explainCall(argument: _ringmesh_v1_ExplainCallRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  explainCall(argument: _ringmesh_v1_ExplainCallRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  explainCall(argument: _ringmesh_v1_ExplainCallRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  explainCall(argument: _ringmesh_v1_ExplainCallRequest, callback: grpc.requestCallback<_ringmesh_v1_CallExplanations__Output>): grpc.ClientUnaryCall;
  
  GetAgent(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  GetAgent(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  getAgent(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  GroupStatus(argument: _ringmesh_v1_GroupStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  GroupStatus(argument: _ringmesh_v1_GroupStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  GroupStatus(argument: _ringmesh_v1_GroupStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  GroupStatus(argument: _ringmesh_v1_GroupStatusRequest, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  groupStatus(argument: _ringmesh_v1_GroupStatusRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  groupStatus(argument: _ringmesh_v1_GroupStatusRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  groupStatus(argument: _ringmesh_v1_GroupStatusRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  groupStatus(argument: _ringmesh_v1_GroupStatusRequest, callback: grpc.requestCallback<_ringmesh_v1_GroupStatus__Output>): grpc.ClientUnaryCall;
  
  SetPresence(argument: _ringmesh_v1_SetPresenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  SetPresence(argument: _ringmesh_v1_SetPresenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  SetPresence(argument: _ringmesh_v1_SetPresenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  SetPresence(argument: _ringmesh_v1_SetPresenceRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  setPresence(argument: _ringmesh_v1_SetPresenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  setPresence(argument: _ringmesh_v1_SetPresenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  setPresence(argument: _ringmesh_v1_SetPresenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  setPresence(argument: _ringmesh_v1_SetPresenceRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
  StartBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  StartBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  StartBreak(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  StartBreak(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  startBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  startBreak(argument: _ringmesh_v1_AgentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  startBreak(argument: _ringmesh_v1_AgentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  startBreak(argument: _ringmesh_v1_AgentRequest, callback: grpc.requestCallback<_ringmesh_v1_AgentView__Output>): grpc.ClientUnaryCall;
  
}

export interface SupervisionServiceHandlers extends grpc.UntypedServiceImplementation {
  AgentLogin: grpc.handleUnaryCall<_ringmesh_v1_AgentGroupRequest__Output, _ringmesh_v1_AgentView>;
  
  AgentLogout: grpc.handleUnaryCall<_ringmesh_v1_AgentGroupRequest__Output, _ringmesh_v1_AgentView>;
  
  EndBreak: grpc.handleUnaryCall<_ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView>;
  
  EndWrapUp: grpc.handleUnaryCall<_ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView>;
  
  ExplainCall: grpc.handleUnaryCall<_ringmesh_v1_ExplainCallRequest__Output, _ringmesh_v1_CallExplanations>;
  
  GetAgent: grpc.handleUnaryCall<_ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView>;
  
  GroupStatus: grpc.handleUnaryCall<_ringmesh_v1_GroupStatusRequest__Output, _ringmesh_v1_GroupStatus>;
  
  SetPresence: grpc.handleUnaryCall<_ringmesh_v1_SetPresenceRequest__Output, _ringmesh_v1_AgentView>;
  
  StartBreak: grpc.handleUnaryCall<_ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView>;
  
}

export interface SupervisionServiceDefinition extends grpc.ServiceDefinition {
  AgentLogin: MethodDefinition<_ringmesh_v1_AgentGroupRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentGroupRequest__Output, _ringmesh_v1_AgentView__Output>
  AgentLogout: MethodDefinition<_ringmesh_v1_AgentGroupRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentGroupRequest__Output, _ringmesh_v1_AgentView__Output>
  EndBreak: MethodDefinition<_ringmesh_v1_AgentRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView__Output>
  EndWrapUp: MethodDefinition<_ringmesh_v1_AgentRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView__Output>
  ExplainCall: MethodDefinition<_ringmesh_v1_ExplainCallRequest, _ringmesh_v1_CallExplanations, _ringmesh_v1_ExplainCallRequest__Output, _ringmesh_v1_CallExplanations__Output>
  GetAgent: MethodDefinition<_ringmesh_v1_AgentRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView__Output>
  GroupStatus: MethodDefinition<_ringmesh_v1_GroupStatusRequest, _ringmesh_v1_GroupStatus, _ringmesh_v1_GroupStatusRequest__Output, _ringmesh_v1_GroupStatus__Output>
  SetPresence: MethodDefinition<_ringmesh_v1_SetPresenceRequest, _ringmesh_v1_AgentView, _ringmesh_v1_SetPresenceRequest__Output, _ringmesh_v1_AgentView__Output>
  StartBreak: MethodDefinition<_ringmesh_v1_AgentRequest, _ringmesh_v1_AgentView, _ringmesh_v1_AgentRequest__Output, _ringmesh_v1_AgentView__Output>
}
