import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace ringmesh. */
export namespace ringmesh {

    /** Namespace v1. */
    namespace v1 {

        /** Represents an AdminService */
        class AdminService extends $protobuf.rpc.Service {

            /**
             * Constructs a new AdminService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new AdminService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): AdminService;

            /** Calls Apply. */
            apply: ringmesh.v1.AdminService.Apply;

            /** Calls Validate. */
            validate: ringmesh.v1.AdminService.Validate;

            /** Calls Get. */
            get: ringmesh.v1.AdminService.Get;

            /** Calls List. */
            list: ringmesh.v1.AdminService.List;

            /** Calls Delete. */
            delete: ringmesh.v1.AdminService.Delete;

            /** Calls Watch. */
            watch: ringmesh.v1.AdminService.Watch;
        }

        namespace AdminService {

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#apply}.
             * @param error Error, if any
             * @param [response] ApplyResponse
             */
            type ApplyCallback = (error: (Error|null), response?: ringmesh.v1.ApplyResponse) => void;

            /** Calls Apply. */
            type Apply = {
              (request: ringmesh.v1.IApplyRequest, callback: ringmesh.v1.AdminService.ApplyCallback): void;
              (request: ringmesh.v1.IApplyRequest): Promise<ringmesh.v1.ApplyResponse>;
              readonly name: "Apply";
              readonly path: "/ringmesh.v1.AdminService/Apply";
              readonly requestType: "ApplyRequest";
              readonly responseType: "ApplyResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#validate}.
             * @param error Error, if any
             * @param [response] ValidateResponse
             */
            type ValidateCallback = (error: (Error|null), response?: ringmesh.v1.ValidateResponse) => void;

            /** Calls Validate. */
            type Validate = {
              (request: ringmesh.v1.IValidateRequest, callback: ringmesh.v1.AdminService.ValidateCallback): void;
              (request: ringmesh.v1.IValidateRequest): Promise<ringmesh.v1.ValidateResponse>;
              readonly name: "Validate";
              readonly path: "/ringmesh.v1.AdminService/Validate";
              readonly requestType: "ValidateRequest";
              readonly responseType: "ValidateResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#get}.
             * @param error Error, if any
             * @param [response] Document
             */
            type GetCallback = (error: (Error|null), response?: ringmesh.v1.Document) => void;

            /** Calls Get. */
            type Get = {
              (request: ringmesh.v1.IGetRequest, callback: ringmesh.v1.AdminService.GetCallback): void;
              (request: ringmesh.v1.IGetRequest): Promise<ringmesh.v1.Document>;
              readonly name: "Get";
              readonly path: "/ringmesh.v1.AdminService/Get";
              readonly requestType: "GetRequest";
              readonly responseType: "Document";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#list}.
             * @param error Error, if any
             * @param [response] ListResponse
             */
            type ListCallback = (error: (Error|null), response?: ringmesh.v1.ListResponse) => void;

            /** Calls List. */
            type List = {
              (request: ringmesh.v1.IListRequest, callback: ringmesh.v1.AdminService.ListCallback): void;
              (request: ringmesh.v1.IListRequest): Promise<ringmesh.v1.ListResponse>;
              readonly name: "List";
              readonly path: "/ringmesh.v1.AdminService/List";
              readonly requestType: "ListRequest";
              readonly responseType: "ListResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#delete_}.
             * @param error Error, if any
             * @param [response] DeleteResponse
             */
            type DeleteCallback = (error: (Error|null), response?: ringmesh.v1.DeleteResponse) => void;

            /** Calls Delete. */
            type Delete = {
              (request: ringmesh.v1.IDeleteRequest, callback: ringmesh.v1.AdminService.DeleteCallback): void;
              (request: ringmesh.v1.IDeleteRequest): Promise<ringmesh.v1.DeleteResponse>;
              readonly name: "Delete";
              readonly path: "/ringmesh.v1.AdminService/Delete";
              readonly requestType: "DeleteRequest";
              readonly responseType: "DeleteResponse";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#watch}.
             * @param error Error, if any
             * @param [response] WatchEvent
             */
            type WatchCallback = (error: (Error|null), response?: ringmesh.v1.WatchEvent) => void;

            /** Calls Watch. */
            type Watch = {
              (request: ringmesh.v1.IWatchRequest, callback: ringmesh.v1.AdminService.WatchCallback): void;
              (request: ringmesh.v1.IWatchRequest): Promise<ringmesh.v1.WatchEvent>;
              readonly name: "Watch";
              readonly path: "/ringmesh.v1.AdminService/Watch";
              readonly requestType: "WatchRequest";
              readonly responseType: "WatchEvent";
              readonly requestStream: undefined;
              readonly responseStream: true;
            };
        }

        /**
         * Properties of an ApplyRequest.
         * @deprecated Use ringmesh.v1.ApplyRequest.$Properties instead.
         */
        interface IApplyRequest extends ringmesh.v1.ApplyRequest.$Properties {
        }

        /** Represents an ApplyRequest. */
        class ApplyRequest {

            /**
             * Constructs a new ApplyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ApplyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApplyRequest documents. */
            documents: ringmesh.v1.Document.$Properties[];

            /** ApplyRequest dryRun. */
            dryRun: boolean;

            /** ApplyRequest audio. */
            audio: { [k: string]: Uint8Array };

            /**
             * Creates a new ApplyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApplyRequest instance
             */
            static create(properties: ringmesh.v1.ApplyRequest.$Shape): ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape;
            static create(properties?: ringmesh.v1.ApplyRequest.$Properties): ringmesh.v1.ApplyRequest;

            /**
             * Encodes the specified ApplyRequest message. Does not implicitly {@link ringmesh.v1.ApplyRequest.verify|verify} messages.
             * @param message ApplyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ApplyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ApplyRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ApplyRequest.verify|verify} messages.
             * @param message ApplyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ApplyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape} ApplyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape;

            /**
             * Decodes an ApplyRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape} ApplyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape;

            /**
             * Verifies an ApplyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ApplyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ApplyRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ApplyRequest;

            /**
             * Creates a plain object from an ApplyRequest message. Also converts values to other types if specified.
             * @param message ApplyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ApplyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ApplyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ApplyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ApplyRequest {

            /** Properties of an ApplyRequest. */
            interface $Properties {

                /** ApplyRequest documents */
                documents?: (ringmesh.v1.Document.$Properties[]|null);

                /** ApplyRequest dryRun */
                dryRun?: (boolean|null);

                /** ApplyRequest audio */
                audio?: ({ [k: string]: Uint8Array }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplyRequest. */
            type $Shape = {
              documents?: ringmesh.v1.Document.$Shape[]|null;
              dryRun?: boolean|null;
              audio?: { [k: string]: Uint8Array }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an ApplyResponse.
         * @deprecated Use ringmesh.v1.ApplyResponse.$Properties instead.
         */
        interface IApplyResponse extends ringmesh.v1.ApplyResponse.$Properties {
        }

        /** Represents an ApplyResponse. */
        class ApplyResponse {

            /**
             * Constructs a new ApplyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ApplyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ApplyResponse documents. */
            documents: ringmesh.v1.Document.$Properties[];

            /**
             * Creates a new ApplyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ApplyResponse instance
             */
            static create(properties: ringmesh.v1.ApplyResponse.$Shape): ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape;
            static create(properties?: ringmesh.v1.ApplyResponse.$Properties): ringmesh.v1.ApplyResponse;

            /**
             * Encodes the specified ApplyResponse message. Does not implicitly {@link ringmesh.v1.ApplyResponse.verify|verify} messages.
             * @param message ApplyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ApplyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ApplyResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ApplyResponse.verify|verify} messages.
             * @param message ApplyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ApplyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ApplyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape} ApplyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape;

            /**
             * Decodes an ApplyResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape} ApplyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape;

            /**
             * Verifies an ApplyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ApplyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ApplyResponse
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ApplyResponse;

            /**
             * Creates a plain object from an ApplyResponse message. Also converts values to other types if specified.
             * @param message ApplyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ApplyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ApplyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ApplyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ApplyResponse {

            /** Properties of an ApplyResponse. */
            interface $Properties {

                /** ApplyResponse documents */
                documents?: (ringmesh.v1.Document.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ApplyResponse. */
            type $Shape = {
              documents?: ringmesh.v1.Document.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ValidateRequest.
         * @deprecated Use ringmesh.v1.ValidateRequest.$Properties instead.
         */
        interface IValidateRequest extends ringmesh.v1.ValidateRequest.$Properties {
        }

        /** Represents a ValidateRequest. */
        class ValidateRequest {

            /**
             * Constructs a new ValidateRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ValidateRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValidateRequest documents. */
            documents: ringmesh.v1.Document.$Properties[];

            /** ValidateRequest audio. */
            audio: { [k: string]: Uint8Array };

            /**
             * Creates a new ValidateRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidateRequest instance
             */
            static create(properties: ringmesh.v1.ValidateRequest.$Shape): ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape;
            static create(properties?: ringmesh.v1.ValidateRequest.$Properties): ringmesh.v1.ValidateRequest;

            /**
             * Encodes the specified ValidateRequest message. Does not implicitly {@link ringmesh.v1.ValidateRequest.verify|verify} messages.
             * @param message ValidateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ValidateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidateRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ValidateRequest.verify|verify} messages.
             * @param message ValidateRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ValidateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidateRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape} ValidateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape;

            /**
             * Decodes a ValidateRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape} ValidateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape;

            /**
             * Verifies a ValidateRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValidateRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValidateRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ValidateRequest;

            /**
             * Creates a plain object from a ValidateRequest message. Also converts values to other types if specified.
             * @param message ValidateRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ValidateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValidateRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValidateRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValidateRequest {

            /** Properties of a ValidateRequest. */
            interface $Properties {

                /** ValidateRequest documents */
                documents?: (ringmesh.v1.Document.$Properties[]|null);

                /** ValidateRequest audio */
                audio?: ({ [k: string]: Uint8Array }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValidateRequest. */
            type $Shape = {
              documents?: ringmesh.v1.Document.$Shape[]|null;
              audio?: { [k: string]: Uint8Array }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ValidateResponse.
         * @deprecated Use ringmesh.v1.ValidateResponse.$Properties instead.
         */
        interface IValidateResponse extends ringmesh.v1.ValidateResponse.$Properties {
        }

        /** Represents a ValidateResponse. */
        class ValidateResponse {

            /**
             * Constructs a new ValidateResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ValidateResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ValidateResponse documents. */
            documents: ringmesh.v1.Document.$Properties[];

            /**
             * Creates a new ValidateResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ValidateResponse instance
             */
            static create(properties: ringmesh.v1.ValidateResponse.$Shape): ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape;
            static create(properties?: ringmesh.v1.ValidateResponse.$Properties): ringmesh.v1.ValidateResponse;

            /**
             * Encodes the specified ValidateResponse message. Does not implicitly {@link ringmesh.v1.ValidateResponse.verify|verify} messages.
             * @param message ValidateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ValidateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ValidateResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ValidateResponse.verify|verify} messages.
             * @param message ValidateResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ValidateResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ValidateResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape} ValidateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape;

            /**
             * Decodes a ValidateResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape} ValidateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape;

            /**
             * Verifies a ValidateResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ValidateResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ValidateResponse
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ValidateResponse;

            /**
             * Creates a plain object from a ValidateResponse message. Also converts values to other types if specified.
             * @param message ValidateResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ValidateResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ValidateResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ValidateResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValidateResponse {

            /** Properties of a ValidateResponse. */
            interface $Properties {

                /** ValidateResponse documents */
                documents?: (ringmesh.v1.Document.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ValidateResponse. */
            type $Shape = {
              documents?: ringmesh.v1.Document.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a GetRequest.
         * @deprecated Use ringmesh.v1.GetRequest.$Properties instead.
         */
        interface IGetRequest extends ringmesh.v1.GetRequest.$Properties {
        }

        /** Represents a GetRequest. */
        class GetRequest {

            /**
             * Constructs a new GetRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GetRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GetRequest kind. */
            kind: string;

            /** GetRequest organisation. */
            organisation: string;

            /** GetRequest name. */
            name: string;

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetRequest instance
             */
            static create(properties: ringmesh.v1.GetRequest.$Shape): ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape;
            static create(properties?: ringmesh.v1.GetRequest.$Properties): ringmesh.v1.GetRequest;

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link ringmesh.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link ringmesh.v1.GetRequest.verify|verify} messages.
             * @param message GetRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GetRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape;

            /**
             * Decodes a GetRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape;

            /**
             * Verifies a GetRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GetRequest;

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @param message GetRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GetRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetRequest {

            /** Properties of a GetRequest. */
            interface $Properties {

                /** GetRequest kind */
                kind?: (string|null);

                /** GetRequest organisation */
                organisation?: (string|null);

                /** GetRequest name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetRequest. */
            type $Shape = ringmesh.v1.GetRequest.$Properties;
        }

        /**
         * Properties of a ListRequest.
         * @deprecated Use ringmesh.v1.ListRequest.$Properties instead.
         */
        interface IListRequest extends ringmesh.v1.ListRequest.$Properties {
        }

        /** Represents a ListRequest. */
        class ListRequest {

            /**
             * Constructs a new ListRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ListRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListRequest kind. */
            kind: string;

            /** ListRequest organisation. */
            organisation: string;

            /**
             * Creates a new ListRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListRequest instance
             */
            static create(properties: ringmesh.v1.ListRequest.$Shape): ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape;
            static create(properties?: ringmesh.v1.ListRequest.$Properties): ringmesh.v1.ListRequest;

            /**
             * Encodes the specified ListRequest message. Does not implicitly {@link ringmesh.v1.ListRequest.verify|verify} messages.
             * @param message ListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ListRequest.verify|verify} messages.
             * @param message ListRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ListRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape;

            /**
             * Decodes a ListRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape;

            /**
             * Verifies a ListRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ListRequest;

            /**
             * Creates a plain object from a ListRequest message. Also converts values to other types if specified.
             * @param message ListRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ListRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListRequest {

            /** Properties of a ListRequest. */
            interface $Properties {

                /** ListRequest kind */
                kind?: (string|null);

                /** ListRequest organisation */
                organisation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListRequest. */
            type $Shape = ringmesh.v1.ListRequest.$Properties;
        }

        /**
         * Properties of a ListResponse.
         * @deprecated Use ringmesh.v1.ListResponse.$Properties instead.
         */
        interface IListResponse extends ringmesh.v1.ListResponse.$Properties {
        }

        /** Represents a ListResponse. */
        class ListResponse {

            /**
             * Constructs a new ListResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ListResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListResponse documents. */
            documents: ringmesh.v1.Document.$Properties[];

            /**
             * Creates a new ListResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListResponse instance
             */
            static create(properties: ringmesh.v1.ListResponse.$Shape): ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape;
            static create(properties?: ringmesh.v1.ListResponse.$Properties): ringmesh.v1.ListResponse;

            /**
             * Encodes the specified ListResponse message. Does not implicitly {@link ringmesh.v1.ListResponse.verify|verify} messages.
             * @param message ListResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ListResponse.verify|verify} messages.
             * @param message ListResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ListResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape} ListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape;

            /**
             * Decodes a ListResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape} ListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape;

            /**
             * Verifies a ListResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ListResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListResponse
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ListResponse;

            /**
             * Creates a plain object from a ListResponse message. Also converts values to other types if specified.
             * @param message ListResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ListResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListResponse {

            /** Properties of a ListResponse. */
            interface $Properties {

                /** ListResponse documents */
                documents?: (ringmesh.v1.Document.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListResponse. */
            type $Shape = {
              documents?: ringmesh.v1.Document.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use ringmesh.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends ringmesh.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest kind. */
            kind: string;

            /** DeleteRequest organisation. */
            organisation: string;

            /** DeleteRequest name. */
            name: string;

            /** DeleteRequest resourceVersion. */
            resourceVersion: string;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: ringmesh.v1.DeleteRequest.$Shape): ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape;
            static create(properties?: ringmesh.v1.DeleteRequest.$Properties): ringmesh.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link ringmesh.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeleteRequest message, length delimited. Does not implicitly {@link ringmesh.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape;

            /**
             * Verifies a DeleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.DeleteRequest;

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @param message DeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest kind */
                kind?: (string|null);

                /** DeleteRequest organisation */
                organisation?: (string|null);

                /** DeleteRequest name */
                name?: (string|null);

                /** DeleteRequest resourceVersion */
                resourceVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = ringmesh.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a DeleteResponse.
         * @deprecated Use ringmesh.v1.DeleteResponse.$Properties instead.
         */
        interface IDeleteResponse extends ringmesh.v1.DeleteResponse.$Properties {
        }

        /** Represents a DeleteResponse. */
        class DeleteResponse {

            /**
             * Constructs a new DeleteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.DeleteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new DeleteResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteResponse instance
             */
            static create(properties: ringmesh.v1.DeleteResponse.$Shape): ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape;
            static create(properties?: ringmesh.v1.DeleteResponse.$Properties): ringmesh.v1.DeleteResponse;

            /**
             * Encodes the specified DeleteResponse message. Does not implicitly {@link ringmesh.v1.DeleteResponse.verify|verify} messages.
             * @param message DeleteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeleteResponse message, length delimited. Does not implicitly {@link ringmesh.v1.DeleteResponse.verify|verify} messages.
             * @param message DeleteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.DeleteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape} DeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape;

            /**
             * Decodes a DeleteResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape} DeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape;

            /**
             * Verifies a DeleteResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteResponse
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.DeleteResponse;

            /**
             * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
             * @param message DeleteResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.DeleteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteResponse {

            /** Properties of a DeleteResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteResponse. */
            type $Shape = ringmesh.v1.DeleteResponse.$Properties;
        }

        /**
         * Properties of a WatchRequest.
         * @deprecated Use ringmesh.v1.WatchRequest.$Properties instead.
         */
        interface IWatchRequest extends ringmesh.v1.WatchRequest.$Properties {
        }

        /** Represents a WatchRequest. */
        class WatchRequest {

            /**
             * Constructs a new WatchRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.WatchRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchRequest kind. */
            kind: string;

            /** WatchRequest organisation. */
            organisation: string;

            /**
             * Creates a new WatchRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchRequest instance
             */
            static create(properties: ringmesh.v1.WatchRequest.$Shape): ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape;
            static create(properties?: ringmesh.v1.WatchRequest.$Properties): ringmesh.v1.WatchRequest;

            /**
             * Encodes the specified WatchRequest message. Does not implicitly {@link ringmesh.v1.WatchRequest.verify|verify} messages.
             * @param message WatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link ringmesh.v1.WatchRequest.verify|verify} messages.
             * @param message WatchRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape;

            /**
             * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape;

            /**
             * Verifies a WatchRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.WatchRequest;

            /**
             * Creates a plain object from a WatchRequest message. Also converts values to other types if specified.
             * @param message WatchRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.WatchRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchRequest {

            /** Properties of a WatchRequest. */
            interface $Properties {

                /** WatchRequest kind */
                kind?: (string|null);

                /** WatchRequest organisation */
                organisation?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchRequest. */
            type $Shape = ringmesh.v1.WatchRequest.$Properties;
        }

        /** WatchOp enum. */
        enum WatchOp {

            /** WATCH_OP_UNSPECIFIED value */
            WATCH_OP_UNSPECIFIED = 0,

            /** PUT value */
            PUT = 1,

            /** DELETE value */
            DELETE = 2
        }

        /**
         * Properties of a WatchEvent.
         * @deprecated Use ringmesh.v1.WatchEvent.$Properties instead.
         */
        interface IWatchEvent extends ringmesh.v1.WatchEvent.$Properties {
        }

        /** Represents a WatchEvent. */
        class WatchEvent {

            /**
             * Constructs a new WatchEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.WatchEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchEvent op. */
            op: ringmesh.v1.WatchOp;

            /** WatchEvent document. */
            document?: (ringmesh.v1.Document.$Properties|null);

            /** WatchEvent resourceVersion. */
            resourceVersion: string;

            /**
             * Creates a new WatchEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchEvent instance
             */
            static create(properties: ringmesh.v1.WatchEvent.$Shape): ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape;
            static create(properties?: ringmesh.v1.WatchEvent.$Properties): ringmesh.v1.WatchEvent;

            /**
             * Encodes the specified WatchEvent message. Does not implicitly {@link ringmesh.v1.WatchEvent.verify|verify} messages.
             * @param message WatchEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.WatchEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchEvent message, length delimited. Does not implicitly {@link ringmesh.v1.WatchEvent.verify|verify} messages.
             * @param message WatchEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.WatchEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape} WatchEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape;

            /**
             * Decodes a WatchEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape} WatchEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape;

            /**
             * Verifies a WatchEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WatchEvent
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.WatchEvent;

            /**
             * Creates a plain object from a WatchEvent message. Also converts values to other types if specified.
             * @param message WatchEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.WatchEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchEvent {

            /** Properties of a WatchEvent. */
            interface $Properties {

                /** WatchEvent op */
                op?: (ringmesh.v1.WatchOp|null);

                /** WatchEvent document */
                document?: (ringmesh.v1.Document.$Properties|null);

                /** WatchEvent resourceVersion */
                resourceVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchEvent. */
            type $Shape = {
              op?: ringmesh.v1.WatchOp|null;
              document?: ringmesh.v1.Document.$Shape|null;
              resourceVersion?: string|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a FieldError.
         * @deprecated Use ringmesh.v1.FieldError.$Properties instead.
         */
        interface IFieldError extends ringmesh.v1.FieldError.$Properties {
        }

        /** Represents a FieldError. */
        class FieldError {

            /**
             * Constructs a new FieldError.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.FieldError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FieldError document. */
            document: string;

            /** FieldError path. */
            path: string;

            /** FieldError reason. */
            reason: string;

            /**
             * Creates a new FieldError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldError instance
             */
            static create(properties: ringmesh.v1.FieldError.$Shape): ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape;
            static create(properties?: ringmesh.v1.FieldError.$Properties): ringmesh.v1.FieldError;

            /**
             * Encodes the specified FieldError message. Does not implicitly {@link ringmesh.v1.FieldError.verify|verify} messages.
             * @param message FieldError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.FieldError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FieldError message, length delimited. Does not implicitly {@link ringmesh.v1.FieldError.verify|verify} messages.
             * @param message FieldError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.FieldError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape} FieldError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape;

            /**
             * Decodes a FieldError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape} FieldError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape;

            /**
             * Verifies a FieldError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FieldError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FieldError
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.FieldError;

            /**
             * Creates a plain object from a FieldError message. Also converts values to other types if specified.
             * @param message FieldError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.FieldError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FieldError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FieldError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FieldError {

            /** Properties of a FieldError. */
            interface $Properties {

                /** FieldError document */
                document?: (string|null);

                /** FieldError path */
                path?: (string|null);

                /** FieldError reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FieldError. */
            type $Shape = ringmesh.v1.FieldError.$Properties;
        }

        /**
         * Properties of a FieldErrors.
         * @deprecated Use ringmesh.v1.FieldErrors.$Properties instead.
         */
        interface IFieldErrors extends ringmesh.v1.FieldErrors.$Properties {
        }

        /** Represents a FieldErrors. */
        class FieldErrors {

            /**
             * Constructs a new FieldErrors.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.FieldErrors.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FieldErrors errors. */
            errors: ringmesh.v1.FieldError.$Properties[];

            /**
             * Creates a new FieldErrors instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldErrors instance
             */
            static create(properties: ringmesh.v1.FieldErrors.$Shape): ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape;
            static create(properties?: ringmesh.v1.FieldErrors.$Properties): ringmesh.v1.FieldErrors;

            /**
             * Encodes the specified FieldErrors message. Does not implicitly {@link ringmesh.v1.FieldErrors.verify|verify} messages.
             * @param message FieldErrors message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.FieldErrors.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FieldErrors message, length delimited. Does not implicitly {@link ringmesh.v1.FieldErrors.verify|verify} messages.
             * @param message FieldErrors message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.FieldErrors.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldErrors message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape} FieldErrors
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape;

            /**
             * Decodes a FieldErrors message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape} FieldErrors
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape;

            /**
             * Verifies a FieldErrors message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FieldErrors message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FieldErrors
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.FieldErrors;

            /**
             * Creates a plain object from a FieldErrors message. Also converts values to other types if specified.
             * @param message FieldErrors
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.FieldErrors, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FieldErrors to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FieldErrors
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FieldErrors {

            /** Properties of a FieldErrors. */
            interface $Properties {

                /** FieldErrors errors */
                errors?: (ringmesh.v1.FieldError.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FieldErrors. */
            type $Shape = ringmesh.v1.FieldErrors.$Properties;
        }

        /**
         * Properties of a Referrers.
         * @deprecated Use ringmesh.v1.Referrers.$Properties instead.
         */
        interface IReferrers extends ringmesh.v1.Referrers.$Properties {
        }

        /** Represents a Referrers. */
        class Referrers {

            /**
             * Constructs a new Referrers.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Referrers.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Referrers object. */
            object: string;

            /** Referrers referrers. */
            referrers: string[];

            /**
             * Creates a new Referrers instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Referrers instance
             */
            static create(properties: ringmesh.v1.Referrers.$Shape): ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape;
            static create(properties?: ringmesh.v1.Referrers.$Properties): ringmesh.v1.Referrers;

            /**
             * Encodes the specified Referrers message. Does not implicitly {@link ringmesh.v1.Referrers.verify|verify} messages.
             * @param message Referrers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Referrers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Referrers message, length delimited. Does not implicitly {@link ringmesh.v1.Referrers.verify|verify} messages.
             * @param message Referrers message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Referrers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Referrers message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape} Referrers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape;

            /**
             * Decodes a Referrers message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape} Referrers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape;

            /**
             * Verifies a Referrers message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Referrers message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Referrers
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Referrers;

            /**
             * Creates a plain object from a Referrers message. Also converts values to other types if specified.
             * @param message Referrers
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Referrers, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Referrers to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Referrers
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Referrers {

            /** Properties of a Referrers. */
            interface $Properties {

                /** Referrers object */
                object?: (string|null);

                /** Referrers referrers */
                referrers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Referrers. */
            type $Shape = ringmesh.v1.Referrers.$Properties;
        }

        /**
         * Properties of a Metadata.
         * @deprecated Use ringmesh.v1.Metadata.$Properties instead.
         */
        interface IMetadata extends ringmesh.v1.Metadata.$Properties {
        }

        /** Represents a Metadata. */
        class Metadata {

            /**
             * Constructs a new Metadata.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Metadata.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Metadata organisation. */
            organisation: string;

            /** Metadata name. */
            name: string;

            /** Metadata resourceVersion. */
            resourceVersion: string;

            /**
             * Creates a new Metadata instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Metadata instance
             */
            static create(properties: ringmesh.v1.Metadata.$Shape): ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape;
            static create(properties?: ringmesh.v1.Metadata.$Properties): ringmesh.v1.Metadata;

            /**
             * Encodes the specified Metadata message. Does not implicitly {@link ringmesh.v1.Metadata.verify|verify} messages.
             * @param message Metadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Metadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Metadata message, length delimited. Does not implicitly {@link ringmesh.v1.Metadata.verify|verify} messages.
             * @param message Metadata message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Metadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Metadata message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape} Metadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape;

            /**
             * Decodes a Metadata message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape} Metadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape;

            /**
             * Verifies a Metadata message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Metadata message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Metadata
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Metadata;

            /**
             * Creates a plain object from a Metadata message. Also converts values to other types if specified.
             * @param message Metadata
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Metadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Metadata to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Metadata
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Metadata {

            /** Properties of a Metadata. */
            interface $Properties {

                /** Metadata organisation */
                organisation?: (string|null);

                /** Metadata name */
                name?: (string|null);

                /** Metadata resourceVersion */
                resourceVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Metadata. */
            type $Shape = ringmesh.v1.Metadata.$Properties;
        }

        /**
         * Properties of a Document.
         * @deprecated Use ringmesh.v1.Document.$Properties instead.
         */
        interface IDocument extends ringmesh.v1.Document.$Properties {
        }

        /** Represents a Document. */
        class Document {

            /**
             * Constructs a new Document.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Document.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Document apiVersion. */
            apiVersion: string;

            /** Document kind. */
            kind: string;

            /** Document metadata. */
            metadata?: (ringmesh.v1.Metadata.$Properties|null);

            /** Document organisation. */
            organisation?: (ringmesh.v1.OrganisationSpec.$Properties|null);

            /** Document user. */
            user?: (ringmesh.v1.UserSpec.$Properties|null);

            /** Document announcement. */
            announcement?: (ringmesh.v1.AnnouncementSpec.$Properties|null);

            /** Document schedule. */
            schedule?: (ringmesh.v1.ScheduleSpec.$Properties|null);

            /** Document ivrMenu. */
            ivrMenu?: (ringmesh.v1.IvrMenuSpec.$Properties|null);

            /** Document answerGroup. */
            answerGroup?: (ringmesh.v1.AnswerGroupSpec.$Properties|null);

            /** Document spec. */
            spec?: ("organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup");

            /**
             * Creates a new Document instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Document instance
             */
            static create(properties: ringmesh.v1.Document.$Shape): ringmesh.v1.Document & ringmesh.v1.Document.$Shape;
            static create(properties?: ringmesh.v1.Document.$Properties): ringmesh.v1.Document;

            /**
             * Encodes the specified Document message. Does not implicitly {@link ringmesh.v1.Document.verify|verify} messages.
             * @param message Document message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Document.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Document message, length delimited. Does not implicitly {@link ringmesh.v1.Document.verify|verify} messages.
             * @param message Document message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Document.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Document message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Document & ringmesh.v1.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Document & ringmesh.v1.Document.$Shape;

            /**
             * Decodes a Document message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Document & ringmesh.v1.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Document & ringmesh.v1.Document.$Shape;

            /**
             * Verifies a Document message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Document message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Document
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Document;

            /**
             * Creates a plain object from a Document message. Also converts values to other types if specified.
             * @param message Document
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Document, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Document to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Document
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Document {

            /** Properties of a Document. */
            interface $Properties {

                /** Document apiVersion */
                apiVersion?: (string|null);

                /** Document kind */
                kind?: (string|null);

                /** Document metadata */
                metadata?: (ringmesh.v1.Metadata.$Properties|null);

                /** Document organisation */
                organisation?: (ringmesh.v1.OrganisationSpec.$Properties|null);

                /** Document user */
                user?: (ringmesh.v1.UserSpec.$Properties|null);

                /** Document announcement */
                announcement?: (ringmesh.v1.AnnouncementSpec.$Properties|null);

                /** Document schedule */
                schedule?: (ringmesh.v1.ScheduleSpec.$Properties|null);

                /** Document ivrMenu */
                ivrMenu?: (ringmesh.v1.IvrMenuSpec.$Properties|null);

                /** Document answerGroup */
                answerGroup?: (ringmesh.v1.AnswerGroupSpec.$Properties|null);

                /** Document spec */
                spec?: ("organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Document. */
            type $Shape = {
              apiVersion?: string|null;
              kind?: string|null;
              metadata?: ringmesh.v1.Metadata.$Shape|null;
              organisation?: ringmesh.v1.OrganisationSpec.$Shape|null;
              user?: ringmesh.v1.UserSpec.$Shape|null;
              announcement?: ringmesh.v1.AnnouncementSpec.$Shape|null;
              schedule?: ringmesh.v1.ScheduleSpec.$Shape|null;
              ivrMenu?: ringmesh.v1.IvrMenuSpec.$Shape|null;
              answerGroup?: ringmesh.v1.AnswerGroupSpec.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ spec?: undefined; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "organisation"; organisation: ringmesh.v1.OrganisationSpec.$Shape; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "user"; organisation?: null; user: ringmesh.v1.UserSpec.$Shape; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "announcement"; organisation?: null; user?: null; announcement: ringmesh.v1.AnnouncementSpec.$Shape; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "schedule"; organisation?: null; user?: null; announcement?: null; schedule: ringmesh.v1.ScheduleSpec.$Shape; ivrMenu?: null; answerGroup?: null }|{ spec?: "ivrMenu"; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu: ringmesh.v1.IvrMenuSpec.$Shape; answerGroup?: null }|{ spec?: "answerGroup"; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup: ringmesh.v1.AnswerGroupSpec.$Shape })
            );
        }

        /**
         * Properties of a Destination.
         * @deprecated Use ringmesh.v1.Destination.$Properties instead.
         */
        interface IDestination extends ringmesh.v1.Destination.$Properties {
        }

        /** Represents a Destination. */
        class Destination {

            /**
             * Constructs a new Destination.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Destination.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Destination type. */
            type: string;

            /** Destination group. */
            group: string;

            /** Destination user. */
            user: string;

            /** Destination ivr. */
            ivr: string;

            /** Destination number. */
            number: string;

            /** Destination announcement. */
            announcement: string;

            /**
             * Creates a new Destination instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Destination instance
             */
            static create(properties: ringmesh.v1.Destination.$Shape): ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape;
            static create(properties?: ringmesh.v1.Destination.$Properties): ringmesh.v1.Destination;

            /**
             * Encodes the specified Destination message. Does not implicitly {@link ringmesh.v1.Destination.verify|verify} messages.
             * @param message Destination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Destination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Destination message, length delimited. Does not implicitly {@link ringmesh.v1.Destination.verify|verify} messages.
             * @param message Destination message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Destination.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Destination message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape;

            /**
             * Decodes a Destination message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape;

            /**
             * Verifies a Destination message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Destination message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Destination
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Destination;

            /**
             * Creates a plain object from a Destination message. Also converts values to other types if specified.
             * @param message Destination
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Destination, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Destination to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Destination
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Destination {

            /** Properties of a Destination. */
            interface $Properties {

                /** Destination type */
                type?: (string|null);

                /** Destination group */
                group?: (string|null);

                /** Destination user */
                user?: (string|null);

                /** Destination ivr */
                ivr?: (string|null);

                /** Destination number */
                number?: (string|null);

                /** Destination announcement */
                announcement?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Destination. */
            type $Shape = ringmesh.v1.Destination.$Properties;
        }

        /**
         * Properties of an OrganisationSpec.
         * @deprecated Use ringmesh.v1.OrganisationSpec.$Properties instead.
         */
        interface IOrganisationSpec extends ringmesh.v1.OrganisationSpec.$Properties {
        }

        /** Represents an OrganisationSpec. */
        class OrganisationSpec {

            /**
             * Constructs a new OrganisationSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.OrganisationSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OrganisationSpec domain. */
            domain: string;

            /** OrganisationSpec numbers. */
            numbers: string[];

            /**
             * Creates a new OrganisationSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OrganisationSpec instance
             */
            static create(properties: ringmesh.v1.OrganisationSpec.$Shape): ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape;
            static create(properties?: ringmesh.v1.OrganisationSpec.$Properties): ringmesh.v1.OrganisationSpec;

            /**
             * Encodes the specified OrganisationSpec message. Does not implicitly {@link ringmesh.v1.OrganisationSpec.verify|verify} messages.
             * @param message OrganisationSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.OrganisationSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OrganisationSpec message, length delimited. Does not implicitly {@link ringmesh.v1.OrganisationSpec.verify|verify} messages.
             * @param message OrganisationSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.OrganisationSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OrganisationSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape} OrganisationSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape;

            /**
             * Decodes an OrganisationSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape} OrganisationSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape;

            /**
             * Verifies an OrganisationSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OrganisationSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OrganisationSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.OrganisationSpec;

            /**
             * Creates a plain object from an OrganisationSpec message. Also converts values to other types if specified.
             * @param message OrganisationSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.OrganisationSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OrganisationSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OrganisationSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OrganisationSpec {

            /** Properties of an OrganisationSpec. */
            interface $Properties {

                /** OrganisationSpec domain */
                domain?: (string|null);

                /** OrganisationSpec numbers */
                numbers?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OrganisationSpec. */
            type $Shape = ringmesh.v1.OrganisationSpec.$Properties;
        }

        /**
         * Properties of a Device.
         * @deprecated Use ringmesh.v1.Device.$Properties instead.
         */
        interface IDevice extends ringmesh.v1.Device.$Properties {
        }

        /** Represents a Device. */
        class Device {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Device.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Device kind. */
            kind: string;

            /** Device sipUser. */
            sipUser: string;

            /** Device password. */
            password: string;

            /** Device ha1. */
            ha1: string;

            /** Device number. */
            number: string;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            static create(properties: ringmesh.v1.Device.$Shape): ringmesh.v1.Device & ringmesh.v1.Device.$Shape;
            static create(properties?: ringmesh.v1.Device.$Properties): ringmesh.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link ringmesh.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link ringmesh.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Device & ringmesh.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Device & ringmesh.v1.Device.$Shape;

            /**
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Device & ringmesh.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Device & ringmesh.v1.Device.$Shape;

            /**
             * Verifies a Device message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Device
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param message Device
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Device
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Device {

            /** Properties of a Device. */
            interface $Properties {

                /** Device kind */
                kind?: (string|null);

                /** Device sipUser */
                sipUser?: (string|null);

                /** Device password */
                password?: (string|null);

                /** Device ha1 */
                ha1?: (string|null);

                /** Device number */
                number?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Device. */
            type $Shape = ringmesh.v1.Device.$Properties;
        }

        /**
         * Properties of a UserSpec.
         * @deprecated Use ringmesh.v1.UserSpec.$Properties instead.
         */
        interface IUserSpec extends ringmesh.v1.UserSpec.$Properties {
        }

        /** Represents a UserSpec. */
        class UserSpec {

            /**
             * Constructs a new UserSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.UserSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserSpec displayName. */
            displayName: string;

            /** UserSpec profile. */
            profile?: (string|null);

            /** UserSpec presence. */
            presence?: (string|null);

            /** UserSpec devices. */
            devices: ringmesh.v1.Device.$Properties[];

            /**
             * Creates a new UserSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserSpec instance
             */
            static create(properties: ringmesh.v1.UserSpec.$Shape): ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape;
            static create(properties?: ringmesh.v1.UserSpec.$Properties): ringmesh.v1.UserSpec;

            /**
             * Encodes the specified UserSpec message. Does not implicitly {@link ringmesh.v1.UserSpec.verify|verify} messages.
             * @param message UserSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.UserSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserSpec message, length delimited. Does not implicitly {@link ringmesh.v1.UserSpec.verify|verify} messages.
             * @param message UserSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.UserSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape} UserSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape;

            /**
             * Decodes a UserSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape} UserSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape;

            /**
             * Verifies a UserSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.UserSpec;

            /**
             * Creates a plain object from a UserSpec message. Also converts values to other types if specified.
             * @param message UserSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.UserSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserSpec {

            /** Properties of a UserSpec. */
            interface $Properties {

                /** UserSpec displayName */
                displayName?: (string|null);

                /** UserSpec profile */
                profile?: (string|null);

                /** UserSpec presence */
                presence?: (string|null);

                /** UserSpec devices */
                devices?: (ringmesh.v1.Device.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserSpec. */
            type $Shape = ringmesh.v1.UserSpec.$Properties;
        }

        /**
         * Properties of an AnnouncementSpec.
         * @deprecated Use ringmesh.v1.AnnouncementSpec.$Properties instead.
         */
        interface IAnnouncementSpec extends ringmesh.v1.AnnouncementSpec.$Properties {
        }

        /** Represents an AnnouncementSpec. */
        class AnnouncementSpec {

            /**
             * Constructs a new AnnouncementSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AnnouncementSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnnouncementSpec file. */
            file: string;

            /** AnnouncementSpec sha256. */
            sha256: string;

            /**
             * Creates a new AnnouncementSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnnouncementSpec instance
             */
            static create(properties: ringmesh.v1.AnnouncementSpec.$Shape): ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape;
            static create(properties?: ringmesh.v1.AnnouncementSpec.$Properties): ringmesh.v1.AnnouncementSpec;

            /**
             * Encodes the specified AnnouncementSpec message. Does not implicitly {@link ringmesh.v1.AnnouncementSpec.verify|verify} messages.
             * @param message AnnouncementSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AnnouncementSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AnnouncementSpec message, length delimited. Does not implicitly {@link ringmesh.v1.AnnouncementSpec.verify|verify} messages.
             * @param message AnnouncementSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AnnouncementSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnnouncementSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape} AnnouncementSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape;

            /**
             * Decodes an AnnouncementSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape} AnnouncementSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape;

            /**
             * Verifies an AnnouncementSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnnouncementSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnnouncementSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AnnouncementSpec;

            /**
             * Creates a plain object from an AnnouncementSpec message. Also converts values to other types if specified.
             * @param message AnnouncementSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AnnouncementSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnnouncementSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnnouncementSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnnouncementSpec {

            /** Properties of an AnnouncementSpec. */
            interface $Properties {

                /** AnnouncementSpec file */
                file?: (string|null);

                /** AnnouncementSpec sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnnouncementSpec. */
            type $Shape = ringmesh.v1.AnnouncementSpec.$Properties;
        }

        /**
         * Properties of a WeeklyInterval.
         * @deprecated Use ringmesh.v1.WeeklyInterval.$Properties instead.
         */
        interface IWeeklyInterval extends ringmesh.v1.WeeklyInterval.$Properties {
        }

        /** Represents a WeeklyInterval. */
        class WeeklyInterval {

            /**
             * Constructs a new WeeklyInterval.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.WeeklyInterval.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WeeklyInterval days. */
            days: string[];

            /** WeeklyInterval open. */
            open: string;

            /** WeeklyInterval close. */
            close: string;

            /**
             * Creates a new WeeklyInterval instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WeeklyInterval instance
             */
            static create(properties: ringmesh.v1.WeeklyInterval.$Shape): ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape;
            static create(properties?: ringmesh.v1.WeeklyInterval.$Properties): ringmesh.v1.WeeklyInterval;

            /**
             * Encodes the specified WeeklyInterval message. Does not implicitly {@link ringmesh.v1.WeeklyInterval.verify|verify} messages.
             * @param message WeeklyInterval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.WeeklyInterval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WeeklyInterval message, length delimited. Does not implicitly {@link ringmesh.v1.WeeklyInterval.verify|verify} messages.
             * @param message WeeklyInterval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.WeeklyInterval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WeeklyInterval message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape} WeeklyInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape;

            /**
             * Decodes a WeeklyInterval message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape} WeeklyInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape;

            /**
             * Verifies a WeeklyInterval message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WeeklyInterval message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WeeklyInterval
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.WeeklyInterval;

            /**
             * Creates a plain object from a WeeklyInterval message. Also converts values to other types if specified.
             * @param message WeeklyInterval
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.WeeklyInterval, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WeeklyInterval to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WeeklyInterval
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WeeklyInterval {

            /** Properties of a WeeklyInterval. */
            interface $Properties {

                /** WeeklyInterval days */
                days?: (string[]|null);

                /** WeeklyInterval open */
                open?: (string|null);

                /** WeeklyInterval close */
                close?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WeeklyInterval. */
            type $Shape = ringmesh.v1.WeeklyInterval.$Properties;
        }

        /**
         * Properties of a ScheduleException.
         * @deprecated Use ringmesh.v1.ScheduleException.$Properties instead.
         */
        interface IScheduleException extends ringmesh.v1.ScheduleException.$Properties {
        }

        /** Represents a ScheduleException. */
        class ScheduleException {

            /**
             * Constructs a new ScheduleException.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ScheduleException.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScheduleException date. */
            date: string;

            /** ScheduleException closed. */
            closed?: (boolean|null);

            /** ScheduleException open. */
            open: string;

            /** ScheduleException close. */
            close: string;

            /**
             * Creates a new ScheduleException instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScheduleException instance
             */
            static create(properties: ringmesh.v1.ScheduleException.$Shape): ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape;
            static create(properties?: ringmesh.v1.ScheduleException.$Properties): ringmesh.v1.ScheduleException;

            /**
             * Encodes the specified ScheduleException message. Does not implicitly {@link ringmesh.v1.ScheduleException.verify|verify} messages.
             * @param message ScheduleException message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ScheduleException.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ScheduleException message, length delimited. Does not implicitly {@link ringmesh.v1.ScheduleException.verify|verify} messages.
             * @param message ScheduleException message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ScheduleException.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScheduleException message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape} ScheduleException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape;

            /**
             * Decodes a ScheduleException message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape} ScheduleException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape;

            /**
             * Verifies a ScheduleException message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ScheduleException message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ScheduleException
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ScheduleException;

            /**
             * Creates a plain object from a ScheduleException message. Also converts values to other types if specified.
             * @param message ScheduleException
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ScheduleException, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ScheduleException to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ScheduleException
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScheduleException {

            /** Properties of a ScheduleException. */
            interface $Properties {

                /** ScheduleException date */
                date?: (string|null);

                /** ScheduleException closed */
                closed?: (boolean|null);

                /** ScheduleException open */
                open?: (string|null);

                /** ScheduleException close */
                close?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScheduleException. */
            type $Shape = ringmesh.v1.ScheduleException.$Properties;
        }

        /**
         * Properties of a ScheduleSpec.
         * @deprecated Use ringmesh.v1.ScheduleSpec.$Properties instead.
         */
        interface IScheduleSpec extends ringmesh.v1.ScheduleSpec.$Properties {
        }

        /** Represents a ScheduleSpec. */
        class ScheduleSpec {

            /**
             * Constructs a new ScheduleSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ScheduleSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ScheduleSpec timeZone. */
            timeZone: string;

            /** ScheduleSpec weekly. */
            weekly: ringmesh.v1.WeeklyInterval.$Properties[];

            /** ScheduleSpec exceptions. */
            exceptions: ringmesh.v1.ScheduleException.$Properties[];

            /** ScheduleSpec closedDestination. */
            closedDestination?: (ringmesh.v1.Destination.$Properties|null);

            /**
             * Creates a new ScheduleSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ScheduleSpec instance
             */
            static create(properties: ringmesh.v1.ScheduleSpec.$Shape): ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape;
            static create(properties?: ringmesh.v1.ScheduleSpec.$Properties): ringmesh.v1.ScheduleSpec;

            /**
             * Encodes the specified ScheduleSpec message. Does not implicitly {@link ringmesh.v1.ScheduleSpec.verify|verify} messages.
             * @param message ScheduleSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ScheduleSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ScheduleSpec message, length delimited. Does not implicitly {@link ringmesh.v1.ScheduleSpec.verify|verify} messages.
             * @param message ScheduleSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ScheduleSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ScheduleSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape} ScheduleSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape;

            /**
             * Decodes a ScheduleSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape} ScheduleSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape;

            /**
             * Verifies a ScheduleSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ScheduleSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ScheduleSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ScheduleSpec;

            /**
             * Creates a plain object from a ScheduleSpec message. Also converts values to other types if specified.
             * @param message ScheduleSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ScheduleSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ScheduleSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ScheduleSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ScheduleSpec {

            /** Properties of a ScheduleSpec. */
            interface $Properties {

                /** ScheduleSpec timeZone */
                timeZone?: (string|null);

                /** ScheduleSpec weekly */
                weekly?: (ringmesh.v1.WeeklyInterval.$Properties[]|null);

                /** ScheduleSpec exceptions */
                exceptions?: (ringmesh.v1.ScheduleException.$Properties[]|null);

                /** ScheduleSpec closedDestination */
                closedDestination?: (ringmesh.v1.Destination.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ScheduleSpec. */
            type $Shape = ringmesh.v1.ScheduleSpec.$Properties;
        }

        /**
         * Properties of an IvrMenuSpec.
         * @deprecated Use ringmesh.v1.IvrMenuSpec.$Properties instead.
         */
        interface IIvrMenuSpec extends ringmesh.v1.IvrMenuSpec.$Properties {
        }

        /** Represents an IvrMenuSpec. */
        class IvrMenuSpec {

            /**
             * Constructs a new IvrMenuSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.IvrMenuSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IvrMenuSpec prompt. */
            prompt: string;

            /** IvrMenuSpec options. */
            options: { [k: string]: ringmesh.v1.Destination.$Properties };

            /** IvrMenuSpec timeoutSeconds. */
            timeoutSeconds?: (number|null);

            /** IvrMenuSpec retries. */
            retries?: (number|null);

            /** IvrMenuSpec invalidPrompt. */
            invalidPrompt: string;

            /** IvrMenuSpec defaultDestination. */
            defaultDestination?: (ringmesh.v1.Destination.$Properties|null);

            /**
             * Creates a new IvrMenuSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IvrMenuSpec instance
             */
            static create(properties: ringmesh.v1.IvrMenuSpec.$Shape): ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape;
            static create(properties?: ringmesh.v1.IvrMenuSpec.$Properties): ringmesh.v1.IvrMenuSpec;

            /**
             * Encodes the specified IvrMenuSpec message. Does not implicitly {@link ringmesh.v1.IvrMenuSpec.verify|verify} messages.
             * @param message IvrMenuSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.IvrMenuSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified IvrMenuSpec message, length delimited. Does not implicitly {@link ringmesh.v1.IvrMenuSpec.verify|verify} messages.
             * @param message IvrMenuSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.IvrMenuSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IvrMenuSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape} IvrMenuSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape;

            /**
             * Decodes an IvrMenuSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape} IvrMenuSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape;

            /**
             * Verifies an IvrMenuSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IvrMenuSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IvrMenuSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.IvrMenuSpec;

            /**
             * Creates a plain object from an IvrMenuSpec message. Also converts values to other types if specified.
             * @param message IvrMenuSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.IvrMenuSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IvrMenuSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IvrMenuSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IvrMenuSpec {

            /** Properties of an IvrMenuSpec. */
            interface $Properties {

                /** IvrMenuSpec prompt */
                prompt?: (string|null);

                /** IvrMenuSpec options */
                options?: ({ [k: string]: ringmesh.v1.Destination.$Properties }|null);

                /** IvrMenuSpec timeoutSeconds */
                timeoutSeconds?: (number|null);

                /** IvrMenuSpec retries */
                retries?: (number|null);

                /** IvrMenuSpec invalidPrompt */
                invalidPrompt?: (string|null);

                /** IvrMenuSpec defaultDestination */
                defaultDestination?: (ringmesh.v1.Destination.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IvrMenuSpec. */
            type $Shape = ringmesh.v1.IvrMenuSpec.$Properties;
        }

        /**
         * Properties of an OfferedNumber.
         * @deprecated Use ringmesh.v1.OfferedNumber.$Properties instead.
         */
        interface IOfferedNumber extends ringmesh.v1.OfferedNumber.$Properties {
        }

        /** Represents an OfferedNumber. */
        class OfferedNumber {

            /**
             * Constructs a new OfferedNumber.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.OfferedNumber.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferedNumber show. */
            show?: (string|null);

            /** OfferedNumber prefix. */
            prefix: string;

            /** OfferedNumber suffix. */
            suffix: string;

            /**
             * Creates a new OfferedNumber instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferedNumber instance
             */
            static create(properties: ringmesh.v1.OfferedNumber.$Shape): ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape;
            static create(properties?: ringmesh.v1.OfferedNumber.$Properties): ringmesh.v1.OfferedNumber;

            /**
             * Encodes the specified OfferedNumber message. Does not implicitly {@link ringmesh.v1.OfferedNumber.verify|verify} messages.
             * @param message OfferedNumber message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.OfferedNumber.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OfferedNumber message, length delimited. Does not implicitly {@link ringmesh.v1.OfferedNumber.verify|verify} messages.
             * @param message OfferedNumber message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.OfferedNumber.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferedNumber message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape} OfferedNumber
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape;

            /**
             * Decodes an OfferedNumber message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape} OfferedNumber
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape;

            /**
             * Verifies an OfferedNumber message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferedNumber message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferedNumber
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.OfferedNumber;

            /**
             * Creates a plain object from an OfferedNumber message. Also converts values to other types if specified.
             * @param message OfferedNumber
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.OfferedNumber, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferedNumber to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OfferedNumber
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfferedNumber {

            /** Properties of an OfferedNumber. */
            interface $Properties {

                /** OfferedNumber show */
                show?: (string|null);

                /** OfferedNumber prefix */
                prefix?: (string|null);

                /** OfferedNumber suffix */
                suffix?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferedNumber. */
            type $Shape = ringmesh.v1.OfferedNumber.$Properties;
        }

        /**
         * Properties of a QueueSettings.
         * @deprecated Use ringmesh.v1.QueueSettings.$Properties instead.
         */
        interface IQueueSettings extends ringmesh.v1.QueueSettings.$Properties {
        }

        /** Represents a QueueSettings. */
        class QueueSettings {

            /**
             * Constructs a new QueueSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.QueueSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueueSettings maxWaitSeconds. */
            maxWaitSeconds: number;

            /** QueueSettings maxRingAttempts. */
            maxRingAttempts: number;

            /** QueueSettings maxQueueLength. */
            maxQueueLength: number;

            /** QueueSettings noAgentsDestination. */
            noAgentsDestination?: (ringmesh.v1.Destination.$Properties|null);

            /** QueueSettings overflowDestination. */
            overflowDestination?: (ringmesh.v1.Destination.$Properties|null);

            /**
             * Creates a new QueueSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueueSettings instance
             */
            static create(properties: ringmesh.v1.QueueSettings.$Shape): ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape;
            static create(properties?: ringmesh.v1.QueueSettings.$Properties): ringmesh.v1.QueueSettings;

            /**
             * Encodes the specified QueueSettings message. Does not implicitly {@link ringmesh.v1.QueueSettings.verify|verify} messages.
             * @param message QueueSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.QueueSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueueSettings message, length delimited. Does not implicitly {@link ringmesh.v1.QueueSettings.verify|verify} messages.
             * @param message QueueSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.QueueSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueueSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape} QueueSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape;

            /**
             * Decodes a QueueSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape} QueueSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape;

            /**
             * Verifies a QueueSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueueSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueueSettings
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.QueueSettings;

            /**
             * Creates a plain object from a QueueSettings message. Also converts values to other types if specified.
             * @param message QueueSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.QueueSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueueSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueueSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueSettings {

            /** Properties of a QueueSettings. */
            interface $Properties {

                /** QueueSettings maxWaitSeconds */
                maxWaitSeconds?: (number|null);

                /** QueueSettings maxRingAttempts */
                maxRingAttempts?: (number|null);

                /** QueueSettings maxQueueLength */
                maxQueueLength?: (number|null);

                /** QueueSettings noAgentsDestination */
                noAgentsDestination?: (ringmesh.v1.Destination.$Properties|null);

                /** QueueSettings overflowDestination */
                overflowDestination?: (ringmesh.v1.Destination.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueueSettings. */
            type $Shape = ringmesh.v1.QueueSettings.$Properties;
        }

        /**
         * Properties of a RoutingSettings.
         * @deprecated Use ringmesh.v1.RoutingSettings.$Properties instead.
         */
        interface IRoutingSettings extends ringmesh.v1.RoutingSettings.$Properties {
        }

        /** Represents a RoutingSettings. */
        class RoutingSettings {

            /**
             * Constructs a new RoutingSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.RoutingSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoutingSettings mode. */
            mode?: (string|null);

            /** RoutingSettings presenceAware. */
            presenceAware?: (boolean|null);

            /** RoutingSettings longestIdle. */
            longestIdle?: (boolean|null);

            /** RoutingSettings ringDevices. */
            ringDevices: string[];

            /** RoutingSettings simultaneousAgents. */
            simultaneousAgents?: (number|null);

            /** RoutingSettings wrapUpSeconds. */
            wrapUpSeconds: number;

            /** RoutingSettings ringSeconds. */
            ringSeconds?: (number|null);

            /** RoutingSettings autoLogoutAfterMissed. */
            autoLogoutAfterMissed: number;

            /**
             * Creates a new RoutingSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoutingSettings instance
             */
            static create(properties: ringmesh.v1.RoutingSettings.$Shape): ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape;
            static create(properties?: ringmesh.v1.RoutingSettings.$Properties): ringmesh.v1.RoutingSettings;

            /**
             * Encodes the specified RoutingSettings message. Does not implicitly {@link ringmesh.v1.RoutingSettings.verify|verify} messages.
             * @param message RoutingSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.RoutingSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RoutingSettings message, length delimited. Does not implicitly {@link ringmesh.v1.RoutingSettings.verify|verify} messages.
             * @param message RoutingSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.RoutingSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoutingSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape} RoutingSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape;

            /**
             * Decodes a RoutingSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape} RoutingSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape;

            /**
             * Verifies a RoutingSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoutingSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoutingSettings
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.RoutingSettings;

            /**
             * Creates a plain object from a RoutingSettings message. Also converts values to other types if specified.
             * @param message RoutingSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.RoutingSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoutingSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoutingSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoutingSettings {

            /** Properties of a RoutingSettings. */
            interface $Properties {

                /** RoutingSettings mode */
                mode?: (string|null);

                /** RoutingSettings presenceAware */
                presenceAware?: (boolean|null);

                /** RoutingSettings longestIdle */
                longestIdle?: (boolean|null);

                /** RoutingSettings ringDevices */
                ringDevices?: (string[]|null);

                /** RoutingSettings simultaneousAgents */
                simultaneousAgents?: (number|null);

                /** RoutingSettings wrapUpSeconds */
                wrapUpSeconds?: (number|null);

                /** RoutingSettings ringSeconds */
                ringSeconds?: (number|null);

                /** RoutingSettings autoLogoutAfterMissed */
                autoLogoutAfterMissed?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoutingSettings. */
            type $Shape = ringmesh.v1.RoutingSettings.$Properties;
        }

        /**
         * Properties of a Member.
         * @deprecated Use ringmesh.v1.Member.$Properties instead.
         */
        interface IMember extends ringmesh.v1.Member.$Properties {
        }

        /** Represents a Member. */
        class Member {

            /**
             * Constructs a new Member.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Member.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Member user. */
            user: string;

            /** Member skillLevel. */
            skillLevel?: (number|null);

            /** Member ringOrder. */
            ringOrder?: (number|null);

            /**
             * Creates a new Member instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Member instance
             */
            static create(properties: ringmesh.v1.Member.$Shape): ringmesh.v1.Member & ringmesh.v1.Member.$Shape;
            static create(properties?: ringmesh.v1.Member.$Properties): ringmesh.v1.Member;

            /**
             * Encodes the specified Member message. Does not implicitly {@link ringmesh.v1.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Member message, length delimited. Does not implicitly {@link ringmesh.v1.Member.verify|verify} messages.
             * @param message Member message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Member & ringmesh.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Member & ringmesh.v1.Member.$Shape;

            /**
             * Decodes a Member message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Member & ringmesh.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Member & ringmesh.v1.Member.$Shape;

            /**
             * Verifies a Member message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Member
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Member;

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @param message Member
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Member, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Member to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Member
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {

            /** Properties of a Member. */
            interface $Properties {

                /** Member user */
                user?: (string|null);

                /** Member skillLevel */
                skillLevel?: (number|null);

                /** Member ringOrder */
                ringOrder?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Member. */
            type $Shape = ringmesh.v1.Member.$Properties;
        }

        /**
         * Properties of an AnnouncementSettings.
         * @deprecated Use ringmesh.v1.AnnouncementSettings.$Properties instead.
         */
        interface IAnnouncementSettings extends ringmesh.v1.AnnouncementSettings.$Properties {
        }

        /** Represents an AnnouncementSettings. */
        class AnnouncementSettings {

            /**
             * Constructs a new AnnouncementSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AnnouncementSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnnouncementSettings entry. */
            entry: string;

            /** AnnouncementSettings hold. */
            hold: string;

            /** AnnouncementSettings progress. */
            progress: string;

            /** AnnouncementSettings progressIntervalSeconds. */
            progressIntervalSeconds: number;

            /** AnnouncementSettings ringbackOnOffer. */
            ringbackOnOffer?: (boolean|null);

            /** AnnouncementSettings announcePosition. */
            announcePosition?: (boolean|null);

            /** AnnouncementSettings announceEstimatedWait. */
            announceEstimatedWait?: (boolean|null);

            /**
             * Creates a new AnnouncementSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnnouncementSettings instance
             */
            static create(properties: ringmesh.v1.AnnouncementSettings.$Shape): ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape;
            static create(properties?: ringmesh.v1.AnnouncementSettings.$Properties): ringmesh.v1.AnnouncementSettings;

            /**
             * Encodes the specified AnnouncementSettings message. Does not implicitly {@link ringmesh.v1.AnnouncementSettings.verify|verify} messages.
             * @param message AnnouncementSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AnnouncementSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AnnouncementSettings message, length delimited. Does not implicitly {@link ringmesh.v1.AnnouncementSettings.verify|verify} messages.
             * @param message AnnouncementSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AnnouncementSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnnouncementSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape} AnnouncementSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape;

            /**
             * Decodes an AnnouncementSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape} AnnouncementSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape;

            /**
             * Verifies an AnnouncementSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnnouncementSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnnouncementSettings
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AnnouncementSettings;

            /**
             * Creates a plain object from an AnnouncementSettings message. Also converts values to other types if specified.
             * @param message AnnouncementSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AnnouncementSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnnouncementSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnnouncementSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnnouncementSettings {

            /** Properties of an AnnouncementSettings. */
            interface $Properties {

                /** AnnouncementSettings entry */
                entry?: (string|null);

                /** AnnouncementSettings hold */
                hold?: (string|null);

                /** AnnouncementSettings progress */
                progress?: (string|null);

                /** AnnouncementSettings progressIntervalSeconds */
                progressIntervalSeconds?: (number|null);

                /** AnnouncementSettings ringbackOnOffer */
                ringbackOnOffer?: (boolean|null);

                /** AnnouncementSettings announcePosition */
                announcePosition?: (boolean|null);

                /** AnnouncementSettings announceEstimatedWait */
                announceEstimatedWait?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnnouncementSettings. */
            type $Shape = ringmesh.v1.AnnouncementSettings.$Properties;
        }

        /**
         * Properties of a CallbackSettings.
         * @deprecated Use ringmesh.v1.CallbackSettings.$Properties instead.
         */
        interface ICallbackSettings extends ringmesh.v1.CallbackSettings.$Properties {
        }

        /** Represents a CallbackSettings. */
        class CallbackSettings {

            /**
             * Constructs a new CallbackSettings.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallbackSettings.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallbackSettings enabled. */
            enabled: boolean;

            /** CallbackSettings ringSeconds. */
            ringSeconds: number;

            /** CallbackSettings attempts. */
            attempts: number;

            /** CallbackSettings validityMinutes. */
            validityMinutes: number;

            /** CallbackSettings agentMetadata. */
            agentMetadata: string;

            /** CallbackSettings agentAnnouncement. */
            agentAnnouncement: string;

            /** CallbackSettings offerAnnouncement. */
            offerAnnouncement: string;

            /** CallbackSettings offerAfterOpenMinutes. */
            offerAfterOpenMinutes: number;

            /** CallbackSettings offerWhenQueuedAbove. */
            offerWhenQueuedAbove: number;

            /** CallbackSettings offerWhenLongestWaitMinutes. */
            offerWhenLongestWaitMinutes: number;

            /** CallbackSettings offerWhenEstimatedWaitMinutes. */
            offerWhenEstimatedWaitMinutes: number;

            /** CallbackSettings stopBeforeCloseMinutes. */
            stopBeforeCloseMinutes: number;

            /**
             * Creates a new CallbackSettings instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallbackSettings instance
             */
            static create(properties: ringmesh.v1.CallbackSettings.$Shape): ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape;
            static create(properties?: ringmesh.v1.CallbackSettings.$Properties): ringmesh.v1.CallbackSettings;

            /**
             * Encodes the specified CallbackSettings message. Does not implicitly {@link ringmesh.v1.CallbackSettings.verify|verify} messages.
             * @param message CallbackSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallbackSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallbackSettings message, length delimited. Does not implicitly {@link ringmesh.v1.CallbackSettings.verify|verify} messages.
             * @param message CallbackSettings message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallbackSettings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallbackSettings message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape} CallbackSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape;

            /**
             * Decodes a CallbackSettings message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape} CallbackSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape;

            /**
             * Verifies a CallbackSettings message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallbackSettings message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallbackSettings
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallbackSettings;

            /**
             * Creates a plain object from a CallbackSettings message. Also converts values to other types if specified.
             * @param message CallbackSettings
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallbackSettings, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallbackSettings to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallbackSettings
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallbackSettings {

            /** Properties of a CallbackSettings. */
            interface $Properties {

                /** CallbackSettings enabled */
                enabled?: (boolean|null);

                /** CallbackSettings ringSeconds */
                ringSeconds?: (number|null);

                /** CallbackSettings attempts */
                attempts?: (number|null);

                /** CallbackSettings validityMinutes */
                validityMinutes?: (number|null);

                /** CallbackSettings agentMetadata */
                agentMetadata?: (string|null);

                /** CallbackSettings agentAnnouncement */
                agentAnnouncement?: (string|null);

                /** CallbackSettings offerAnnouncement */
                offerAnnouncement?: (string|null);

                /** CallbackSettings offerAfterOpenMinutes */
                offerAfterOpenMinutes?: (number|null);

                /** CallbackSettings offerWhenQueuedAbove */
                offerWhenQueuedAbove?: (number|null);

                /** CallbackSettings offerWhenLongestWaitMinutes */
                offerWhenLongestWaitMinutes?: (number|null);

                /** CallbackSettings offerWhenEstimatedWaitMinutes */
                offerWhenEstimatedWaitMinutes?: (number|null);

                /** CallbackSettings stopBeforeCloseMinutes */
                stopBeforeCloseMinutes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallbackSettings. */
            type $Shape = ringmesh.v1.CallbackSettings.$Properties;
        }

        /**
         * Properties of an AnswerGroupSpec.
         * @deprecated Use ringmesh.v1.AnswerGroupSpec.$Properties instead.
         */
        interface IAnswerGroupSpec extends ringmesh.v1.AnswerGroupSpec.$Properties {
        }

        /** Represents an AnswerGroupSpec. */
        class AnswerGroupSpec {

            /**
             * Constructs a new AnswerGroupSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AnswerGroupSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AnswerGroupSpec type. */
            type?: (string|null);

            /** AnswerGroupSpec displayName. */
            displayName: string;

            /** AnswerGroupSpec billingId. */
            billingId: string;

            /** AnswerGroupSpec number. */
            number: string;

            /** AnswerGroupSpec hiddenFromDirectory. */
            hiddenFromDirectory?: (boolean|null);

            /** AnswerGroupSpec allowNumberDisplay. */
            allowNumberDisplay?: (boolean|null);

            /** AnswerGroupSpec offeredNumber. */
            offeredNumber?: (ringmesh.v1.OfferedNumber.$Properties|null);

            /** AnswerGroupSpec schedule. */
            schedule: string;

            /** AnswerGroupSpec queue. */
            queue?: (ringmesh.v1.QueueSettings.$Properties|null);

            /** AnswerGroupSpec routing. */
            routing?: (ringmesh.v1.RoutingSettings.$Properties|null);

            /** AnswerGroupSpec members. */
            members: ringmesh.v1.Member.$Properties[];

            /** AnswerGroupSpec supervisors. */
            supervisors: string[];

            /** AnswerGroupSpec announcements. */
            announcements?: (ringmesh.v1.AnnouncementSettings.$Properties|null);

            /** AnswerGroupSpec callback. */
            callback?: (ringmesh.v1.CallbackSettings.$Properties|null);

            /**
             * Creates a new AnswerGroupSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AnswerGroupSpec instance
             */
            static create(properties: ringmesh.v1.AnswerGroupSpec.$Shape): ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape;
            static create(properties?: ringmesh.v1.AnswerGroupSpec.$Properties): ringmesh.v1.AnswerGroupSpec;

            /**
             * Encodes the specified AnswerGroupSpec message. Does not implicitly {@link ringmesh.v1.AnswerGroupSpec.verify|verify} messages.
             * @param message AnswerGroupSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AnswerGroupSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AnswerGroupSpec message, length delimited. Does not implicitly {@link ringmesh.v1.AnswerGroupSpec.verify|verify} messages.
             * @param message AnswerGroupSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AnswerGroupSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AnswerGroupSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape} AnswerGroupSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape;

            /**
             * Decodes an AnswerGroupSpec message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape} AnswerGroupSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape;

            /**
             * Verifies an AnswerGroupSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AnswerGroupSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AnswerGroupSpec
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AnswerGroupSpec;

            /**
             * Creates a plain object from an AnswerGroupSpec message. Also converts values to other types if specified.
             * @param message AnswerGroupSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AnswerGroupSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AnswerGroupSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AnswerGroupSpec
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AnswerGroupSpec {

            /** Properties of an AnswerGroupSpec. */
            interface $Properties {

                /** AnswerGroupSpec type */
                type?: (string|null);

                /** AnswerGroupSpec displayName */
                displayName?: (string|null);

                /** AnswerGroupSpec billingId */
                billingId?: (string|null);

                /** AnswerGroupSpec number */
                number?: (string|null);

                /** AnswerGroupSpec hiddenFromDirectory */
                hiddenFromDirectory?: (boolean|null);

                /** AnswerGroupSpec allowNumberDisplay */
                allowNumberDisplay?: (boolean|null);

                /** AnswerGroupSpec offeredNumber */
                offeredNumber?: (ringmesh.v1.OfferedNumber.$Properties|null);

                /** AnswerGroupSpec schedule */
                schedule?: (string|null);

                /** AnswerGroupSpec queue */
                queue?: (ringmesh.v1.QueueSettings.$Properties|null);

                /** AnswerGroupSpec routing */
                routing?: (ringmesh.v1.RoutingSettings.$Properties|null);

                /** AnswerGroupSpec members */
                members?: (ringmesh.v1.Member.$Properties[]|null);

                /** AnswerGroupSpec supervisors */
                supervisors?: (string[]|null);

                /** AnswerGroupSpec announcements */
                announcements?: (ringmesh.v1.AnnouncementSettings.$Properties|null);

                /** AnswerGroupSpec callback */
                callback?: (ringmesh.v1.CallbackSettings.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AnswerGroupSpec. */
            type $Shape = ringmesh.v1.AnswerGroupSpec.$Properties;
        }
    }
}
