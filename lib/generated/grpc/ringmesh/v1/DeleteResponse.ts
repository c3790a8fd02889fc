// Original file: proto/ringmesh/v1/admin.proto


export interface DeleteResponse {
}

export interface DeleteResponse__Output {
}
