// Original file: proto/ringmesh/v1/admin.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyRequest as _ringmesh_v1_ApplyRequest, ApplyRequest__Output as _ringmesh_v1_ApplyRequest__Output } from '../../ringmesh/v1/ApplyRequest.js';
import type { ApplyResponse as _ringmesh_v1_ApplyResponse, ApplyResponse__Output as _ringmesh_v1_ApplyResponse__Output } from '../../ringmesh/v1/ApplyResponse.js';
import type { DeleteRequest as _ringmesh_v1_DeleteRequest, DeleteRequest__Output as _ringmesh_v1_DeleteRequest__Output } from '../../ringmesh/v1/DeleteRequest.js';
import type { DeleteResponse as _ringmesh_v1_DeleteResponse, DeleteResponse__Output as _ringmesh_v1_DeleteResponse__Output } from '../../ringmesh/v1/DeleteResponse.js';
import type { Document as _ringmesh_v1_Document, Document__Output as _ringmesh_v1_Document__Output } from '../../ringmesh/v1/Document.js';
import type { GetRequest as _ringmesh_v1_GetRequest, GetRequest__Output as _ringmesh_v1_GetRequest__Output } from '../../ringmesh/v1/GetRequest.js';
import type { ListRequest as _ringmesh_v1_ListRequest, ListRequest__Output as _ringmesh_v1_ListRequest__Output } from '../../ringmesh/v1/ListRequest.js';
import type { ListResponse as _ringmesh_v1_ListResponse, ListResponse__Output as _ringmesh_v1_ListResponse__Output } from '../../ringmesh/v1/ListResponse.js';
import type { ValidateRequest as _ringmesh_v1_ValidateRequest, ValidateRequest__Output as _ringmesh_v1_ValidateRequest__Output } from '../../ringmesh/v1/ValidateRequest.js';
import type { ValidateResponse as _ringmesh_v1_ValidateResponse, ValidateResponse__Output as _ringmesh_v1_ValidateResponse__Output } from '../../ringmesh/v1/ValidateResponse.js';
import type { WatchEvent as _ringmesh_v1_WatchEvent, WatchEvent__Output as _ringmesh_v1_WatchEvent__Output } from '../../ringmesh/v1/WatchEvent.js';
import type { WatchRequest as _ringmesh_v1_WatchRequest, WatchRequest__Output as _ringmesh_v1_WatchRequest__Output } from '../../ringmesh/v1/WatchRequest.js';

export interface AdminServiceClient extends grpc.Client {
  Apply(argument: _ringmesh_v1_ApplyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _ringmesh_v1_ApplyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _ringmesh_v1_ApplyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  Apply(argument: _ringmesh_v1_ApplyRequest, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _ringmesh_v1_ApplyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _ringmesh_v1_ApplyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _ringmesh_v1_ApplyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  apply(argument: _ringmesh_v1_ApplyRequest, callback: grpc.requestCallback<_ringmesh_v1_ApplyResponse__Output>): grpc.ClientUnaryCall;
  
  Delete(argument: _ringmesh_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _ringmesh_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _ringmesh_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  Delete(argument: _ringmesh_v1_DeleteRequest, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _ringmesh_v1_DeleteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _ringmesh_v1_DeleteRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _ringmesh_v1_DeleteRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  delete(argument: _ringmesh_v1_DeleteRequest, callback: grpc.requestCallback<_ringmesh_v1_DeleteResponse__Output>): grpc.ClientUnaryCall;
  
  Get(argument: _ringmesh_v1_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  Get(argument: _ringmesh_v1_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  Get(argument: _ringmesh_v1_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  Get(argument: _ringmesh_v1_GetRequest, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  get(argument: _ringmesh_v1_GetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  get(argument: _ringmesh_v1_GetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  get(argument: _ringmesh_v1_GetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  get(argument: _ringmesh_v1_GetRequest, callback: grpc.requestCallback<_ringmesh_v1_Document__Output>): grpc.ClientUnaryCall;
  
  List(argument: _ringmesh_v1_ListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _ringmesh_v1_ListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _ringmesh_v1_ListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  List(argument: _ringmesh_v1_ListRequest, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _ringmesh_v1_ListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _ringmesh_v1_ListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _ringmesh_v1_ListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  list(argument: _ringmesh_v1_ListRequest, callback: grpc.requestCallback<_ringmesh_v1_ListResponse__Output>): grpc.ClientUnaryCall;
  
  Validate(argument: _ringmesh_v1_ValidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  Validate(argument: _ringmesh_v1_ValidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  Validate(argument: _ringmesh_v1_ValidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  Validate(argument: _ringmesh_v1_ValidateRequest, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  validate(argument: _ringmesh_v1_ValidateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  validate(argument: _ringmesh_v1_ValidateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  validate(argument: _ringmesh_v1_ValidateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  validate(argument: _ringmesh_v1_ValidateRequest, callback: grpc.requestCallback<_ringmesh_v1_ValidateResponse__Output>): grpc.ClientUnaryCall;
  
  Watch(argument: _ringmesh_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ringmesh_v1_WatchEvent__Output>;
  Watch(argument: _ringmesh_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ringmesh_v1_WatchEvent__Output>;
  watch(argument: _ringmesh_v1_WatchRequest, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<_ringmesh_v1_WatchEvent__Output>;
  watch(argument: _ringmesh_v1_WatchRequest, options?: grpc.CallOptions): grpc.ClientReadableStream<_ringmesh_v1_WatchEvent__Output>;
  
}

export interface AdminServiceHandlers extends grpc.UntypedServiceImplementation {
  Apply: grpc.handleUnaryCall<_ringmesh_v1_ApplyRequest__Output, _ringmesh_v1_ApplyResponse>;
  
  Delete: grpc.handleUnaryCall<_ringmesh_v1_DeleteRequest__Output, _ringmesh_v1_DeleteResponse>;
  
  Get: grpc.handleUnaryCall<_ringmesh_v1_GetRequest__Output, _ringmesh_v1_Document>;
  
  List: grpc.handleUnaryCall<_ringmesh_v1_ListRequest__Output, _ringmesh_v1_ListResponse>;
  
  Validate: grpc.handleUnaryCall<_ringmesh_v1_ValidateRequest__Output, _ringmesh_v1_ValidateResponse>;
  
  Watch: grpc.handleServerStreamingCall<_ringmesh_v1_WatchRequest__Output, _ringmesh_v1_WatchEvent>;
  
}

export interface AdminServiceDefinition extends grpc.ServiceDefinition {
  Apply: MethodDefinition<_ringmesh_v1_ApplyRequest, _ringmesh_v1_ApplyResponse, _ringmesh_v1_ApplyRequest__Output, _ringmesh_v1_ApplyResponse__Output>
  Delete: MethodDefinition<_ringmesh_v1_DeleteRequest, _ringmesh_v1_DeleteResponse, _ringmesh_v1_DeleteRequest__Output, _ringmesh_v1_DeleteResponse__Output>
  Get: MethodDefinition<_ringmesh_v1_GetRequest, _ringmesh_v1_Document, _ringmesh_v1_GetRequest__Output, _ringmesh_v1_Document__Output>
  List: MethodDefinition<_ringmesh_v1_ListRequest, _ringmesh_v1_ListResponse, _ringmesh_v1_ListRequest__Output, _ringmesh_v1_ListResponse__Output>
  Validate: MethodDefinition<_ringmesh_v1_ValidateRequest, _ringmesh_v1_ValidateResponse, _ringmesh_v1_ValidateRequest__Output, _ringmesh_v1_ValidateResponse__Output>
  Watch: MethodDefinition<_ringmesh_v1_WatchRequest, _ringmesh_v1_WatchEvent, _ringmesh_v1_WatchRequest__Output, _ringmesh_v1_WatchEvent__Output>
}
