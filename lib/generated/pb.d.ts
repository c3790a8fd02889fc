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

        /**
         * Properties of a CallArrived.
         * @deprecated Use ringmesh.v1.CallArrived.$Properties instead.
         */
        interface ICallArrived extends ringmesh.v1.CallArrived.$Properties {
        }

        /** Represents a CallArrived. */
        class CallArrived {

            /**
             * Constructs a new CallArrived.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallArrived.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallArrived callId. */
            callId: string;

            /** CallArrived caller. */
            caller: string;

            /** CallArrived firstArrivedAt. */
            firstArrivedAt?: (number|Long|null);

            /**
             * Creates a new CallArrived instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallArrived instance
             */
            static create(properties: ringmesh.v1.CallArrived.$Shape): ringmesh.v1.CallArrived & ringmesh.v1.CallArrived.$Shape;
            static create(properties?: ringmesh.v1.CallArrived.$Properties): ringmesh.v1.CallArrived;

            /**
             * Encodes the specified CallArrived message. Does not implicitly {@link ringmesh.v1.CallArrived.verify|verify} messages.
             * @param message CallArrived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallArrived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallArrived message, length delimited. Does not implicitly {@link ringmesh.v1.CallArrived.verify|verify} messages.
             * @param message CallArrived message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallArrived.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallArrived message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallArrived & ringmesh.v1.CallArrived.$Shape} CallArrived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallArrived & ringmesh.v1.CallArrived.$Shape;

            /**
             * Decodes a CallArrived message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallArrived & ringmesh.v1.CallArrived.$Shape} CallArrived
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallArrived & ringmesh.v1.CallArrived.$Shape;

            /**
             * Verifies a CallArrived message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallArrived message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallArrived
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallArrived;

            /**
             * Creates a plain object from a CallArrived message. Also converts values to other types if specified.
             * @param message CallArrived
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallArrived, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallArrived to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallArrived
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallArrived {

            /** Properties of a CallArrived. */
            interface $Properties {

                /** CallArrived callId */
                callId?: (string|null);

                /** CallArrived caller */
                caller?: (string|null);

                /** CallArrived firstArrivedAt */
                firstArrivedAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallArrived. */
            type $Shape = ringmesh.v1.CallArrived.$Properties;
        }

        /**
         * Properties of a CallerHungUp.
         * @deprecated Use ringmesh.v1.CallerHungUp.$Properties instead.
         */
        interface ICallerHungUp extends ringmesh.v1.CallerHungUp.$Properties {
        }

        /** Represents a CallerHungUp. */
        class CallerHungUp {

            /**
             * Constructs a new CallerHungUp.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallerHungUp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallerHungUp callId. */
            callId: string;

            /**
             * Creates a new CallerHungUp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallerHungUp instance
             */
            static create(properties: ringmesh.v1.CallerHungUp.$Shape): ringmesh.v1.CallerHungUp & ringmesh.v1.CallerHungUp.$Shape;
            static create(properties?: ringmesh.v1.CallerHungUp.$Properties): ringmesh.v1.CallerHungUp;

            /**
             * Encodes the specified CallerHungUp message. Does not implicitly {@link ringmesh.v1.CallerHungUp.verify|verify} messages.
             * @param message CallerHungUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallerHungUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallerHungUp message, length delimited. Does not implicitly {@link ringmesh.v1.CallerHungUp.verify|verify} messages.
             * @param message CallerHungUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallerHungUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallerHungUp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallerHungUp & ringmesh.v1.CallerHungUp.$Shape} CallerHungUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallerHungUp & ringmesh.v1.CallerHungUp.$Shape;

            /**
             * Decodes a CallerHungUp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallerHungUp & ringmesh.v1.CallerHungUp.$Shape} CallerHungUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallerHungUp & ringmesh.v1.CallerHungUp.$Shape;

            /**
             * Verifies a CallerHungUp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallerHungUp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallerHungUp
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallerHungUp;

            /**
             * Creates a plain object from a CallerHungUp message. Also converts values to other types if specified.
             * @param message CallerHungUp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallerHungUp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallerHungUp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallerHungUp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallerHungUp {

            /** Properties of a CallerHungUp. */
            interface $Properties {

                /** CallerHungUp callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallerHungUp. */
            type $Shape = ringmesh.v1.CallerHungUp.$Properties;
        }

        /**
         * Properties of a LegAnswered.
         * @deprecated Use ringmesh.v1.LegAnswered.$Properties instead.
         */
        interface ILegAnswered extends ringmesh.v1.LegAnswered.$Properties {
        }

        /** Represents a LegAnswered. */
        class LegAnswered {

            /**
             * Constructs a new LegAnswered.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.LegAnswered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegAnswered callId. */
            callId: string;

            /** LegAnswered agentId. */
            agentId: string;

            /** LegAnswered connected. */
            connected: boolean;

            /**
             * Creates a new LegAnswered instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegAnswered instance
             */
            static create(properties: ringmesh.v1.LegAnswered.$Shape): ringmesh.v1.LegAnswered & ringmesh.v1.LegAnswered.$Shape;
            static create(properties?: ringmesh.v1.LegAnswered.$Properties): ringmesh.v1.LegAnswered;

            /**
             * Encodes the specified LegAnswered message. Does not implicitly {@link ringmesh.v1.LegAnswered.verify|verify} messages.
             * @param message LegAnswered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.LegAnswered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LegAnswered message, length delimited. Does not implicitly {@link ringmesh.v1.LegAnswered.verify|verify} messages.
             * @param message LegAnswered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.LegAnswered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegAnswered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.LegAnswered & ringmesh.v1.LegAnswered.$Shape} LegAnswered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.LegAnswered & ringmesh.v1.LegAnswered.$Shape;

            /**
             * Decodes a LegAnswered message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.LegAnswered & ringmesh.v1.LegAnswered.$Shape} LegAnswered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.LegAnswered & ringmesh.v1.LegAnswered.$Shape;

            /**
             * Verifies a LegAnswered message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LegAnswered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LegAnswered
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.LegAnswered;

            /**
             * Creates a plain object from a LegAnswered message. Also converts values to other types if specified.
             * @param message LegAnswered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.LegAnswered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegAnswered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LegAnswered
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LegAnswered {

            /** Properties of a LegAnswered. */
            interface $Properties {

                /** LegAnswered callId */
                callId?: (string|null);

                /** LegAnswered agentId */
                agentId?: (string|null);

                /** LegAnswered connected */
                connected?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LegAnswered. */
            type $Shape = ringmesh.v1.LegAnswered.$Properties;
        }

        /**
         * Properties of a LegFailed.
         * @deprecated Use ringmesh.v1.LegFailed.$Properties instead.
         */
        interface ILegFailed extends ringmesh.v1.LegFailed.$Properties {
        }

        /** Represents a LegFailed. */
        class LegFailed {

            /**
             * Constructs a new LegFailed.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.LegFailed.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegFailed callId. */
            callId: string;

            /** LegFailed agentId. */
            agentId: string;

            /** LegFailed reason. */
            reason: string;

            /**
             * Creates a new LegFailed instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegFailed instance
             */
            static create(properties: ringmesh.v1.LegFailed.$Shape): ringmesh.v1.LegFailed & ringmesh.v1.LegFailed.$Shape;
            static create(properties?: ringmesh.v1.LegFailed.$Properties): ringmesh.v1.LegFailed;

            /**
             * Encodes the specified LegFailed message. Does not implicitly {@link ringmesh.v1.LegFailed.verify|verify} messages.
             * @param message LegFailed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.LegFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LegFailed message, length delimited. Does not implicitly {@link ringmesh.v1.LegFailed.verify|verify} messages.
             * @param message LegFailed message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.LegFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegFailed message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.LegFailed & ringmesh.v1.LegFailed.$Shape} LegFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.LegFailed & ringmesh.v1.LegFailed.$Shape;

            /**
             * Decodes a LegFailed message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.LegFailed & ringmesh.v1.LegFailed.$Shape} LegFailed
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.LegFailed & ringmesh.v1.LegFailed.$Shape;

            /**
             * Verifies a LegFailed message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LegFailed message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LegFailed
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.LegFailed;

            /**
             * Creates a plain object from a LegFailed message. Also converts values to other types if specified.
             * @param message LegFailed
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.LegFailed, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegFailed to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LegFailed
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LegFailed {

            /** Properties of a LegFailed. */
            interface $Properties {

                /** LegFailed callId */
                callId?: (string|null);

                /** LegFailed agentId */
                agentId?: (string|null);

                /** LegFailed reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LegFailed. */
            type $Shape = ringmesh.v1.LegFailed.$Properties;
        }

        /**
         * Properties of a ConnectedCallEnded.
         * @deprecated Use ringmesh.v1.ConnectedCallEnded.$Properties instead.
         */
        interface IConnectedCallEnded extends ringmesh.v1.ConnectedCallEnded.$Properties {
        }

        /** Represents a ConnectedCallEnded. */
        class ConnectedCallEnded {

            /**
             * Constructs a new ConnectedCallEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ConnectedCallEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectedCallEnded callId. */
            callId: string;

            /**
             * Creates a new ConnectedCallEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectedCallEnded instance
             */
            static create(properties: ringmesh.v1.ConnectedCallEnded.$Shape): ringmesh.v1.ConnectedCallEnded & ringmesh.v1.ConnectedCallEnded.$Shape;
            static create(properties?: ringmesh.v1.ConnectedCallEnded.$Properties): ringmesh.v1.ConnectedCallEnded;

            /**
             * Encodes the specified ConnectedCallEnded message. Does not implicitly {@link ringmesh.v1.ConnectedCallEnded.verify|verify} messages.
             * @param message ConnectedCallEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ConnectedCallEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnectedCallEnded message, length delimited. Does not implicitly {@link ringmesh.v1.ConnectedCallEnded.verify|verify} messages.
             * @param message ConnectedCallEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ConnectedCallEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectedCallEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ConnectedCallEnded & ringmesh.v1.ConnectedCallEnded.$Shape} ConnectedCallEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ConnectedCallEnded & ringmesh.v1.ConnectedCallEnded.$Shape;

            /**
             * Decodes a ConnectedCallEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ConnectedCallEnded & ringmesh.v1.ConnectedCallEnded.$Shape} ConnectedCallEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ConnectedCallEnded & ringmesh.v1.ConnectedCallEnded.$Shape;

            /**
             * Verifies a ConnectedCallEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectedCallEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectedCallEnded
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ConnectedCallEnded;

            /**
             * Creates a plain object from a ConnectedCallEnded message. Also converts values to other types if specified.
             * @param message ConnectedCallEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ConnectedCallEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectedCallEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnectedCallEnded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectedCallEnded {

            /** Properties of a ConnectedCallEnded. */
            interface $Properties {

                /** ConnectedCallEnded callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectedCallEnded. */
            type $Shape = ringmesh.v1.ConnectedCallEnded.$Properties;
        }

        /**
         * Properties of a SignalingNodeGone.
         * @deprecated Use ringmesh.v1.SignalingNodeGone.$Properties instead.
         */
        interface ISignalingNodeGone extends ringmesh.v1.SignalingNodeGone.$Properties {
        }

        /** Represents a SignalingNodeGone. */
        class SignalingNodeGone {

            /**
             * Constructs a new SignalingNodeGone.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.SignalingNodeGone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignalingNodeGone nodeId. */
            nodeId: string;

            /** SignalingNodeGone epoch. */
            epoch: string;

            /**
             * Creates a new SignalingNodeGone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignalingNodeGone instance
             */
            static create(properties: ringmesh.v1.SignalingNodeGone.$Shape): ringmesh.v1.SignalingNodeGone & ringmesh.v1.SignalingNodeGone.$Shape;
            static create(properties?: ringmesh.v1.SignalingNodeGone.$Properties): ringmesh.v1.SignalingNodeGone;

            /**
             * Encodes the specified SignalingNodeGone message. Does not implicitly {@link ringmesh.v1.SignalingNodeGone.verify|verify} messages.
             * @param message SignalingNodeGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.SignalingNodeGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignalingNodeGone message, length delimited. Does not implicitly {@link ringmesh.v1.SignalingNodeGone.verify|verify} messages.
             * @param message SignalingNodeGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.SignalingNodeGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignalingNodeGone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.SignalingNodeGone & ringmesh.v1.SignalingNodeGone.$Shape} SignalingNodeGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.SignalingNodeGone & ringmesh.v1.SignalingNodeGone.$Shape;

            /**
             * Decodes a SignalingNodeGone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.SignalingNodeGone & ringmesh.v1.SignalingNodeGone.$Shape} SignalingNodeGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.SignalingNodeGone & ringmesh.v1.SignalingNodeGone.$Shape;

            /**
             * Verifies a SignalingNodeGone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignalingNodeGone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignalingNodeGone
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.SignalingNodeGone;

            /**
             * Creates a plain object from a SignalingNodeGone message. Also converts values to other types if specified.
             * @param message SignalingNodeGone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.SignalingNodeGone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignalingNodeGone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignalingNodeGone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignalingNodeGone {

            /** Properties of a SignalingNodeGone. */
            interface $Properties {

                /** SignalingNodeGone nodeId */
                nodeId?: (string|null);

                /** SignalingNodeGone epoch */
                epoch?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignalingNodeGone. */
            type $Shape = ringmesh.v1.SignalingNodeGone.$Properties;
        }

        /**
         * Properties of a CallsHeld.
         * @deprecated Use ringmesh.v1.CallsHeld.$Properties instead.
         */
        interface ICallsHeld extends ringmesh.v1.CallsHeld.$Properties {
        }

        /** Represents a CallsHeld. */
        class CallsHeld {

            /**
             * Constructs a new CallsHeld.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallsHeld.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallsHeld calls. */
            calls: ringmesh.v1.HeldCall.$Properties[];

            /**
             * Creates a new CallsHeld instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallsHeld instance
             */
            static create(properties: ringmesh.v1.CallsHeld.$Shape): ringmesh.v1.CallsHeld & ringmesh.v1.CallsHeld.$Shape;
            static create(properties?: ringmesh.v1.CallsHeld.$Properties): ringmesh.v1.CallsHeld;

            /**
             * Encodes the specified CallsHeld message. Does not implicitly {@link ringmesh.v1.CallsHeld.verify|verify} messages.
             * @param message CallsHeld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallsHeld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallsHeld message, length delimited. Does not implicitly {@link ringmesh.v1.CallsHeld.verify|verify} messages.
             * @param message CallsHeld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallsHeld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallsHeld message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallsHeld & ringmesh.v1.CallsHeld.$Shape} CallsHeld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallsHeld & ringmesh.v1.CallsHeld.$Shape;

            /**
             * Decodes a CallsHeld message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallsHeld & ringmesh.v1.CallsHeld.$Shape} CallsHeld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallsHeld & ringmesh.v1.CallsHeld.$Shape;

            /**
             * Verifies a CallsHeld message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallsHeld message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallsHeld
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallsHeld;

            /**
             * Creates a plain object from a CallsHeld message. Also converts values to other types if specified.
             * @param message CallsHeld
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallsHeld, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallsHeld to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallsHeld
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallsHeld {

            /** Properties of a CallsHeld. */
            interface $Properties {

                /** CallsHeld calls */
                calls?: (ringmesh.v1.HeldCall.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallsHeld. */
            type $Shape = ringmesh.v1.CallsHeld.$Properties;
        }

        /**
         * Properties of a HeldCall.
         * @deprecated Use ringmesh.v1.HeldCall.$Properties instead.
         */
        interface IHeldCall extends ringmesh.v1.HeldCall.$Properties {
        }

        /** Represents a HeldCall. */
        class HeldCall {

            /**
             * Constructs a new HeldCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.HeldCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeldCall callId. */
            callId: string;

            /** HeldCall caller. */
            caller: string;

            /** HeldCall firstArrivedAt. */
            firstArrivedAt: (number|Long);

            /** HeldCall enqueuedAt. */
            enqueuedAt: (number|Long);

            /**
             * Creates a new HeldCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeldCall instance
             */
            static create(properties: ringmesh.v1.HeldCall.$Shape): ringmesh.v1.HeldCall & ringmesh.v1.HeldCall.$Shape;
            static create(properties?: ringmesh.v1.HeldCall.$Properties): ringmesh.v1.HeldCall;

            /**
             * Encodes the specified HeldCall message. Does not implicitly {@link ringmesh.v1.HeldCall.verify|verify} messages.
             * @param message HeldCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.HeldCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HeldCall message, length delimited. Does not implicitly {@link ringmesh.v1.HeldCall.verify|verify} messages.
             * @param message HeldCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.HeldCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeldCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.HeldCall & ringmesh.v1.HeldCall.$Shape} HeldCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.HeldCall & ringmesh.v1.HeldCall.$Shape;

            /**
             * Decodes a HeldCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.HeldCall & ringmesh.v1.HeldCall.$Shape} HeldCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.HeldCall & ringmesh.v1.HeldCall.$Shape;

            /**
             * Verifies a HeldCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HeldCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeldCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.HeldCall;

            /**
             * Creates a plain object from a HeldCall message. Also converts values to other types if specified.
             * @param message HeldCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.HeldCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeldCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeldCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeldCall {

            /** Properties of a HeldCall. */
            interface $Properties {

                /** HeldCall callId */
                callId?: (string|null);

                /** HeldCall caller */
                caller?: (string|null);

                /** HeldCall firstArrivedAt */
                firstArrivedAt?: (number|Long|null);

                /** HeldCall enqueuedAt */
                enqueuedAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeldCall. */
            type $Shape = ringmesh.v1.HeldCall.$Properties;
        }

        /**
         * Properties of a ConfigChanged.
         * @deprecated Use ringmesh.v1.ConfigChanged.$Properties instead.
         */
        interface IConfigChanged extends ringmesh.v1.ConfigChanged.$Properties {
        }

        /** Represents a ConfigChanged. */
        class ConfigChanged {

            /**
             * Constructs a new ConfigChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ConfigChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigChanged spec. */
            spec?: (ringmesh.v1.AnswerGroupSpec.$Properties|null);

            /** ConfigChanged version. */
            version: string;

            /**
             * Creates a new ConfigChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigChanged instance
             */
            static create(properties: ringmesh.v1.ConfigChanged.$Shape): ringmesh.v1.ConfigChanged & ringmesh.v1.ConfigChanged.$Shape;
            static create(properties?: ringmesh.v1.ConfigChanged.$Properties): ringmesh.v1.ConfigChanged;

            /**
             * Encodes the specified ConfigChanged message. Does not implicitly {@link ringmesh.v1.ConfigChanged.verify|verify} messages.
             * @param message ConfigChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ConfigChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfigChanged message, length delimited. Does not implicitly {@link ringmesh.v1.ConfigChanged.verify|verify} messages.
             * @param message ConfigChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ConfigChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ConfigChanged & ringmesh.v1.ConfigChanged.$Shape} ConfigChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ConfigChanged & ringmesh.v1.ConfigChanged.$Shape;

            /**
             * Decodes a ConfigChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ConfigChanged & ringmesh.v1.ConfigChanged.$Shape} ConfigChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ConfigChanged & ringmesh.v1.ConfigChanged.$Shape;

            /**
             * Verifies a ConfigChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigChanged
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ConfigChanged;

            /**
             * Creates a plain object from a ConfigChanged message. Also converts values to other types if specified.
             * @param message ConfigChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ConfigChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfigChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfigChanged {

            /** Properties of a ConfigChanged. */
            interface $Properties {

                /** ConfigChanged spec */
                spec?: (ringmesh.v1.AnswerGroupSpec.$Properties|null);

                /** ConfigChanged version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigChanged. */
            type $Shape = ringmesh.v1.ConfigChanged.$Properties;
        }

        /**
         * Properties of a GroupDeleted.
         * @deprecated Use ringmesh.v1.GroupDeleted.$Properties instead.
         */
        interface IGroupDeleted extends ringmesh.v1.GroupDeleted.$Properties {
        }

        /** Represents a GroupDeleted. */
        class GroupDeleted {

            /**
             * Constructs a new GroupDeleted.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupDeleted.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupDeleted version. */
            version: string;

            /**
             * Creates a new GroupDeleted instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupDeleted instance
             */
            static create(properties: ringmesh.v1.GroupDeleted.$Shape): ringmesh.v1.GroupDeleted & ringmesh.v1.GroupDeleted.$Shape;
            static create(properties?: ringmesh.v1.GroupDeleted.$Properties): ringmesh.v1.GroupDeleted;

            /**
             * Encodes the specified GroupDeleted message. Does not implicitly {@link ringmesh.v1.GroupDeleted.verify|verify} messages.
             * @param message GroupDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupDeleted message, length delimited. Does not implicitly {@link ringmesh.v1.GroupDeleted.verify|verify} messages.
             * @param message GroupDeleted message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupDeleted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupDeleted message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupDeleted & ringmesh.v1.GroupDeleted.$Shape} GroupDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupDeleted & ringmesh.v1.GroupDeleted.$Shape;

            /**
             * Decodes a GroupDeleted message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupDeleted & ringmesh.v1.GroupDeleted.$Shape} GroupDeleted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupDeleted & ringmesh.v1.GroupDeleted.$Shape;

            /**
             * Verifies a GroupDeleted message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupDeleted message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupDeleted
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupDeleted;

            /**
             * Creates a plain object from a GroupDeleted message. Also converts values to other types if specified.
             * @param message GroupDeleted
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupDeleted, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupDeleted to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupDeleted
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupDeleted {

            /** Properties of a GroupDeleted. */
            interface $Properties {

                /** GroupDeleted version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupDeleted. */
            type $Shape = ringmesh.v1.GroupDeleted.$Properties;
        }

        /**
         * Properties of a GetSnapshot.
         * @deprecated Use ringmesh.v1.GetSnapshot.$Properties instead.
         */
        interface IGetSnapshot extends ringmesh.v1.GetSnapshot.$Properties {
        }

        /** Represents a GetSnapshot. */
        class GetSnapshot {

            /**
             * Constructs a new GetSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GetSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new GetSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GetSnapshot instance
             */
            static create(properties: ringmesh.v1.GetSnapshot.$Shape): ringmesh.v1.GetSnapshot & ringmesh.v1.GetSnapshot.$Shape;
            static create(properties?: ringmesh.v1.GetSnapshot.$Properties): ringmesh.v1.GetSnapshot;

            /**
             * Encodes the specified GetSnapshot message. Does not implicitly {@link ringmesh.v1.GetSnapshot.verify|verify} messages.
             * @param message GetSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GetSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GetSnapshot message, length delimited. Does not implicitly {@link ringmesh.v1.GetSnapshot.verify|verify} messages.
             * @param message GetSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GetSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GetSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GetSnapshot & ringmesh.v1.GetSnapshot.$Shape} GetSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GetSnapshot & ringmesh.v1.GetSnapshot.$Shape;

            /**
             * Decodes a GetSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GetSnapshot & ringmesh.v1.GetSnapshot.$Shape} GetSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GetSnapshot & ringmesh.v1.GetSnapshot.$Shape;

            /**
             * Verifies a GetSnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GetSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GetSnapshot
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GetSnapshot;

            /**
             * Creates a plain object from a GetSnapshot message. Also converts values to other types if specified.
             * @param message GetSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GetSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GetSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GetSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetSnapshot {

            /** Properties of a GetSnapshot. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GetSnapshot. */
            type $Shape = ringmesh.v1.GetSnapshot.$Properties;
        }

        /**
         * Properties of an ExplainCall.
         * @deprecated Use ringmesh.v1.ExplainCall.$Properties instead.
         */
        interface IExplainCall extends ringmesh.v1.ExplainCall.$Properties {
        }

        /** Represents an ExplainCall. */
        class ExplainCall {

            /**
             * Constructs a new ExplainCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ExplainCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExplainCall callId. */
            callId: string;

            /**
             * Creates a new ExplainCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExplainCall instance
             */
            static create(properties: ringmesh.v1.ExplainCall.$Shape): ringmesh.v1.ExplainCall & ringmesh.v1.ExplainCall.$Shape;
            static create(properties?: ringmesh.v1.ExplainCall.$Properties): ringmesh.v1.ExplainCall;

            /**
             * Encodes the specified ExplainCall message. Does not implicitly {@link ringmesh.v1.ExplainCall.verify|verify} messages.
             * @param message ExplainCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ExplainCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExplainCall message, length delimited. Does not implicitly {@link ringmesh.v1.ExplainCall.verify|verify} messages.
             * @param message ExplainCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ExplainCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExplainCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ExplainCall & ringmesh.v1.ExplainCall.$Shape} ExplainCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ExplainCall & ringmesh.v1.ExplainCall.$Shape;

            /**
             * Decodes an ExplainCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ExplainCall & ringmesh.v1.ExplainCall.$Shape} ExplainCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ExplainCall & ringmesh.v1.ExplainCall.$Shape;

            /**
             * Verifies an ExplainCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExplainCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExplainCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ExplainCall;

            /**
             * Creates a plain object from an ExplainCall message. Also converts values to other types if specified.
             * @param message ExplainCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ExplainCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExplainCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExplainCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExplainCall {

            /** Properties of an ExplainCall. */
            interface $Properties {

                /** ExplainCall callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExplainCall. */
            type $Shape = ringmesh.v1.ExplainCall.$Properties;
        }

        /**
         * Properties of an AgentStatus.
         * @deprecated Use ringmesh.v1.AgentStatus.$Properties instead.
         */
        interface IAgentStatus extends ringmesh.v1.AgentStatus.$Properties {
        }

        /** Represents an AgentStatus. */
        class AgentStatus {

            /**
             * Constructs a new AgentStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentStatus agentId. */
            agentId: string;

            /** AgentStatus groupId. */
            groupId: string;

            /** AgentStatus seq. */
            seq: (number|Long);

            /** AgentStatus availability. */
            availability: string;

            /** AgentStatus presence. */
            presence: string;

            /** AgentStatus idleSince. */
            idleSince: (number|Long);

            /** AgentStatus neverCalled. */
            neverCalled: boolean;

            /** AgentStatus devices. */
            devices: string[];

            /** AgentStatus solicit. */
            solicit?: (number|Long|null);

            /** AgentStatus callId. */
            callId: string;

            /** AgentStatus reservation. */
            reservation: (number|Long);

            /**
             * Creates a new AgentStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentStatus instance
             */
            static create(properties: ringmesh.v1.AgentStatus.$Shape): ringmesh.v1.AgentStatus & ringmesh.v1.AgentStatus.$Shape;
            static create(properties?: ringmesh.v1.AgentStatus.$Properties): ringmesh.v1.AgentStatus;

            /**
             * Encodes the specified AgentStatus message. Does not implicitly {@link ringmesh.v1.AgentStatus.verify|verify} messages.
             * @param message AgentStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentStatus message, length delimited. Does not implicitly {@link ringmesh.v1.AgentStatus.verify|verify} messages.
             * @param message AgentStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentStatus & ringmesh.v1.AgentStatus.$Shape} AgentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentStatus & ringmesh.v1.AgentStatus.$Shape;

            /**
             * Decodes an AgentStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentStatus & ringmesh.v1.AgentStatus.$Shape} AgentStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentStatus & ringmesh.v1.AgentStatus.$Shape;

            /**
             * Verifies an AgentStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentStatus
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentStatus;

            /**
             * Creates a plain object from an AgentStatus message. Also converts values to other types if specified.
             * @param message AgentStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentStatus {

            /** Properties of an AgentStatus. */
            interface $Properties {

                /** AgentStatus agentId */
                agentId?: (string|null);

                /** AgentStatus groupId */
                groupId?: (string|null);

                /** AgentStatus seq */
                seq?: (number|Long|null);

                /** AgentStatus availability */
                availability?: (string|null);

                /** AgentStatus presence */
                presence?: (string|null);

                /** AgentStatus idleSince */
                idleSince?: (number|Long|null);

                /** AgentStatus neverCalled */
                neverCalled?: (boolean|null);

                /** AgentStatus devices */
                devices?: (string[]|null);

                /** AgentStatus solicit */
                solicit?: (number|Long|null);

                /** AgentStatus callId */
                callId?: (string|null);

                /** AgentStatus reservation */
                reservation?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentStatus. */
            type $Shape = ringmesh.v1.AgentStatus.$Properties;
        }

        /**
         * Properties of a Grant.
         * @deprecated Use ringmesh.v1.Grant.$Properties instead.
         */
        interface IGrant extends ringmesh.v1.Grant.$Properties {
        }

        /** Represents a Grant. */
        class Grant {

            /**
             * Constructs a new Grant.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Grant.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Grant agentId. */
            agentId: string;

            /** Grant groupId. */
            groupId: string;

            /** Grant callId. */
            callId: string;

            /** Grant reservation. */
            reservation: (number|Long);

            /** Grant seq. */
            seq: (number|Long);

            /** Grant expiresAt. */
            expiresAt: (number|Long);

            /**
             * Creates a new Grant instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Grant instance
             */
            static create(properties: ringmesh.v1.Grant.$Shape): ringmesh.v1.Grant & ringmesh.v1.Grant.$Shape;
            static create(properties?: ringmesh.v1.Grant.$Properties): ringmesh.v1.Grant;

            /**
             * Encodes the specified Grant message. Does not implicitly {@link ringmesh.v1.Grant.verify|verify} messages.
             * @param message Grant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Grant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Grant message, length delimited. Does not implicitly {@link ringmesh.v1.Grant.verify|verify} messages.
             * @param message Grant message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Grant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Grant message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Grant & ringmesh.v1.Grant.$Shape} Grant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Grant & ringmesh.v1.Grant.$Shape;

            /**
             * Decodes a Grant message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Grant & ringmesh.v1.Grant.$Shape} Grant
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Grant & ringmesh.v1.Grant.$Shape;

            /**
             * Verifies a Grant message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Grant message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Grant
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Grant;

            /**
             * Creates a plain object from a Grant message. Also converts values to other types if specified.
             * @param message Grant
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Grant, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Grant to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Grant
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Grant {

            /** Properties of a Grant. */
            interface $Properties {

                /** Grant agentId */
                agentId?: (string|null);

                /** Grant groupId */
                groupId?: (string|null);

                /** Grant callId */
                callId?: (string|null);

                /** Grant reservation */
                reservation?: (number|Long|null);

                /** Grant seq */
                seq?: (number|Long|null);

                /** Grant expiresAt */
                expiresAt?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Grant. */
            type $Shape = ringmesh.v1.Grant.$Properties;
        }

        /**
         * Properties of a Refuse.
         * @deprecated Use ringmesh.v1.Refuse.$Properties instead.
         */
        interface IRefuse extends ringmesh.v1.Refuse.$Properties {
        }

        /** Represents a Refuse. */
        class Refuse {

            /**
             * Constructs a new Refuse.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Refuse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refuse agentId. */
            agentId: string;

            /** Refuse groupId. */
            groupId: string;

            /** Refuse callId. */
            callId: string;

            /** Refuse reason. */
            reason: string;

            /**
             * Creates a new Refuse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Refuse instance
             */
            static create(properties: ringmesh.v1.Refuse.$Shape): ringmesh.v1.Refuse & ringmesh.v1.Refuse.$Shape;
            static create(properties?: ringmesh.v1.Refuse.$Properties): ringmesh.v1.Refuse;

            /**
             * Encodes the specified Refuse message. Does not implicitly {@link ringmesh.v1.Refuse.verify|verify} messages.
             * @param message Refuse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Refuse message, length delimited. Does not implicitly {@link ringmesh.v1.Refuse.verify|verify} messages.
             * @param message Refuse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Refuse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Refuse & ringmesh.v1.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Refuse & ringmesh.v1.Refuse.$Shape;

            /**
             * Decodes a Refuse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Refuse & ringmesh.v1.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Refuse & ringmesh.v1.Refuse.$Shape;

            /**
             * Verifies a Refuse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Refuse
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Refuse;

            /**
             * Creates a plain object from a Refuse message. Also converts values to other types if specified.
             * @param message Refuse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Refuse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Refuse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Refuse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Refuse {

            /** Properties of a Refuse. */
            interface $Properties {

                /** Refuse agentId */
                agentId?: (string|null);

                /** Refuse groupId */
                groupId?: (string|null);

                /** Refuse callId */
                callId?: (string|null);

                /** Refuse reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Refuse. */
            type $Shape = ringmesh.v1.Refuse.$Properties;
        }

        /**
         * Properties of a ReservationEnded.
         * @deprecated Use ringmesh.v1.ReservationEnded.$Properties instead.
         */
        interface IReservationEnded extends ringmesh.v1.ReservationEnded.$Properties {
        }

        /** Represents a ReservationEnded. */
        class ReservationEnded {

            /**
             * Constructs a new ReservationEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ReservationEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReservationEnded agentId. */
            agentId: string;

            /** ReservationEnded groupId. */
            groupId: string;

            /** ReservationEnded callId. */
            callId: string;

            /** ReservationEnded reservation. */
            reservation: (number|Long);

            /** ReservationEnded reason. */
            reason: string;

            /**
             * Creates a new ReservationEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReservationEnded instance
             */
            static create(properties: ringmesh.v1.ReservationEnded.$Shape): ringmesh.v1.ReservationEnded & ringmesh.v1.ReservationEnded.$Shape;
            static create(properties?: ringmesh.v1.ReservationEnded.$Properties): ringmesh.v1.ReservationEnded;

            /**
             * Encodes the specified ReservationEnded message. Does not implicitly {@link ringmesh.v1.ReservationEnded.verify|verify} messages.
             * @param message ReservationEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ReservationEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReservationEnded message, length delimited. Does not implicitly {@link ringmesh.v1.ReservationEnded.verify|verify} messages.
             * @param message ReservationEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ReservationEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReservationEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ReservationEnded & ringmesh.v1.ReservationEnded.$Shape} ReservationEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ReservationEnded & ringmesh.v1.ReservationEnded.$Shape;

            /**
             * Decodes a ReservationEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ReservationEnded & ringmesh.v1.ReservationEnded.$Shape} ReservationEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ReservationEnded & ringmesh.v1.ReservationEnded.$Shape;

            /**
             * Verifies a ReservationEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReservationEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReservationEnded
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ReservationEnded;

            /**
             * Creates a plain object from a ReservationEnded message. Also converts values to other types if specified.
             * @param message ReservationEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ReservationEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReservationEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReservationEnded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReservationEnded {

            /** Properties of a ReservationEnded. */
            interface $Properties {

                /** ReservationEnded agentId */
                agentId?: (string|null);

                /** ReservationEnded groupId */
                groupId?: (string|null);

                /** ReservationEnded callId */
                callId?: (string|null);

                /** ReservationEnded reservation */
                reservation?: (number|Long|null);

                /** ReservationEnded reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReservationEnded. */
            type $Shape = ringmesh.v1.ReservationEnded.$Properties;
        }

        /**
         * Properties of a CallProbe.
         * @deprecated Use ringmesh.v1.CallProbe.$Properties instead.
         */
        interface ICallProbe extends ringmesh.v1.CallProbe.$Properties {
        }

        /** Represents a CallProbe. */
        class CallProbe {

            /**
             * Constructs a new CallProbe.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallProbe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallProbe agentId. */
            agentId: string;

            /** CallProbe groupId. */
            groupId: string;

            /** CallProbe callId. */
            callId: string;

            /**
             * Creates a new CallProbe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallProbe instance
             */
            static create(properties: ringmesh.v1.CallProbe.$Shape): ringmesh.v1.CallProbe & ringmesh.v1.CallProbe.$Shape;
            static create(properties?: ringmesh.v1.CallProbe.$Properties): ringmesh.v1.CallProbe;

            /**
             * Encodes the specified CallProbe message. Does not implicitly {@link ringmesh.v1.CallProbe.verify|verify} messages.
             * @param message CallProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallProbe message, length delimited. Does not implicitly {@link ringmesh.v1.CallProbe.verify|verify} messages.
             * @param message CallProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallProbe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallProbe & ringmesh.v1.CallProbe.$Shape} CallProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallProbe & ringmesh.v1.CallProbe.$Shape;

            /**
             * Decodes a CallProbe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallProbe & ringmesh.v1.CallProbe.$Shape} CallProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallProbe & ringmesh.v1.CallProbe.$Shape;

            /**
             * Verifies a CallProbe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallProbe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallProbe
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallProbe;

            /**
             * Creates a plain object from a CallProbe message. Also converts values to other types if specified.
             * @param message CallProbe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallProbe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallProbe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallProbe {

            /** Properties of a CallProbe. */
            interface $Properties {

                /** CallProbe agentId */
                agentId?: (string|null);

                /** CallProbe groupId */
                groupId?: (string|null);

                /** CallProbe callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallProbe. */
            type $Shape = ringmesh.v1.CallProbe.$Properties;
        }

        /**
         * Properties of a GroupEvent.
         * @deprecated Use ringmesh.v1.GroupEvent.$Properties instead.
         */
        interface IGroupEvent extends ringmesh.v1.GroupEvent.$Properties {
        }

        /** Represents a GroupEvent. */
        class GroupEvent {

            /**
             * Constructs a new GroupEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupEvent callArrived. */
            callArrived?: (ringmesh.v1.CallArrived.$Properties|null);

            /** GroupEvent callerHungUp. */
            callerHungUp?: (ringmesh.v1.CallerHungUp.$Properties|null);

            /** GroupEvent legAnswered. */
            legAnswered?: (ringmesh.v1.LegAnswered.$Properties|null);

            /** GroupEvent legFailed. */
            legFailed?: (ringmesh.v1.LegFailed.$Properties|null);

            /** GroupEvent connectedCallEnded. */
            connectedCallEnded?: (ringmesh.v1.ConnectedCallEnded.$Properties|null);

            /** GroupEvent configChanged. */
            configChanged?: (ringmesh.v1.ConfigChanged.$Properties|null);

            /** GroupEvent groupDeleted. */
            groupDeleted?: (ringmesh.v1.GroupDeleted.$Properties|null);

            /** GroupEvent getSnapshot. */
            getSnapshot?: (ringmesh.v1.GetSnapshot.$Properties|null);

            /** GroupEvent explainCall. */
            explainCall?: (ringmesh.v1.ExplainCall.$Properties|null);

            /** GroupEvent signalingNodeGone. */
            signalingNodeGone?: (ringmesh.v1.SignalingNodeGone.$Properties|null);

            /** GroupEvent callsHeld. */
            callsHeld?: (ringmesh.v1.CallsHeld.$Properties|null);

            /** GroupEvent agentStatus. */
            agentStatus?: (ringmesh.v1.AgentStatus.$Properties|null);

            /** GroupEvent grant. */
            grant?: (ringmesh.v1.Grant.$Properties|null);

            /** GroupEvent refuse. */
            refuse?: (ringmesh.v1.Refuse.$Properties|null);

            /** GroupEvent reservationEnded. */
            reservationEnded?: (ringmesh.v1.ReservationEnded.$Properties|null);

            /** GroupEvent callProbe. */
            callProbe?: (ringmesh.v1.CallProbe.$Properties|null);

            /** GroupEvent event. */
            event?: ("callArrived"|"callerHungUp"|"legAnswered"|"legFailed"|"connectedCallEnded"|"configChanged"|"groupDeleted"|"getSnapshot"|"explainCall"|"signalingNodeGone"|"callsHeld"|"agentStatus"|"grant"|"refuse"|"reservationEnded"|"callProbe");

            /**
             * Creates a new GroupEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupEvent instance
             */
            static create(properties: ringmesh.v1.GroupEvent.$Shape): ringmesh.v1.GroupEvent & ringmesh.v1.GroupEvent.$Shape;
            static create(properties?: ringmesh.v1.GroupEvent.$Properties): ringmesh.v1.GroupEvent;

            /**
             * Encodes the specified GroupEvent message. Does not implicitly {@link ringmesh.v1.GroupEvent.verify|verify} messages.
             * @param message GroupEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupEvent message, length delimited. Does not implicitly {@link ringmesh.v1.GroupEvent.verify|verify} messages.
             * @param message GroupEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupEvent & ringmesh.v1.GroupEvent.$Shape} GroupEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupEvent & ringmesh.v1.GroupEvent.$Shape;

            /**
             * Decodes a GroupEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupEvent & ringmesh.v1.GroupEvent.$Shape} GroupEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupEvent & ringmesh.v1.GroupEvent.$Shape;

            /**
             * Verifies a GroupEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupEvent
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupEvent;

            /**
             * Creates a plain object from a GroupEvent message. Also converts values to other types if specified.
             * @param message GroupEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupEvent {

            /** Properties of a GroupEvent. */
            interface $Properties {

                /** GroupEvent callArrived */
                callArrived?: (ringmesh.v1.CallArrived.$Properties|null);

                /** GroupEvent callerHungUp */
                callerHungUp?: (ringmesh.v1.CallerHungUp.$Properties|null);

                /** GroupEvent legAnswered */
                legAnswered?: (ringmesh.v1.LegAnswered.$Properties|null);

                /** GroupEvent legFailed */
                legFailed?: (ringmesh.v1.LegFailed.$Properties|null);

                /** GroupEvent connectedCallEnded */
                connectedCallEnded?: (ringmesh.v1.ConnectedCallEnded.$Properties|null);

                /** GroupEvent configChanged */
                configChanged?: (ringmesh.v1.ConfigChanged.$Properties|null);

                /** GroupEvent groupDeleted */
                groupDeleted?: (ringmesh.v1.GroupDeleted.$Properties|null);

                /** GroupEvent getSnapshot */
                getSnapshot?: (ringmesh.v1.GetSnapshot.$Properties|null);

                /** GroupEvent explainCall */
                explainCall?: (ringmesh.v1.ExplainCall.$Properties|null);

                /** GroupEvent signalingNodeGone */
                signalingNodeGone?: (ringmesh.v1.SignalingNodeGone.$Properties|null);

                /** GroupEvent callsHeld */
                callsHeld?: (ringmesh.v1.CallsHeld.$Properties|null);

                /** GroupEvent agentStatus */
                agentStatus?: (ringmesh.v1.AgentStatus.$Properties|null);

                /** GroupEvent grant */
                grant?: (ringmesh.v1.Grant.$Properties|null);

                /** GroupEvent refuse */
                refuse?: (ringmesh.v1.Refuse.$Properties|null);

                /** GroupEvent reservationEnded */
                reservationEnded?: (ringmesh.v1.ReservationEnded.$Properties|null);

                /** GroupEvent callProbe */
                callProbe?: (ringmesh.v1.CallProbe.$Properties|null);

                /** GroupEvent event */
                event?: ("callArrived"|"callerHungUp"|"legAnswered"|"legFailed"|"connectedCallEnded"|"configChanged"|"groupDeleted"|"getSnapshot"|"explainCall"|"signalingNodeGone"|"callsHeld"|"agentStatus"|"grant"|"refuse"|"reservationEnded"|"callProbe");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GroupEvent. */
            type $Shape = {
              callArrived?: ringmesh.v1.CallArrived.$Shape|null;
              callerHungUp?: ringmesh.v1.CallerHungUp.$Shape|null;
              legAnswered?: ringmesh.v1.LegAnswered.$Shape|null;
              legFailed?: ringmesh.v1.LegFailed.$Shape|null;
              connectedCallEnded?: ringmesh.v1.ConnectedCallEnded.$Shape|null;
              configChanged?: ringmesh.v1.ConfigChanged.$Shape|null;
              groupDeleted?: ringmesh.v1.GroupDeleted.$Shape|null;
              getSnapshot?: ringmesh.v1.GetSnapshot.$Shape|null;
              explainCall?: ringmesh.v1.ExplainCall.$Shape|null;
              signalingNodeGone?: ringmesh.v1.SignalingNodeGone.$Shape|null;
              callsHeld?: ringmesh.v1.CallsHeld.$Shape|null;
              agentStatus?: ringmesh.v1.AgentStatus.$Shape|null;
              grant?: ringmesh.v1.Grant.$Shape|null;
              refuse?: ringmesh.v1.Refuse.$Shape|null;
              reservationEnded?: ringmesh.v1.ReservationEnded.$Shape|null;
              callProbe?: ringmesh.v1.CallProbe.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "callArrived"; callArrived: ringmesh.v1.CallArrived.$Shape; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "callerHungUp"; callArrived?: null; callerHungUp: ringmesh.v1.CallerHungUp.$Shape; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "legAnswered"; callArrived?: null; callerHungUp?: null; legAnswered: ringmesh.v1.LegAnswered.$Shape; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "legFailed"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed: ringmesh.v1.LegFailed.$Shape; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "connectedCallEnded"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded: ringmesh.v1.ConnectedCallEnded.$Shape; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "configChanged"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged: ringmesh.v1.ConfigChanged.$Shape; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "groupDeleted"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted: ringmesh.v1.GroupDeleted.$Shape; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "getSnapshot"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot: ringmesh.v1.GetSnapshot.$Shape; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "explainCall"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall: ringmesh.v1.ExplainCall.$Shape; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "signalingNodeGone"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone: ringmesh.v1.SignalingNodeGone.$Shape; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "callsHeld"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld: ringmesh.v1.CallsHeld.$Shape; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "agentStatus"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus: ringmesh.v1.AgentStatus.$Shape; grant?: null; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "grant"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant: ringmesh.v1.Grant.$Shape; refuse?: null; reservationEnded?: null; callProbe?: null }|{ event?: "refuse"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse: ringmesh.v1.Refuse.$Shape; reservationEnded?: null; callProbe?: null }|{ event?: "reservationEnded"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded: ringmesh.v1.ReservationEnded.$Shape; callProbe?: null }|{ event?: "callProbe"; callArrived?: null; callerHungUp?: null; legAnswered?: null; legFailed?: null; connectedCallEnded?: null; configChanged?: null; groupDeleted?: null; getSnapshot?: null; explainCall?: null; signalingNodeGone?: null; callsHeld?: null; agentStatus?: null; grant?: null; refuse?: null; reservationEnded?: null; callProbe: ringmesh.v1.CallProbe.$Shape })
            );
        }

        /**
         * Properties of an OfferTerms.
         * @deprecated Use ringmesh.v1.OfferTerms.$Properties instead.
         */
        interface IOfferTerms extends ringmesh.v1.OfferTerms.$Properties {
        }

        /** Represents an OfferTerms. */
        class OfferTerms {

            /**
             * Constructs a new OfferTerms.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.OfferTerms.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferTerms ringSeconds. */
            ringSeconds: number;

            /** OfferTerms wrapUpSeconds. */
            wrapUpSeconds: number;

            /** OfferTerms autoLogoutAfterMissed. */
            autoLogoutAfterMissed: number;

            /** OfferTerms presenceAware. */
            presenceAware: boolean;

            /**
             * Creates a new OfferTerms instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferTerms instance
             */
            static create(properties: ringmesh.v1.OfferTerms.$Shape): ringmesh.v1.OfferTerms & ringmesh.v1.OfferTerms.$Shape;
            static create(properties?: ringmesh.v1.OfferTerms.$Properties): ringmesh.v1.OfferTerms;

            /**
             * Encodes the specified OfferTerms message. Does not implicitly {@link ringmesh.v1.OfferTerms.verify|verify} messages.
             * @param message OfferTerms message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.OfferTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OfferTerms message, length delimited. Does not implicitly {@link ringmesh.v1.OfferTerms.verify|verify} messages.
             * @param message OfferTerms message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.OfferTerms.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferTerms message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.OfferTerms & ringmesh.v1.OfferTerms.$Shape} OfferTerms
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.OfferTerms & ringmesh.v1.OfferTerms.$Shape;

            /**
             * Decodes an OfferTerms message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OfferTerms & ringmesh.v1.OfferTerms.$Shape} OfferTerms
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.OfferTerms & ringmesh.v1.OfferTerms.$Shape;

            /**
             * Verifies an OfferTerms message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferTerms message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferTerms
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.OfferTerms;

            /**
             * Creates a plain object from an OfferTerms message. Also converts values to other types if specified.
             * @param message OfferTerms
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.OfferTerms, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferTerms to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OfferTerms
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfferTerms {

            /** Properties of an OfferTerms. */
            interface $Properties {

                /** OfferTerms ringSeconds */
                ringSeconds?: (number|null);

                /** OfferTerms wrapUpSeconds */
                wrapUpSeconds?: (number|null);

                /** OfferTerms autoLogoutAfterMissed */
                autoLogoutAfterMissed?: (number|null);

                /** OfferTerms presenceAware */
                presenceAware?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferTerms. */
            type $Shape = ringmesh.v1.OfferTerms.$Properties;
        }

        /**
         * Properties of a Bid.
         * @deprecated Use ringmesh.v1.Bid.$Properties instead.
         */
        interface IBid extends ringmesh.v1.Bid.$Properties {
        }

        /** Represents a Bid. */
        class Bid {

            /**
             * Constructs a new Bid.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Bid.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Bid groupId. */
            groupId: string;

            /** Bid agentId. */
            agentId: string;

            /** Bid callId. */
            callId: string;

            /** Bid waitingSince. */
            waitingSince: (number|Long);

            /** Bid level. */
            level: number;

            /** Bid terms. */
            terms?: (ringmesh.v1.OfferTerms.$Properties|null);

            /** Bid solicit. */
            solicit?: (number|Long|null);

            /**
             * Creates a new Bid instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Bid instance
             */
            static create(properties: ringmesh.v1.Bid.$Shape): ringmesh.v1.Bid & ringmesh.v1.Bid.$Shape;
            static create(properties?: ringmesh.v1.Bid.$Properties): ringmesh.v1.Bid;

            /**
             * Encodes the specified Bid message. Does not implicitly {@link ringmesh.v1.Bid.verify|verify} messages.
             * @param message Bid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Bid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Bid message, length delimited. Does not implicitly {@link ringmesh.v1.Bid.verify|verify} messages.
             * @param message Bid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Bid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Bid message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Bid & ringmesh.v1.Bid.$Shape} Bid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Bid & ringmesh.v1.Bid.$Shape;

            /**
             * Decodes a Bid message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Bid & ringmesh.v1.Bid.$Shape} Bid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Bid & ringmesh.v1.Bid.$Shape;

            /**
             * Verifies a Bid message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Bid message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Bid
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Bid;

            /**
             * Creates a plain object from a Bid message. Also converts values to other types if specified.
             * @param message Bid
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Bid, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Bid to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Bid
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Bid {

            /** Properties of a Bid. */
            interface $Properties {

                /** Bid groupId */
                groupId?: (string|null);

                /** Bid agentId */
                agentId?: (string|null);

                /** Bid callId */
                callId?: (string|null);

                /** Bid waitingSince */
                waitingSince?: (number|Long|null);

                /** Bid level */
                level?: (number|null);

                /** Bid terms */
                terms?: (ringmesh.v1.OfferTerms.$Properties|null);

                /** Bid solicit */
                solicit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Bid. */
            type $Shape = ringmesh.v1.Bid.$Properties;
        }

        /**
         * Properties of a NoBid.
         * @deprecated Use ringmesh.v1.NoBid.$Properties instead.
         */
        interface INoBid extends ringmesh.v1.NoBid.$Properties {
        }

        /** Represents a NoBid. */
        class NoBid {

            /**
             * Constructs a new NoBid.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.NoBid.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NoBid groupId. */
            groupId: string;

            /** NoBid agentId. */
            agentId: string;

            /** NoBid solicit. */
            solicit: (number|Long);

            /**
             * Creates a new NoBid instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NoBid instance
             */
            static create(properties: ringmesh.v1.NoBid.$Shape): ringmesh.v1.NoBid & ringmesh.v1.NoBid.$Shape;
            static create(properties?: ringmesh.v1.NoBid.$Properties): ringmesh.v1.NoBid;

            /**
             * Encodes the specified NoBid message. Does not implicitly {@link ringmesh.v1.NoBid.verify|verify} messages.
             * @param message NoBid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.NoBid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NoBid message, length delimited. Does not implicitly {@link ringmesh.v1.NoBid.verify|verify} messages.
             * @param message NoBid message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.NoBid.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NoBid message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.NoBid & ringmesh.v1.NoBid.$Shape} NoBid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.NoBid & ringmesh.v1.NoBid.$Shape;

            /**
             * Decodes a NoBid message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.NoBid & ringmesh.v1.NoBid.$Shape} NoBid
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.NoBid & ringmesh.v1.NoBid.$Shape;

            /**
             * Verifies a NoBid message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a NoBid message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NoBid
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.NoBid;

            /**
             * Creates a plain object from a NoBid message. Also converts values to other types if specified.
             * @param message NoBid
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.NoBid, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NoBid to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NoBid
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NoBid {

            /** Properties of a NoBid. */
            interface $Properties {

                /** NoBid groupId */
                groupId?: (string|null);

                /** NoBid agentId */
                agentId?: (string|null);

                /** NoBid solicit */
                solicit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NoBid. */
            type $Shape = ringmesh.v1.NoBid.$Properties;
        }

        /**
         * Properties of an OfferEnded.
         * @deprecated Use ringmesh.v1.OfferEnded.$Properties instead.
         */
        interface IOfferEnded extends ringmesh.v1.OfferEnded.$Properties {
        }

        /** Represents an OfferEnded. */
        class OfferEnded {

            /**
             * Constructs a new OfferEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.OfferEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferEnded groupId. */
            groupId: string;

            /** OfferEnded agentId. */
            agentId: string;

            /** OfferEnded callId. */
            callId: string;

            /** OfferEnded reservation. */
            reservation: (number|Long);

            /** OfferEnded outcome. */
            outcome: string;

            /**
             * Creates a new OfferEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferEnded instance
             */
            static create(properties: ringmesh.v1.OfferEnded.$Shape): ringmesh.v1.OfferEnded & ringmesh.v1.OfferEnded.$Shape;
            static create(properties?: ringmesh.v1.OfferEnded.$Properties): ringmesh.v1.OfferEnded;

            /**
             * Encodes the specified OfferEnded message. Does not implicitly {@link ringmesh.v1.OfferEnded.verify|verify} messages.
             * @param message OfferEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.OfferEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OfferEnded message, length delimited. Does not implicitly {@link ringmesh.v1.OfferEnded.verify|verify} messages.
             * @param message OfferEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.OfferEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.OfferEnded & ringmesh.v1.OfferEnded.$Shape} OfferEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.OfferEnded & ringmesh.v1.OfferEnded.$Shape;

            /**
             * Decodes an OfferEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OfferEnded & ringmesh.v1.OfferEnded.$Shape} OfferEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.OfferEnded & ringmesh.v1.OfferEnded.$Shape;

            /**
             * Verifies an OfferEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferEnded
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.OfferEnded;

            /**
             * Creates a plain object from an OfferEnded message. Also converts values to other types if specified.
             * @param message OfferEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.OfferEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OfferEnded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfferEnded {

            /** Properties of an OfferEnded. */
            interface $Properties {

                /** OfferEnded groupId */
                groupId?: (string|null);

                /** OfferEnded agentId */
                agentId?: (string|null);

                /** OfferEnded callId */
                callId?: (string|null);

                /** OfferEnded reservation */
                reservation?: (number|Long|null);

                /** OfferEnded outcome */
                outcome?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferEnded. */
            type $Shape = ringmesh.v1.OfferEnded.$Properties;
        }

        /**
         * Properties of a CallEnded.
         * @deprecated Use ringmesh.v1.CallEnded.$Properties instead.
         */
        interface ICallEnded extends ringmesh.v1.CallEnded.$Properties {
        }

        /** Represents a CallEnded. */
        class CallEnded {

            /**
             * Constructs a new CallEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallEnded groupId. */
            groupId: string;

            /** CallEnded agentId. */
            agentId: string;

            /** CallEnded callId. */
            callId: string;

            /** CallEnded wrapUpSeconds. */
            wrapUpSeconds: number;

            /**
             * Creates a new CallEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallEnded instance
             */
            static create(properties: ringmesh.v1.CallEnded.$Shape): ringmesh.v1.CallEnded & ringmesh.v1.CallEnded.$Shape;
            static create(properties?: ringmesh.v1.CallEnded.$Properties): ringmesh.v1.CallEnded;

            /**
             * Encodes the specified CallEnded message. Does not implicitly {@link ringmesh.v1.CallEnded.verify|verify} messages.
             * @param message CallEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallEnded message, length delimited. Does not implicitly {@link ringmesh.v1.CallEnded.verify|verify} messages.
             * @param message CallEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallEnded & ringmesh.v1.CallEnded.$Shape} CallEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallEnded & ringmesh.v1.CallEnded.$Shape;

            /**
             * Decodes a CallEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallEnded & ringmesh.v1.CallEnded.$Shape} CallEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallEnded & ringmesh.v1.CallEnded.$Shape;

            /**
             * Verifies a CallEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallEnded
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallEnded;

            /**
             * Creates a plain object from a CallEnded message. Also converts values to other types if specified.
             * @param message CallEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallEnded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallEnded {

            /** Properties of a CallEnded. */
            interface $Properties {

                /** CallEnded groupId */
                groupId?: (string|null);

                /** CallEnded agentId */
                agentId?: (string|null);

                /** CallEnded callId */
                callId?: (string|null);

                /** CallEnded wrapUpSeconds */
                wrapUpSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallEnded. */
            type $Shape = ringmesh.v1.CallEnded.$Properties;
        }

        /**
         * Properties of a CallStatus.
         * @deprecated Use ringmesh.v1.CallStatus.$Properties instead.
         */
        interface ICallStatus extends ringmesh.v1.CallStatus.$Properties {
        }

        /** Represents a CallStatus. */
        class CallStatus {

            /**
             * Constructs a new CallStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallStatus groupId. */
            groupId: string;

            /** CallStatus agentId. */
            agentId: string;

            /** CallStatus callId. */
            callId: string;

            /** CallStatus alive. */
            alive: boolean;

            /** CallStatus ringing. */
            ringing: boolean;

            /**
             * Creates a new CallStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallStatus instance
             */
            static create(properties: ringmesh.v1.CallStatus.$Shape): ringmesh.v1.CallStatus & ringmesh.v1.CallStatus.$Shape;
            static create(properties?: ringmesh.v1.CallStatus.$Properties): ringmesh.v1.CallStatus;

            /**
             * Encodes the specified CallStatus message. Does not implicitly {@link ringmesh.v1.CallStatus.verify|verify} messages.
             * @param message CallStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallStatus message, length delimited. Does not implicitly {@link ringmesh.v1.CallStatus.verify|verify} messages.
             * @param message CallStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallStatus & ringmesh.v1.CallStatus.$Shape} CallStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallStatus & ringmesh.v1.CallStatus.$Shape;

            /**
             * Decodes a CallStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallStatus & ringmesh.v1.CallStatus.$Shape} CallStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallStatus & ringmesh.v1.CallStatus.$Shape;

            /**
             * Verifies a CallStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallStatus
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallStatus;

            /**
             * Creates a plain object from a CallStatus message. Also converts values to other types if specified.
             * @param message CallStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallStatus {

            /** Properties of a CallStatus. */
            interface $Properties {

                /** CallStatus groupId */
                groupId?: (string|null);

                /** CallStatus agentId */
                agentId?: (string|null);

                /** CallStatus callId */
                callId?: (string|null);

                /** CallStatus alive */
                alive?: (boolean|null);

                /** CallStatus ringing */
                ringing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallStatus. */
            type $Shape = ringmesh.v1.CallStatus.$Properties;
        }

        /**
         * Properties of a MembershipEnded.
         * @deprecated Use ringmesh.v1.MembershipEnded.$Properties instead.
         */
        interface IMembershipEnded extends ringmesh.v1.MembershipEnded.$Properties {
        }

        /** Represents a MembershipEnded. */
        class MembershipEnded {

            /**
             * Constructs a new MembershipEnded.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.MembershipEnded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipEnded groupId. */
            groupId: string;

            /** MembershipEnded agentId. */
            agentId: string;

            /**
             * Creates a new MembershipEnded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembershipEnded instance
             */
            static create(properties: ringmesh.v1.MembershipEnded.$Shape): ringmesh.v1.MembershipEnded & ringmesh.v1.MembershipEnded.$Shape;
            static create(properties?: ringmesh.v1.MembershipEnded.$Properties): ringmesh.v1.MembershipEnded;

            /**
             * Encodes the specified MembershipEnded message. Does not implicitly {@link ringmesh.v1.MembershipEnded.verify|verify} messages.
             * @param message MembershipEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.MembershipEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MembershipEnded message, length delimited. Does not implicitly {@link ringmesh.v1.MembershipEnded.verify|verify} messages.
             * @param message MembershipEnded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.MembershipEnded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipEnded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.MembershipEnded & ringmesh.v1.MembershipEnded.$Shape} MembershipEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.MembershipEnded & ringmesh.v1.MembershipEnded.$Shape;

            /**
             * Decodes a MembershipEnded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.MembershipEnded & ringmesh.v1.MembershipEnded.$Shape} MembershipEnded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.MembershipEnded & ringmesh.v1.MembershipEnded.$Shape;

            /**
             * Verifies a MembershipEnded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MembershipEnded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MembershipEnded
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.MembershipEnded;

            /**
             * Creates a plain object from a MembershipEnded message. Also converts values to other types if specified.
             * @param message MembershipEnded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.MembershipEnded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MembershipEnded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MembershipEnded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembershipEnded {

            /** Properties of a MembershipEnded. */
            interface $Properties {

                /** MembershipEnded groupId */
                groupId?: (string|null);

                /** MembershipEnded agentId */
                agentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipEnded. */
            type $Shape = ringmesh.v1.MembershipEnded.$Properties;
        }

        /**
         * Properties of a StatusRequest.
         * @deprecated Use ringmesh.v1.StatusRequest.$Properties instead.
         */
        interface IStatusRequest extends ringmesh.v1.StatusRequest.$Properties {
        }

        /** Represents a StatusRequest. */
        class StatusRequest {

            /**
             * Constructs a new StatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.StatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusRequest groupId. */
            groupId: string;

            /** StatusRequest agentId. */
            agentId: string;

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusRequest instance
             */
            static create(properties: ringmesh.v1.StatusRequest.$Shape): ringmesh.v1.StatusRequest & ringmesh.v1.StatusRequest.$Shape;
            static create(properties?: ringmesh.v1.StatusRequest.$Properties): ringmesh.v1.StatusRequest;

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link ringmesh.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusRequest message, length delimited. Does not implicitly {@link ringmesh.v1.StatusRequest.verify|verify} messages.
             * @param message StatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.StatusRequest & ringmesh.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.StatusRequest & ringmesh.v1.StatusRequest.$Shape;

            /**
             * Decodes a StatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.StatusRequest & ringmesh.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.StatusRequest & ringmesh.v1.StatusRequest.$Shape;

            /**
             * Verifies a StatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.StatusRequest;

            /**
             * Creates a plain object from a StatusRequest message. Also converts values to other types if specified.
             * @param message StatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.StatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusRequest {

            /** Properties of a StatusRequest. */
            interface $Properties {

                /** StatusRequest groupId */
                groupId?: (string|null);

                /** StatusRequest agentId */
                agentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusRequest. */
            type $Shape = ringmesh.v1.StatusRequest.$Properties;
        }

        /**
         * Properties of a Login.
         * @deprecated Use ringmesh.v1.Login.$Properties instead.
         */
        interface ILogin extends ringmesh.v1.Login.$Properties {
        }

        /** Represents a Login. */
        class Login {

            /**
             * Constructs a new Login.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Login.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Login groupId. */
            groupId: string;

            /**
             * Creates a new Login instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Login instance
             */
            static create(properties: ringmesh.v1.Login.$Shape): ringmesh.v1.Login & ringmesh.v1.Login.$Shape;
            static create(properties?: ringmesh.v1.Login.$Properties): ringmesh.v1.Login;

            /**
             * Encodes the specified Login message. Does not implicitly {@link ringmesh.v1.Login.verify|verify} messages.
             * @param message Login message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Login message, length delimited. Does not implicitly {@link ringmesh.v1.Login.verify|verify} messages.
             * @param message Login message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Login.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Login message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Login & ringmesh.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Login & ringmesh.v1.Login.$Shape;

            /**
             * Decodes a Login message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Login & ringmesh.v1.Login.$Shape} Login
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Login & ringmesh.v1.Login.$Shape;

            /**
             * Verifies a Login message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Login message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Login
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Login;

            /**
             * Creates a plain object from a Login message. Also converts values to other types if specified.
             * @param message Login
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Login, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Login to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Login
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Login {

            /** Properties of a Login. */
            interface $Properties {

                /** Login groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Login. */
            type $Shape = ringmesh.v1.Login.$Properties;
        }

        /**
         * Properties of a Logout.
         * @deprecated Use ringmesh.v1.Logout.$Properties instead.
         */
        interface ILogout extends ringmesh.v1.Logout.$Properties {
        }

        /** Represents a Logout. */
        class Logout {

            /**
             * Constructs a new Logout.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Logout.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Logout groupId. */
            groupId: string;

            /**
             * Creates a new Logout instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Logout instance
             */
            static create(properties: ringmesh.v1.Logout.$Shape): ringmesh.v1.Logout & ringmesh.v1.Logout.$Shape;
            static create(properties?: ringmesh.v1.Logout.$Properties): ringmesh.v1.Logout;

            /**
             * Encodes the specified Logout message. Does not implicitly {@link ringmesh.v1.Logout.verify|verify} messages.
             * @param message Logout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Logout message, length delimited. Does not implicitly {@link ringmesh.v1.Logout.verify|verify} messages.
             * @param message Logout message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Logout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Logout message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Logout & ringmesh.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Logout & ringmesh.v1.Logout.$Shape;

            /**
             * Decodes a Logout message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Logout & ringmesh.v1.Logout.$Shape} Logout
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Logout & ringmesh.v1.Logout.$Shape;

            /**
             * Verifies a Logout message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Logout message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Logout
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Logout;

            /**
             * Creates a plain object from a Logout message. Also converts values to other types if specified.
             * @param message Logout
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Logout, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Logout to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Logout
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Logout {

            /** Properties of a Logout. */
            interface $Properties {

                /** Logout groupId */
                groupId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Logout. */
            type $Shape = ringmesh.v1.Logout.$Properties;
        }

        /**
         * Properties of a SetPresence.
         * @deprecated Use ringmesh.v1.SetPresence.$Properties instead.
         */
        interface ISetPresence extends ringmesh.v1.SetPresence.$Properties {
        }

        /** Represents a SetPresence. */
        class SetPresence {

            /**
             * Constructs a new SetPresence.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.SetPresence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPresence presence. */
            presence: string;

            /**
             * Creates a new SetPresence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPresence instance
             */
            static create(properties: ringmesh.v1.SetPresence.$Shape): ringmesh.v1.SetPresence & ringmesh.v1.SetPresence.$Shape;
            static create(properties?: ringmesh.v1.SetPresence.$Properties): ringmesh.v1.SetPresence;

            /**
             * Encodes the specified SetPresence message. Does not implicitly {@link ringmesh.v1.SetPresence.verify|verify} messages.
             * @param message SetPresence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.SetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetPresence message, length delimited. Does not implicitly {@link ringmesh.v1.SetPresence.verify|verify} messages.
             * @param message SetPresence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.SetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPresence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.SetPresence & ringmesh.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.SetPresence & ringmesh.v1.SetPresence.$Shape;

            /**
             * Decodes a SetPresence message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.SetPresence & ringmesh.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.SetPresence & ringmesh.v1.SetPresence.$Shape;

            /**
             * Verifies a SetPresence message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetPresence message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetPresence
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.SetPresence;

            /**
             * Creates a plain object from a SetPresence message. Also converts values to other types if specified.
             * @param message SetPresence
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.SetPresence, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetPresence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetPresence
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPresence {

            /** Properties of a SetPresence. */
            interface $Properties {

                /** SetPresence presence */
                presence?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPresence. */
            type $Shape = ringmesh.v1.SetPresence.$Properties;
        }

        /**
         * Properties of a StartBreak.
         * @deprecated Use ringmesh.v1.StartBreak.$Properties instead.
         */
        interface IStartBreak extends ringmesh.v1.StartBreak.$Properties {
        }

        /** Represents a StartBreak. */
        class StartBreak {

            /**
             * Constructs a new StartBreak.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.StartBreak.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new StartBreak instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StartBreak instance
             */
            static create(properties: ringmesh.v1.StartBreak.$Shape): ringmesh.v1.StartBreak & ringmesh.v1.StartBreak.$Shape;
            static create(properties?: ringmesh.v1.StartBreak.$Properties): ringmesh.v1.StartBreak;

            /**
             * Encodes the specified StartBreak message. Does not implicitly {@link ringmesh.v1.StartBreak.verify|verify} messages.
             * @param message StartBreak message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.StartBreak.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StartBreak message, length delimited. Does not implicitly {@link ringmesh.v1.StartBreak.verify|verify} messages.
             * @param message StartBreak message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.StartBreak.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StartBreak message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.StartBreak & ringmesh.v1.StartBreak.$Shape} StartBreak
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.StartBreak & ringmesh.v1.StartBreak.$Shape;

            /**
             * Decodes a StartBreak message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.StartBreak & ringmesh.v1.StartBreak.$Shape} StartBreak
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.StartBreak & ringmesh.v1.StartBreak.$Shape;

            /**
             * Verifies a StartBreak message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StartBreak message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StartBreak
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.StartBreak;

            /**
             * Creates a plain object from a StartBreak message. Also converts values to other types if specified.
             * @param message StartBreak
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.StartBreak, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StartBreak to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for StartBreak
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StartBreak {

            /** Properties of a StartBreak. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StartBreak. */
            type $Shape = ringmesh.v1.StartBreak.$Properties;
        }

        /**
         * Properties of an EndBreak.
         * @deprecated Use ringmesh.v1.EndBreak.$Properties instead.
         */
        interface IEndBreak extends ringmesh.v1.EndBreak.$Properties {
        }

        /** Represents an EndBreak. */
        class EndBreak {

            /**
             * Constructs a new EndBreak.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.EndBreak.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new EndBreak instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndBreak instance
             */
            static create(properties: ringmesh.v1.EndBreak.$Shape): ringmesh.v1.EndBreak & ringmesh.v1.EndBreak.$Shape;
            static create(properties?: ringmesh.v1.EndBreak.$Properties): ringmesh.v1.EndBreak;

            /**
             * Encodes the specified EndBreak message. Does not implicitly {@link ringmesh.v1.EndBreak.verify|verify} messages.
             * @param message EndBreak message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.EndBreak.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EndBreak message, length delimited. Does not implicitly {@link ringmesh.v1.EndBreak.verify|verify} messages.
             * @param message EndBreak message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.EndBreak.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndBreak message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.EndBreak & ringmesh.v1.EndBreak.$Shape} EndBreak
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.EndBreak & ringmesh.v1.EndBreak.$Shape;

            /**
             * Decodes an EndBreak message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.EndBreak & ringmesh.v1.EndBreak.$Shape} EndBreak
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.EndBreak & ringmesh.v1.EndBreak.$Shape;

            /**
             * Verifies an EndBreak message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EndBreak message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndBreak
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.EndBreak;

            /**
             * Creates a plain object from an EndBreak message. Also converts values to other types if specified.
             * @param message EndBreak
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.EndBreak, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndBreak to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndBreak
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndBreak {

            /** Properties of an EndBreak. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndBreak. */
            type $Shape = ringmesh.v1.EndBreak.$Properties;
        }

        /**
         * Properties of an EndWrapUp.
         * @deprecated Use ringmesh.v1.EndWrapUp.$Properties instead.
         */
        interface IEndWrapUp extends ringmesh.v1.EndWrapUp.$Properties {
        }

        /** Represents an EndWrapUp. */
        class EndWrapUp {

            /**
             * Constructs a new EndWrapUp.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.EndWrapUp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new EndWrapUp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EndWrapUp instance
             */
            static create(properties: ringmesh.v1.EndWrapUp.$Shape): ringmesh.v1.EndWrapUp & ringmesh.v1.EndWrapUp.$Shape;
            static create(properties?: ringmesh.v1.EndWrapUp.$Properties): ringmesh.v1.EndWrapUp;

            /**
             * Encodes the specified EndWrapUp message. Does not implicitly {@link ringmesh.v1.EndWrapUp.verify|verify} messages.
             * @param message EndWrapUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.EndWrapUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EndWrapUp message, length delimited. Does not implicitly {@link ringmesh.v1.EndWrapUp.verify|verify} messages.
             * @param message EndWrapUp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.EndWrapUp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EndWrapUp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.EndWrapUp & ringmesh.v1.EndWrapUp.$Shape} EndWrapUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.EndWrapUp & ringmesh.v1.EndWrapUp.$Shape;

            /**
             * Decodes an EndWrapUp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.EndWrapUp & ringmesh.v1.EndWrapUp.$Shape} EndWrapUp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.EndWrapUp & ringmesh.v1.EndWrapUp.$Shape;

            /**
             * Verifies an EndWrapUp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EndWrapUp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EndWrapUp
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.EndWrapUp;

            /**
             * Creates a plain object from an EndWrapUp message. Also converts values to other types if specified.
             * @param message EndWrapUp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.EndWrapUp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EndWrapUp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EndWrapUp
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EndWrapUp {

            /** Properties of an EndWrapUp. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EndWrapUp. */
            type $Shape = ringmesh.v1.EndWrapUp.$Properties;
        }

        /**
         * Properties of a DevicesChanged.
         * @deprecated Use ringmesh.v1.DevicesChanged.$Properties instead.
         */
        interface IDevicesChanged extends ringmesh.v1.DevicesChanged.$Properties {
        }

        /** Represents a DevicesChanged. */
        class DevicesChanged {

            /**
             * Constructs a new DevicesChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.DevicesChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DevicesChanged devices. */
            devices: string[];

            /**
             * Creates a new DevicesChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DevicesChanged instance
             */
            static create(properties: ringmesh.v1.DevicesChanged.$Shape): ringmesh.v1.DevicesChanged & ringmesh.v1.DevicesChanged.$Shape;
            static create(properties?: ringmesh.v1.DevicesChanged.$Properties): ringmesh.v1.DevicesChanged;

            /**
             * Encodes the specified DevicesChanged message. Does not implicitly {@link ringmesh.v1.DevicesChanged.verify|verify} messages.
             * @param message DevicesChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.DevicesChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DevicesChanged message, length delimited. Does not implicitly {@link ringmesh.v1.DevicesChanged.verify|verify} messages.
             * @param message DevicesChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.DevicesChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DevicesChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.DevicesChanged & ringmesh.v1.DevicesChanged.$Shape} DevicesChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.DevicesChanged & ringmesh.v1.DevicesChanged.$Shape;

            /**
             * Decodes a DevicesChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DevicesChanged & ringmesh.v1.DevicesChanged.$Shape} DevicesChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.DevicesChanged & ringmesh.v1.DevicesChanged.$Shape;

            /**
             * Verifies a DevicesChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DevicesChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DevicesChanged
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.DevicesChanged;

            /**
             * Creates a plain object from a DevicesChanged message. Also converts values to other types if specified.
             * @param message DevicesChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.DevicesChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DevicesChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DevicesChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DevicesChanged {

            /** Properties of a DevicesChanged. */
            interface $Properties {

                /** DevicesChanged devices */
                devices?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DevicesChanged. */
            type $Shape = ringmesh.v1.DevicesChanged.$Properties;
        }

        /**
         * Properties of a LegGone.
         * @deprecated Use ringmesh.v1.LegGone.$Properties instead.
         */
        interface ILegGone extends ringmesh.v1.LegGone.$Properties {
        }

        /** Represents a LegGone. */
        class LegGone {

            /**
             * Constructs a new LegGone.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.LegGone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LegGone callId. */
            callId: string;

            /**
             * Creates a new LegGone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LegGone instance
             */
            static create(properties: ringmesh.v1.LegGone.$Shape): ringmesh.v1.LegGone & ringmesh.v1.LegGone.$Shape;
            static create(properties?: ringmesh.v1.LegGone.$Properties): ringmesh.v1.LegGone;

            /**
             * Encodes the specified LegGone message. Does not implicitly {@link ringmesh.v1.LegGone.verify|verify} messages.
             * @param message LegGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.LegGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LegGone message, length delimited. Does not implicitly {@link ringmesh.v1.LegGone.verify|verify} messages.
             * @param message LegGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.LegGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LegGone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.LegGone & ringmesh.v1.LegGone.$Shape} LegGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.LegGone & ringmesh.v1.LegGone.$Shape;

            /**
             * Decodes a LegGone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.LegGone & ringmesh.v1.LegGone.$Shape} LegGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.LegGone & ringmesh.v1.LegGone.$Shape;

            /**
             * Verifies a LegGone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LegGone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LegGone
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.LegGone;

            /**
             * Creates a plain object from a LegGone message. Also converts values to other types if specified.
             * @param message LegGone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.LegGone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LegGone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LegGone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LegGone {

            /** Properties of a LegGone. */
            interface $Properties {

                /** LegGone callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LegGone. */
            type $Shape = ringmesh.v1.LegGone.$Properties;
        }

        /**
         * Properties of a CallGone.
         * @deprecated Use ringmesh.v1.CallGone.$Properties instead.
         */
        interface ICallGone extends ringmesh.v1.CallGone.$Properties {
        }

        /** Represents a CallGone. */
        class CallGone {

            /**
             * Constructs a new CallGone.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallGone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallGone callId. */
            callId: string;

            /**
             * Creates a new CallGone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallGone instance
             */
            static create(properties: ringmesh.v1.CallGone.$Shape): ringmesh.v1.CallGone & ringmesh.v1.CallGone.$Shape;
            static create(properties?: ringmesh.v1.CallGone.$Properties): ringmesh.v1.CallGone;

            /**
             * Encodes the specified CallGone message. Does not implicitly {@link ringmesh.v1.CallGone.verify|verify} messages.
             * @param message CallGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallGone message, length delimited. Does not implicitly {@link ringmesh.v1.CallGone.verify|verify} messages.
             * @param message CallGone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallGone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallGone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallGone & ringmesh.v1.CallGone.$Shape} CallGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallGone & ringmesh.v1.CallGone.$Shape;

            /**
             * Decodes a CallGone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallGone & ringmesh.v1.CallGone.$Shape} CallGone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallGone & ringmesh.v1.CallGone.$Shape;

            /**
             * Verifies a CallGone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallGone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallGone
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallGone;

            /**
             * Creates a plain object from a CallGone message. Also converts values to other types if specified.
             * @param message CallGone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallGone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallGone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallGone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallGone {

            /** Properties of a CallGone. */
            interface $Properties {

                /** CallGone callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallGone. */
            type $Shape = ringmesh.v1.CallGone.$Properties;
        }

        /**
         * Properties of a UserChanged.
         * @deprecated Use ringmesh.v1.UserChanged.$Properties instead.
         */
        interface IUserChanged extends ringmesh.v1.UserChanged.$Properties {
        }

        /** Represents a UserChanged. */
        class UserChanged {

            /**
             * Constructs a new UserChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.UserChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserChanged devices. */
            devices: string[];

            /** UserChanged presence. */
            presence: string;

            /** UserChanged version. */
            version: string;

            /** UserChanged deleted. */
            deleted: boolean;

            /**
             * Creates a new UserChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns UserChanged instance
             */
            static create(properties: ringmesh.v1.UserChanged.$Shape): ringmesh.v1.UserChanged & ringmesh.v1.UserChanged.$Shape;
            static create(properties?: ringmesh.v1.UserChanged.$Properties): ringmesh.v1.UserChanged;

            /**
             * Encodes the specified UserChanged message. Does not implicitly {@link ringmesh.v1.UserChanged.verify|verify} messages.
             * @param message UserChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.UserChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified UserChanged message, length delimited. Does not implicitly {@link ringmesh.v1.UserChanged.verify|verify} messages.
             * @param message UserChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.UserChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.UserChanged & ringmesh.v1.UserChanged.$Shape} UserChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.UserChanged & ringmesh.v1.UserChanged.$Shape;

            /**
             * Decodes a UserChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.UserChanged & ringmesh.v1.UserChanged.$Shape} UserChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.UserChanged & ringmesh.v1.UserChanged.$Shape;

            /**
             * Verifies a UserChanged message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a UserChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserChanged
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.UserChanged;

            /**
             * Creates a plain object from a UserChanged message. Also converts values to other types if specified.
             * @param message UserChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.UserChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for UserChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace UserChanged {

            /** Properties of a UserChanged. */
            interface $Properties {

                /** UserChanged devices */
                devices?: (string[]|null);

                /** UserChanged presence */
                presence?: (string|null);

                /** UserChanged version */
                version?: (string|null);

                /** UserChanged deleted */
                deleted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a UserChanged. */
            type $Shape = ringmesh.v1.UserChanged.$Properties;
        }

        /**
         * Properties of an AgentEvent.
         * @deprecated Use ringmesh.v1.AgentEvent.$Properties instead.
         */
        interface IAgentEvent extends ringmesh.v1.AgentEvent.$Properties {
        }

        /** Represents an AgentEvent. */
        class AgentEvent {

            /**
             * Constructs a new AgentEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentEvent login. */
            login?: (ringmesh.v1.Login.$Properties|null);

            /** AgentEvent logout. */
            logout?: (ringmesh.v1.Logout.$Properties|null);

            /** AgentEvent setPresence. */
            setPresence?: (ringmesh.v1.SetPresence.$Properties|null);

            /** AgentEvent startBreak. */
            startBreak?: (ringmesh.v1.StartBreak.$Properties|null);

            /** AgentEvent endBreak. */
            endBreak?: (ringmesh.v1.EndBreak.$Properties|null);

            /** AgentEvent devicesChanged. */
            devicesChanged?: (ringmesh.v1.DevicesChanged.$Properties|null);

            /** AgentEvent legGone. */
            legGone?: (ringmesh.v1.LegGone.$Properties|null);

            /** AgentEvent callGone. */
            callGone?: (ringmesh.v1.CallGone.$Properties|null);

            /** AgentEvent userChanged. */
            userChanged?: (ringmesh.v1.UserChanged.$Properties|null);

            /** AgentEvent getSnapshot. */
            getSnapshot?: (ringmesh.v1.GetSnapshot.$Properties|null);

            /** AgentEvent endWrapUp. */
            endWrapUp?: (ringmesh.v1.EndWrapUp.$Properties|null);

            /** AgentEvent bid. */
            bid?: (ringmesh.v1.Bid.$Properties|null);

            /** AgentEvent noBid. */
            noBid?: (ringmesh.v1.NoBid.$Properties|null);

            /** AgentEvent offerEnded. */
            offerEnded?: (ringmesh.v1.OfferEnded.$Properties|null);

            /** AgentEvent callEnded. */
            callEnded?: (ringmesh.v1.CallEnded.$Properties|null);

            /** AgentEvent callStatus. */
            callStatus?: (ringmesh.v1.CallStatus.$Properties|null);

            /** AgentEvent membershipEnded. */
            membershipEnded?: (ringmesh.v1.MembershipEnded.$Properties|null);

            /** AgentEvent statusRequest. */
            statusRequest?: (ringmesh.v1.StatusRequest.$Properties|null);

            /** AgentEvent event. */
            event?: ("login"|"logout"|"setPresence"|"startBreak"|"endBreak"|"devicesChanged"|"legGone"|"callGone"|"userChanged"|"getSnapshot"|"endWrapUp"|"bid"|"noBid"|"offerEnded"|"callEnded"|"callStatus"|"membershipEnded"|"statusRequest");

            /**
             * Creates a new AgentEvent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentEvent instance
             */
            static create(properties: ringmesh.v1.AgentEvent.$Shape): ringmesh.v1.AgentEvent & ringmesh.v1.AgentEvent.$Shape;
            static create(properties?: ringmesh.v1.AgentEvent.$Properties): ringmesh.v1.AgentEvent;

            /**
             * Encodes the specified AgentEvent message. Does not implicitly {@link ringmesh.v1.AgentEvent.verify|verify} messages.
             * @param message AgentEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentEvent message, length delimited. Does not implicitly {@link ringmesh.v1.AgentEvent.verify|verify} messages.
             * @param message AgentEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentEvent & ringmesh.v1.AgentEvent.$Shape} AgentEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentEvent & ringmesh.v1.AgentEvent.$Shape;

            /**
             * Decodes an AgentEvent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentEvent & ringmesh.v1.AgentEvent.$Shape} AgentEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentEvent & ringmesh.v1.AgentEvent.$Shape;

            /**
             * Verifies an AgentEvent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentEvent
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentEvent;

            /**
             * Creates a plain object from an AgentEvent message. Also converts values to other types if specified.
             * @param message AgentEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentEvent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentEvent {

            /** Properties of an AgentEvent. */
            interface $Properties {

                /** AgentEvent login */
                login?: (ringmesh.v1.Login.$Properties|null);

                /** AgentEvent logout */
                logout?: (ringmesh.v1.Logout.$Properties|null);

                /** AgentEvent setPresence */
                setPresence?: (ringmesh.v1.SetPresence.$Properties|null);

                /** AgentEvent startBreak */
                startBreak?: (ringmesh.v1.StartBreak.$Properties|null);

                /** AgentEvent endBreak */
                endBreak?: (ringmesh.v1.EndBreak.$Properties|null);

                /** AgentEvent devicesChanged */
                devicesChanged?: (ringmesh.v1.DevicesChanged.$Properties|null);

                /** AgentEvent legGone */
                legGone?: (ringmesh.v1.LegGone.$Properties|null);

                /** AgentEvent callGone */
                callGone?: (ringmesh.v1.CallGone.$Properties|null);

                /** AgentEvent userChanged */
                userChanged?: (ringmesh.v1.UserChanged.$Properties|null);

                /** AgentEvent getSnapshot */
                getSnapshot?: (ringmesh.v1.GetSnapshot.$Properties|null);

                /** AgentEvent endWrapUp */
                endWrapUp?: (ringmesh.v1.EndWrapUp.$Properties|null);

                /** AgentEvent bid */
                bid?: (ringmesh.v1.Bid.$Properties|null);

                /** AgentEvent noBid */
                noBid?: (ringmesh.v1.NoBid.$Properties|null);

                /** AgentEvent offerEnded */
                offerEnded?: (ringmesh.v1.OfferEnded.$Properties|null);

                /** AgentEvent callEnded */
                callEnded?: (ringmesh.v1.CallEnded.$Properties|null);

                /** AgentEvent callStatus */
                callStatus?: (ringmesh.v1.CallStatus.$Properties|null);

                /** AgentEvent membershipEnded */
                membershipEnded?: (ringmesh.v1.MembershipEnded.$Properties|null);

                /** AgentEvent statusRequest */
                statusRequest?: (ringmesh.v1.StatusRequest.$Properties|null);

                /** AgentEvent event */
                event?: ("login"|"logout"|"setPresence"|"startBreak"|"endBreak"|"devicesChanged"|"legGone"|"callGone"|"userChanged"|"getSnapshot"|"endWrapUp"|"bid"|"noBid"|"offerEnded"|"callEnded"|"callStatus"|"membershipEnded"|"statusRequest");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an AgentEvent. */
            type $Shape = {
              login?: ringmesh.v1.Login.$Shape|null;
              logout?: ringmesh.v1.Logout.$Shape|null;
              setPresence?: ringmesh.v1.SetPresence.$Shape|null;
              startBreak?: ringmesh.v1.StartBreak.$Shape|null;
              endBreak?: ringmesh.v1.EndBreak.$Shape|null;
              devicesChanged?: ringmesh.v1.DevicesChanged.$Shape|null;
              legGone?: ringmesh.v1.LegGone.$Shape|null;
              callGone?: ringmesh.v1.CallGone.$Shape|null;
              userChanged?: ringmesh.v1.UserChanged.$Shape|null;
              getSnapshot?: ringmesh.v1.GetSnapshot.$Shape|null;
              endWrapUp?: ringmesh.v1.EndWrapUp.$Shape|null;
              bid?: ringmesh.v1.Bid.$Shape|null;
              noBid?: ringmesh.v1.NoBid.$Shape|null;
              offerEnded?: ringmesh.v1.OfferEnded.$Shape|null;
              callEnded?: ringmesh.v1.CallEnded.$Shape|null;
              callStatus?: ringmesh.v1.CallStatus.$Shape|null;
              membershipEnded?: ringmesh.v1.MembershipEnded.$Shape|null;
              statusRequest?: ringmesh.v1.StatusRequest.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ event?: undefined; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "login"; login: ringmesh.v1.Login.$Shape; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "logout"; login?: null; logout: ringmesh.v1.Logout.$Shape; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "setPresence"; login?: null; logout?: null; setPresence: ringmesh.v1.SetPresence.$Shape; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "startBreak"; login?: null; logout?: null; setPresence?: null; startBreak: ringmesh.v1.StartBreak.$Shape; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "endBreak"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak: ringmesh.v1.EndBreak.$Shape; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "devicesChanged"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged: ringmesh.v1.DevicesChanged.$Shape; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "legGone"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone: ringmesh.v1.LegGone.$Shape; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "callGone"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone: ringmesh.v1.CallGone.$Shape; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "userChanged"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged: ringmesh.v1.UserChanged.$Shape; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "getSnapshot"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot: ringmesh.v1.GetSnapshot.$Shape; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "endWrapUp"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp: ringmesh.v1.EndWrapUp.$Shape; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "bid"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid: ringmesh.v1.Bid.$Shape; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "noBid"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid: ringmesh.v1.NoBid.$Shape; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "offerEnded"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded: ringmesh.v1.OfferEnded.$Shape; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "callEnded"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded: ringmesh.v1.CallEnded.$Shape; callStatus?: null; membershipEnded?: null; statusRequest?: null }|{ event?: "callStatus"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus: ringmesh.v1.CallStatus.$Shape; membershipEnded?: null; statusRequest?: null }|{ event?: "membershipEnded"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded: ringmesh.v1.MembershipEnded.$Shape; statusRequest?: null }|{ event?: "statusRequest"; login?: null; logout?: null; setPresence?: null; startBreak?: null; endBreak?: null; devicesChanged?: null; legGone?: null; callGone?: null; userChanged?: null; getSnapshot?: null; endWrapUp?: null; bid?: null; noBid?: null; offerEnded?: null; callEnded?: null; callStatus?: null; membershipEnded?: null; statusRequest: ringmesh.v1.StatusRequest.$Shape })
            );
        }

        /**
         * Properties of a DeviceOffer.
         * @deprecated Use ringmesh.v1.DeviceOffer.$Properties instead.
         */
        interface IDeviceOffer extends ringmesh.v1.DeviceOffer.$Properties {
        }

        /** Represents a DeviceOffer. */
        class DeviceOffer {

            /**
             * Constructs a new DeviceOffer.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.DeviceOffer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeviceOffer kind. */
            kind: string;

            /** DeviceOffer from. */
            from: string;

            /** DeviceOffer groupNumber. */
            groupNumber: string;

            /** DeviceOffer groupName. */
            groupName: string;

            /**
             * Creates a new DeviceOffer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeviceOffer instance
             */
            static create(properties: ringmesh.v1.DeviceOffer.$Shape): ringmesh.v1.DeviceOffer & ringmesh.v1.DeviceOffer.$Shape;
            static create(properties?: ringmesh.v1.DeviceOffer.$Properties): ringmesh.v1.DeviceOffer;

            /**
             * Encodes the specified DeviceOffer message. Does not implicitly {@link ringmesh.v1.DeviceOffer.verify|verify} messages.
             * @param message DeviceOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.DeviceOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DeviceOffer message, length delimited. Does not implicitly {@link ringmesh.v1.DeviceOffer.verify|verify} messages.
             * @param message DeviceOffer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.DeviceOffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeviceOffer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.DeviceOffer & ringmesh.v1.DeviceOffer.$Shape} DeviceOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.DeviceOffer & ringmesh.v1.DeviceOffer.$Shape;

            /**
             * Decodes a DeviceOffer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DeviceOffer & ringmesh.v1.DeviceOffer.$Shape} DeviceOffer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.DeviceOffer & ringmesh.v1.DeviceOffer.$Shape;

            /**
             * Verifies a DeviceOffer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeviceOffer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeviceOffer
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.DeviceOffer;

            /**
             * Creates a plain object from a DeviceOffer message. Also converts values to other types if specified.
             * @param message DeviceOffer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.DeviceOffer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeviceOffer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeviceOffer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceOffer {

            /** Properties of a DeviceOffer. */
            interface $Properties {

                /** DeviceOffer kind */
                kind?: (string|null);

                /** DeviceOffer from */
                from?: (string|null);

                /** DeviceOffer groupNumber */
                groupNumber?: (string|null);

                /** DeviceOffer groupName */
                groupName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeviceOffer. */
            type $Shape = ringmesh.v1.DeviceOffer.$Properties;
        }

        /**
         * Properties of a RingAgent.
         * @deprecated Use ringmesh.v1.RingAgent.$Properties instead.
         */
        interface IRingAgent extends ringmesh.v1.RingAgent.$Properties {
        }

        /** Represents a RingAgent. */
        class RingAgent {

            /**
             * Constructs a new RingAgent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.RingAgent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RingAgent callId. */
            callId: string;

            /** RingAgent agentId. */
            agentId: string;

            /** RingAgent reservation. */
            reservation: (number|Long);

            /** RingAgent devices. */
            devices: ringmesh.v1.DeviceOffer.$Properties[];

            /** RingAgent ringSeconds. */
            ringSeconds: number;

            /** RingAgent billingId. */
            billingId: string;

            /**
             * Creates a new RingAgent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RingAgent instance
             */
            static create(properties: ringmesh.v1.RingAgent.$Shape): ringmesh.v1.RingAgent & ringmesh.v1.RingAgent.$Shape;
            static create(properties?: ringmesh.v1.RingAgent.$Properties): ringmesh.v1.RingAgent;

            /**
             * Encodes the specified RingAgent message. Does not implicitly {@link ringmesh.v1.RingAgent.verify|verify} messages.
             * @param message RingAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.RingAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RingAgent message, length delimited. Does not implicitly {@link ringmesh.v1.RingAgent.verify|verify} messages.
             * @param message RingAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.RingAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RingAgent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.RingAgent & ringmesh.v1.RingAgent.$Shape} RingAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.RingAgent & ringmesh.v1.RingAgent.$Shape;

            /**
             * Decodes a RingAgent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RingAgent & ringmesh.v1.RingAgent.$Shape} RingAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.RingAgent & ringmesh.v1.RingAgent.$Shape;

            /**
             * Verifies a RingAgent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RingAgent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RingAgent
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.RingAgent;

            /**
             * Creates a plain object from a RingAgent message. Also converts values to other types if specified.
             * @param message RingAgent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.RingAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RingAgent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RingAgent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RingAgent {

            /** Properties of a RingAgent. */
            interface $Properties {

                /** RingAgent callId */
                callId?: (string|null);

                /** RingAgent agentId */
                agentId?: (string|null);

                /** RingAgent reservation */
                reservation?: (number|Long|null);

                /** RingAgent devices */
                devices?: (ringmesh.v1.DeviceOffer.$Properties[]|null);

                /** RingAgent ringSeconds */
                ringSeconds?: (number|null);

                /** RingAgent billingId */
                billingId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RingAgent. */
            type $Shape = ringmesh.v1.RingAgent.$Properties;
        }

        /**
         * Properties of a CancelRing.
         * @deprecated Use ringmesh.v1.CancelRing.$Properties instead.
         */
        interface ICancelRing extends ringmesh.v1.CancelRing.$Properties {
        }

        /** Represents a CancelRing. */
        class CancelRing {

            /**
             * Constructs a new CancelRing.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CancelRing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CancelRing callId. */
            callId: string;

            /** CancelRing agentId. */
            agentId: string;

            /** CancelRing reason. */
            reason: string;

            /**
             * Creates a new CancelRing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CancelRing instance
             */
            static create(properties: ringmesh.v1.CancelRing.$Shape): ringmesh.v1.CancelRing & ringmesh.v1.CancelRing.$Shape;
            static create(properties?: ringmesh.v1.CancelRing.$Properties): ringmesh.v1.CancelRing;

            /**
             * Encodes the specified CancelRing message. Does not implicitly {@link ringmesh.v1.CancelRing.verify|verify} messages.
             * @param message CancelRing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CancelRing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CancelRing message, length delimited. Does not implicitly {@link ringmesh.v1.CancelRing.verify|verify} messages.
             * @param message CancelRing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CancelRing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CancelRing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CancelRing & ringmesh.v1.CancelRing.$Shape} CancelRing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CancelRing & ringmesh.v1.CancelRing.$Shape;

            /**
             * Decodes a CancelRing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CancelRing & ringmesh.v1.CancelRing.$Shape} CancelRing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CancelRing & ringmesh.v1.CancelRing.$Shape;

            /**
             * Verifies a CancelRing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CancelRing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CancelRing
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CancelRing;

            /**
             * Creates a plain object from a CancelRing message. Also converts values to other types if specified.
             * @param message CancelRing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CancelRing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CancelRing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CancelRing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRing {

            /** Properties of a CancelRing. */
            interface $Properties {

                /** CancelRing callId */
                callId?: (string|null);

                /** CancelRing agentId */
                agentId?: (string|null);

                /** CancelRing reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CancelRing. */
            type $Shape = ringmesh.v1.CancelRing.$Properties;
        }

        /**
         * Properties of a Connect.
         * @deprecated Use ringmesh.v1.Connect.$Properties instead.
         */
        interface IConnect extends ringmesh.v1.Connect.$Properties {
        }

        /** Represents a Connect. */
        class Connect {

            /**
             * Constructs a new Connect.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Connect.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Connect callId. */
            callId: string;

            /** Connect agentId. */
            agentId: string;

            /** Connect check. */
            check: boolean;

            /**
             * Creates a new Connect instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Connect instance
             */
            static create(properties: ringmesh.v1.Connect.$Shape): ringmesh.v1.Connect & ringmesh.v1.Connect.$Shape;
            static create(properties?: ringmesh.v1.Connect.$Properties): ringmesh.v1.Connect;

            /**
             * Encodes the specified Connect message. Does not implicitly {@link ringmesh.v1.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Connect message, length delimited. Does not implicitly {@link ringmesh.v1.Connect.verify|verify} messages.
             * @param message Connect message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Connect.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Connect message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Connect & ringmesh.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Connect & ringmesh.v1.Connect.$Shape;

            /**
             * Decodes a Connect message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Connect & ringmesh.v1.Connect.$Shape} Connect
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Connect & ringmesh.v1.Connect.$Shape;

            /**
             * Verifies a Connect message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Connect message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Connect
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Connect;

            /**
             * Creates a plain object from a Connect message. Also converts values to other types if specified.
             * @param message Connect
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Connect, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Connect to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Connect
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Connect {

            /** Properties of a Connect. */
            interface $Properties {

                /** Connect callId */
                callId?: (string|null);

                /** Connect agentId */
                agentId?: (string|null);

                /** Connect check */
                check?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Connect. */
            type $Shape = ringmesh.v1.Connect.$Properties;
        }

        /**
         * Properties of a RouteCall.
         * @deprecated Use ringmesh.v1.RouteCall.$Properties instead.
         */
        interface IRouteCall extends ringmesh.v1.RouteCall.$Properties {
        }

        /** Represents a RouteCall. */
        class RouteCall {

            /**
             * Constructs a new RouteCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.RouteCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RouteCall callId. */
            callId: string;

            /** RouteCall setting. */
            setting: string;

            /** RouteCall destination. */
            destination?: (ringmesh.v1.Destination.$Properties|null);

            /** RouteCall reason. */
            reason: string;

            /** RouteCall billingId. */
            billingId: string;

            /**
             * Creates a new RouteCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RouteCall instance
             */
            static create(properties: ringmesh.v1.RouteCall.$Shape): ringmesh.v1.RouteCall & ringmesh.v1.RouteCall.$Shape;
            static create(properties?: ringmesh.v1.RouteCall.$Properties): ringmesh.v1.RouteCall;

            /**
             * Encodes the specified RouteCall message. Does not implicitly {@link ringmesh.v1.RouteCall.verify|verify} messages.
             * @param message RouteCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.RouteCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RouteCall message, length delimited. Does not implicitly {@link ringmesh.v1.RouteCall.verify|verify} messages.
             * @param message RouteCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.RouteCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RouteCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.RouteCall & ringmesh.v1.RouteCall.$Shape} RouteCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.RouteCall & ringmesh.v1.RouteCall.$Shape;

            /**
             * Decodes a RouteCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RouteCall & ringmesh.v1.RouteCall.$Shape} RouteCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.RouteCall & ringmesh.v1.RouteCall.$Shape;

            /**
             * Verifies a RouteCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RouteCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RouteCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.RouteCall;

            /**
             * Creates a plain object from a RouteCall message. Also converts values to other types if specified.
             * @param message RouteCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.RouteCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RouteCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RouteCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RouteCall {

            /** Properties of a RouteCall. */
            interface $Properties {

                /** RouteCall callId */
                callId?: (string|null);

                /** RouteCall setting */
                setting?: (string|null);

                /** RouteCall destination */
                destination?: (ringmesh.v1.Destination.$Properties|null);

                /** RouteCall reason */
                reason?: (string|null);

                /** RouteCall billingId */
                billingId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RouteCall. */
            type $Shape = ringmesh.v1.RouteCall.$Properties;
        }

        /**
         * Properties of a Prompt.
         * @deprecated Use ringmesh.v1.Prompt.$Properties instead.
         */
        interface IPrompt extends ringmesh.v1.Prompt.$Properties {
        }

        /** Represents a Prompt. */
        class Prompt {

            /**
             * Constructs a new Prompt.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.Prompt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Prompt kind. */
            kind: string;

            /** Prompt name. */
            name: string;

            /** Prompt position. */
            position: number;

            /** Prompt minutes. */
            minutes: number;

            /** Prompt confident. */
            confident: boolean;

            /**
             * Creates a new Prompt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Prompt instance
             */
            static create(properties: ringmesh.v1.Prompt.$Shape): ringmesh.v1.Prompt & ringmesh.v1.Prompt.$Shape;
            static create(properties?: ringmesh.v1.Prompt.$Properties): ringmesh.v1.Prompt;

            /**
             * Encodes the specified Prompt message. Does not implicitly {@link ringmesh.v1.Prompt.verify|verify} messages.
             * @param message Prompt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.Prompt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Prompt message, length delimited. Does not implicitly {@link ringmesh.v1.Prompt.verify|verify} messages.
             * @param message Prompt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.Prompt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Prompt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.Prompt & ringmesh.v1.Prompt.$Shape} Prompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.Prompt & ringmesh.v1.Prompt.$Shape;

            /**
             * Decodes a Prompt message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Prompt & ringmesh.v1.Prompt.$Shape} Prompt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.Prompt & ringmesh.v1.Prompt.$Shape;

            /**
             * Verifies a Prompt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Prompt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Prompt
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.Prompt;

            /**
             * Creates a plain object from a Prompt message. Also converts values to other types if specified.
             * @param message Prompt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.Prompt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Prompt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Prompt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Prompt {

            /** Properties of a Prompt. */
            interface $Properties {

                /** Prompt kind */
                kind?: (string|null);

                /** Prompt name */
                name?: (string|null);

                /** Prompt position */
                position?: (number|null);

                /** Prompt minutes */
                minutes?: (number|null);

                /** Prompt confident */
                confident?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Prompt. */
            type $Shape = ringmesh.v1.Prompt.$Properties;
        }

        /**
         * Properties of a CallerAudio.
         * @deprecated Use ringmesh.v1.CallerAudio.$Properties instead.
         */
        interface ICallerAudio extends ringmesh.v1.CallerAudio.$Properties {
        }

        /** Represents a CallerAudio. */
        class CallerAudio {

            /**
             * Constructs a new CallerAudio.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallerAudio.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallerAudio callId. */
            callId: string;

            /** CallerAudio play. */
            play: ringmesh.v1.Prompt.$Properties[];

            /** CallerAudio then. */
            then: string;

            /** CallerAudio thenName. */
            thenName: string;

            /**
             * Creates a new CallerAudio instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallerAudio instance
             */
            static create(properties: ringmesh.v1.CallerAudio.$Shape): ringmesh.v1.CallerAudio & ringmesh.v1.CallerAudio.$Shape;
            static create(properties?: ringmesh.v1.CallerAudio.$Properties): ringmesh.v1.CallerAudio;

            /**
             * Encodes the specified CallerAudio message. Does not implicitly {@link ringmesh.v1.CallerAudio.verify|verify} messages.
             * @param message CallerAudio message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallerAudio.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallerAudio message, length delimited. Does not implicitly {@link ringmesh.v1.CallerAudio.verify|verify} messages.
             * @param message CallerAudio message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallerAudio.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallerAudio message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallerAudio & ringmesh.v1.CallerAudio.$Shape} CallerAudio
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallerAudio & ringmesh.v1.CallerAudio.$Shape;

            /**
             * Decodes a CallerAudio message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallerAudio & ringmesh.v1.CallerAudio.$Shape} CallerAudio
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallerAudio & ringmesh.v1.CallerAudio.$Shape;

            /**
             * Verifies a CallerAudio message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallerAudio message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallerAudio
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallerAudio;

            /**
             * Creates a plain object from a CallerAudio message. Also converts values to other types if specified.
             * @param message CallerAudio
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallerAudio, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallerAudio to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallerAudio
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallerAudio {

            /** Properties of a CallerAudio. */
            interface $Properties {

                /** CallerAudio callId */
                callId?: (string|null);

                /** CallerAudio play */
                play?: (ringmesh.v1.Prompt.$Properties[]|null);

                /** CallerAudio then */
                then?: (string|null);

                /** CallerAudio thenName */
                thenName?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallerAudio. */
            type $Shape = ringmesh.v1.CallerAudio.$Properties;
        }

        /**
         * Properties of a RejectCall.
         * @deprecated Use ringmesh.v1.RejectCall.$Properties instead.
         */
        interface IRejectCall extends ringmesh.v1.RejectCall.$Properties {
        }

        /** Represents a RejectCall. */
        class RejectCall {

            /**
             * Constructs a new RejectCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.RejectCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RejectCall callId. */
            callId: string;

            /** RejectCall reason. */
            reason: string;

            /**
             * Creates a new RejectCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RejectCall instance
             */
            static create(properties: ringmesh.v1.RejectCall.$Shape): ringmesh.v1.RejectCall & ringmesh.v1.RejectCall.$Shape;
            static create(properties?: ringmesh.v1.RejectCall.$Properties): ringmesh.v1.RejectCall;

            /**
             * Encodes the specified RejectCall message. Does not implicitly {@link ringmesh.v1.RejectCall.verify|verify} messages.
             * @param message RejectCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.RejectCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RejectCall message, length delimited. Does not implicitly {@link ringmesh.v1.RejectCall.verify|verify} messages.
             * @param message RejectCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.RejectCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RejectCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.RejectCall & ringmesh.v1.RejectCall.$Shape} RejectCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.RejectCall & ringmesh.v1.RejectCall.$Shape;

            /**
             * Decodes a RejectCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RejectCall & ringmesh.v1.RejectCall.$Shape} RejectCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.RejectCall & ringmesh.v1.RejectCall.$Shape;

            /**
             * Verifies a RejectCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RejectCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RejectCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.RejectCall;

            /**
             * Creates a plain object from a RejectCall message. Also converts values to other types if specified.
             * @param message RejectCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.RejectCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RejectCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RejectCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RejectCall {

            /** Properties of a RejectCall. */
            interface $Properties {

                /** RejectCall callId */
                callId?: (string|null);

                /** RejectCall reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RejectCall. */
            type $Shape = ringmesh.v1.RejectCall.$Properties;
        }

        /**
         * Properties of an AskHeld.
         * @deprecated Use ringmesh.v1.AskHeld.$Properties instead.
         */
        interface IAskHeld extends ringmesh.v1.AskHeld.$Properties {
        }

        /** Represents an AskHeld. */
        class AskHeld {

            /**
             * Constructs a new AskHeld.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AskHeld.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new AskHeld instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AskHeld instance
             */
            static create(properties: ringmesh.v1.AskHeld.$Shape): ringmesh.v1.AskHeld & ringmesh.v1.AskHeld.$Shape;
            static create(properties?: ringmesh.v1.AskHeld.$Properties): ringmesh.v1.AskHeld;

            /**
             * Encodes the specified AskHeld message. Does not implicitly {@link ringmesh.v1.AskHeld.verify|verify} messages.
             * @param message AskHeld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AskHeld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AskHeld message, length delimited. Does not implicitly {@link ringmesh.v1.AskHeld.verify|verify} messages.
             * @param message AskHeld message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AskHeld.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AskHeld message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AskHeld & ringmesh.v1.AskHeld.$Shape} AskHeld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AskHeld & ringmesh.v1.AskHeld.$Shape;

            /**
             * Decodes an AskHeld message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AskHeld & ringmesh.v1.AskHeld.$Shape} AskHeld
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AskHeld & ringmesh.v1.AskHeld.$Shape;

            /**
             * Verifies an AskHeld message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AskHeld message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AskHeld
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AskHeld;

            /**
             * Creates a plain object from an AskHeld message. Also converts values to other types if specified.
             * @param message AskHeld
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AskHeld, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AskHeld to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AskHeld
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AskHeld {

            /** Properties of an AskHeld. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AskHeld. */
            type $Shape = ringmesh.v1.AskHeld.$Properties;
        }

        /**
         * Properties of a CallCommand.
         * @deprecated Use ringmesh.v1.CallCommand.$Properties instead.
         */
        interface ICallCommand extends ringmesh.v1.CallCommand.$Properties {
        }

        /** Represents a CallCommand. */
        class CallCommand {

            /**
             * Constructs a new CallCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallCommand groupId. */
            groupId: string;

            /** CallCommand ringAgent. */
            ringAgent?: (ringmesh.v1.RingAgent.$Properties|null);

            /** CallCommand cancelRing. */
            cancelRing?: (ringmesh.v1.CancelRing.$Properties|null);

            /** CallCommand connect. */
            connect?: (ringmesh.v1.Connect.$Properties|null);

            /** CallCommand routeCall. */
            routeCall?: (ringmesh.v1.RouteCall.$Properties|null);

            /** CallCommand callerAudio. */
            callerAudio?: (ringmesh.v1.CallerAudio.$Properties|null);

            /** CallCommand rejectCall. */
            rejectCall?: (ringmesh.v1.RejectCall.$Properties|null);

            /** CallCommand askHeld. */
            askHeld?: (ringmesh.v1.AskHeld.$Properties|null);

            /** CallCommand command. */
            command?: ("ringAgent"|"cancelRing"|"connect"|"routeCall"|"callerAudio"|"rejectCall"|"askHeld");

            /**
             * Creates a new CallCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallCommand instance
             */
            static create(properties: ringmesh.v1.CallCommand.$Shape): ringmesh.v1.CallCommand & ringmesh.v1.CallCommand.$Shape;
            static create(properties?: ringmesh.v1.CallCommand.$Properties): ringmesh.v1.CallCommand;

            /**
             * Encodes the specified CallCommand message. Does not implicitly {@link ringmesh.v1.CallCommand.verify|verify} messages.
             * @param message CallCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallCommand message, length delimited. Does not implicitly {@link ringmesh.v1.CallCommand.verify|verify} messages.
             * @param message CallCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallCommand & ringmesh.v1.CallCommand.$Shape} CallCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallCommand & ringmesh.v1.CallCommand.$Shape;

            /**
             * Decodes a CallCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallCommand & ringmesh.v1.CallCommand.$Shape} CallCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallCommand & ringmesh.v1.CallCommand.$Shape;

            /**
             * Verifies a CallCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallCommand
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallCommand;

            /**
             * Creates a plain object from a CallCommand message. Also converts values to other types if specified.
             * @param message CallCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallCommand
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallCommand {

            /** Properties of a CallCommand. */
            interface $Properties {

                /** CallCommand groupId */
                groupId?: (string|null);

                /** CallCommand ringAgent */
                ringAgent?: (ringmesh.v1.RingAgent.$Properties|null);

                /** CallCommand cancelRing */
                cancelRing?: (ringmesh.v1.CancelRing.$Properties|null);

                /** CallCommand connect */
                connect?: (ringmesh.v1.Connect.$Properties|null);

                /** CallCommand routeCall */
                routeCall?: (ringmesh.v1.RouteCall.$Properties|null);

                /** CallCommand callerAudio */
                callerAudio?: (ringmesh.v1.CallerAudio.$Properties|null);

                /** CallCommand rejectCall */
                rejectCall?: (ringmesh.v1.RejectCall.$Properties|null);

                /** CallCommand askHeld */
                askHeld?: (ringmesh.v1.AskHeld.$Properties|null);

                /** CallCommand command */
                command?: ("ringAgent"|"cancelRing"|"connect"|"routeCall"|"callerAudio"|"rejectCall"|"askHeld");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CallCommand. */
            type $Shape = {
              groupId?: string|null;
              ringAgent?: ringmesh.v1.RingAgent.$Shape|null;
              cancelRing?: ringmesh.v1.CancelRing.$Shape|null;
              connect?: ringmesh.v1.Connect.$Shape|null;
              routeCall?: ringmesh.v1.RouteCall.$Shape|null;
              callerAudio?: ringmesh.v1.CallerAudio.$Shape|null;
              rejectCall?: ringmesh.v1.RejectCall.$Shape|null;
              askHeld?: ringmesh.v1.AskHeld.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; ringAgent?: null; cancelRing?: null; connect?: null; routeCall?: null; callerAudio?: null; rejectCall?: null; askHeld?: null }|{ command?: "ringAgent"; ringAgent: ringmesh.v1.RingAgent.$Shape; cancelRing?: null; connect?: null; routeCall?: null; callerAudio?: null; rejectCall?: null; askHeld?: null }|{ command?: "cancelRing"; ringAgent?: null; cancelRing: ringmesh.v1.CancelRing.$Shape; connect?: null; routeCall?: null; callerAudio?: null; rejectCall?: null; askHeld?: null }|{ command?: "connect"; ringAgent?: null; cancelRing?: null; connect: ringmesh.v1.Connect.$Shape; routeCall?: null; callerAudio?: null; rejectCall?: null; askHeld?: null }|{ command?: "routeCall"; ringAgent?: null; cancelRing?: null; connect?: null; routeCall: ringmesh.v1.RouteCall.$Shape; callerAudio?: null; rejectCall?: null; askHeld?: null }|{ command?: "callerAudio"; ringAgent?: null; cancelRing?: null; connect?: null; routeCall?: null; callerAudio: ringmesh.v1.CallerAudio.$Shape; rejectCall?: null; askHeld?: null }|{ command?: "rejectCall"; ringAgent?: null; cancelRing?: null; connect?: null; routeCall?: null; callerAudio?: null; rejectCall: ringmesh.v1.RejectCall.$Shape; askHeld?: null }|{ command?: "askHeld"; ringAgent?: null; cancelRing?: null; connect?: null; routeCall?: null; callerAudio?: null; rejectCall?: null; askHeld: ringmesh.v1.AskHeld.$Shape })
            );
        }

        /**
         * Properties of a QueuedCallView.
         * @deprecated Use ringmesh.v1.QueuedCallView.$Properties instead.
         */
        interface IQueuedCallView extends ringmesh.v1.QueuedCallView.$Properties {
        }

        /** Represents a QueuedCallView. */
        class QueuedCallView {

            /**
             * Constructs a new QueuedCallView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.QueuedCallView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueuedCallView callId. */
            callId: string;

            /** QueuedCallView caller. */
            caller: string;

            /** QueuedCallView phase. */
            phase: string;

            /** QueuedCallView arrivedAt. */
            arrivedAt: (number|Long);

            /** QueuedCallView enqueuedAt. */
            enqueuedAt: (number|Long);

            /** QueuedCallView rounds. */
            rounds: number;

            /** QueuedCallView ringing. */
            ringing: string[];

            /** QueuedCallView agentId. */
            agentId: string;

            /**
             * Creates a new QueuedCallView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueuedCallView instance
             */
            static create(properties: ringmesh.v1.QueuedCallView.$Shape): ringmesh.v1.QueuedCallView & ringmesh.v1.QueuedCallView.$Shape;
            static create(properties?: ringmesh.v1.QueuedCallView.$Properties): ringmesh.v1.QueuedCallView;

            /**
             * Encodes the specified QueuedCallView message. Does not implicitly {@link ringmesh.v1.QueuedCallView.verify|verify} messages.
             * @param message QueuedCallView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.QueuedCallView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified QueuedCallView message, length delimited. Does not implicitly {@link ringmesh.v1.QueuedCallView.verify|verify} messages.
             * @param message QueuedCallView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.QueuedCallView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueuedCallView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.QueuedCallView & ringmesh.v1.QueuedCallView.$Shape} QueuedCallView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.QueuedCallView & ringmesh.v1.QueuedCallView.$Shape;

            /**
             * Decodes a QueuedCallView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.QueuedCallView & ringmesh.v1.QueuedCallView.$Shape} QueuedCallView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.QueuedCallView & ringmesh.v1.QueuedCallView.$Shape;

            /**
             * Verifies a QueuedCallView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QueuedCallView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueuedCallView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.QueuedCallView;

            /**
             * Creates a plain object from a QueuedCallView message. Also converts values to other types if specified.
             * @param message QueuedCallView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.QueuedCallView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueuedCallView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueuedCallView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueuedCallView {

            /** Properties of a QueuedCallView. */
            interface $Properties {

                /** QueuedCallView callId */
                callId?: (string|null);

                /** QueuedCallView caller */
                caller?: (string|null);

                /** QueuedCallView phase */
                phase?: (string|null);

                /** QueuedCallView arrivedAt */
                arrivedAt?: (number|Long|null);

                /** QueuedCallView enqueuedAt */
                enqueuedAt?: (number|Long|null);

                /** QueuedCallView rounds */
                rounds?: (number|null);

                /** QueuedCallView ringing */
                ringing?: (string[]|null);

                /** QueuedCallView agentId */
                agentId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueuedCallView. */
            type $Shape = ringmesh.v1.QueuedCallView.$Properties;
        }

        /**
         * Properties of a MemberStateView.
         * @deprecated Use ringmesh.v1.MemberStateView.$Properties instead.
         */
        interface IMemberStateView extends ringmesh.v1.MemberStateView.$Properties {
        }

        /** Represents a MemberStateView. */
        class MemberStateView {

            /**
             * Constructs a new MemberStateView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.MemberStateView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberStateView agentId. */
            agentId: string;

            /** MemberStateView availability. */
            availability: string;

            /** MemberStateView presence. */
            presence: string;

            /**
             * Creates a new MemberStateView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberStateView instance
             */
            static create(properties: ringmesh.v1.MemberStateView.$Shape): ringmesh.v1.MemberStateView & ringmesh.v1.MemberStateView.$Shape;
            static create(properties?: ringmesh.v1.MemberStateView.$Properties): ringmesh.v1.MemberStateView;

            /**
             * Encodes the specified MemberStateView message. Does not implicitly {@link ringmesh.v1.MemberStateView.verify|verify} messages.
             * @param message MemberStateView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.MemberStateView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MemberStateView message, length delimited. Does not implicitly {@link ringmesh.v1.MemberStateView.verify|verify} messages.
             * @param message MemberStateView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.MemberStateView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberStateView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.MemberStateView & ringmesh.v1.MemberStateView.$Shape} MemberStateView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.MemberStateView & ringmesh.v1.MemberStateView.$Shape;

            /**
             * Decodes a MemberStateView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.MemberStateView & ringmesh.v1.MemberStateView.$Shape} MemberStateView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.MemberStateView & ringmesh.v1.MemberStateView.$Shape;

            /**
             * Verifies a MemberStateView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MemberStateView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberStateView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.MemberStateView;

            /**
             * Creates a plain object from a MemberStateView message. Also converts values to other types if specified.
             * @param message MemberStateView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.MemberStateView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberStateView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberStateView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberStateView {

            /** Properties of a MemberStateView. */
            interface $Properties {

                /** MemberStateView agentId */
                agentId?: (string|null);

                /** MemberStateView availability */
                availability?: (string|null);

                /** MemberStateView presence */
                presence?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberStateView. */
            type $Shape = ringmesh.v1.MemberStateView.$Properties;
        }

        /**
         * Properties of a GroupSnapshot.
         * @deprecated Use ringmesh.v1.GroupSnapshot.$Properties instead.
         */
        interface IGroupSnapshot extends ringmesh.v1.GroupSnapshot.$Properties {
        }

        /** Represents a GroupSnapshot. */
        class GroupSnapshot {

            /**
             * Constructs a new GroupSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupSnapshot groupId. */
            groupId: string;

            /** GroupSnapshot version. */
            version: string;

            /** GroupSnapshot deleted. */
            deleted: boolean;

            /** GroupSnapshot calls. */
            calls: ringmesh.v1.QueuedCallView.$Properties[];

            /** GroupSnapshot members. */
            members: ringmesh.v1.MemberStateView.$Properties[];

            /** GroupSnapshot ringSeconds. */
            ringSeconds: number;

            /** GroupSnapshot maxWaitSeconds. */
            maxWaitSeconds: number;

            /**
             * Creates a new GroupSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupSnapshot instance
             */
            static create(properties: ringmesh.v1.GroupSnapshot.$Shape): ringmesh.v1.GroupSnapshot & ringmesh.v1.GroupSnapshot.$Shape;
            static create(properties?: ringmesh.v1.GroupSnapshot.$Properties): ringmesh.v1.GroupSnapshot;

            /**
             * Encodes the specified GroupSnapshot message. Does not implicitly {@link ringmesh.v1.GroupSnapshot.verify|verify} messages.
             * @param message GroupSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupSnapshot message, length delimited. Does not implicitly {@link ringmesh.v1.GroupSnapshot.verify|verify} messages.
             * @param message GroupSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupSnapshot & ringmesh.v1.GroupSnapshot.$Shape} GroupSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupSnapshot & ringmesh.v1.GroupSnapshot.$Shape;

            /**
             * Decodes a GroupSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupSnapshot & ringmesh.v1.GroupSnapshot.$Shape} GroupSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupSnapshot & ringmesh.v1.GroupSnapshot.$Shape;

            /**
             * Verifies a GroupSnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupSnapshot
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupSnapshot;

            /**
             * Creates a plain object from a GroupSnapshot message. Also converts values to other types if specified.
             * @param message GroupSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupSnapshot {

            /** Properties of a GroupSnapshot. */
            interface $Properties {

                /** GroupSnapshot groupId */
                groupId?: (string|null);

                /** GroupSnapshot version */
                version?: (string|null);

                /** GroupSnapshot deleted */
                deleted?: (boolean|null);

                /** GroupSnapshot calls */
                calls?: (ringmesh.v1.QueuedCallView.$Properties[]|null);

                /** GroupSnapshot members */
                members?: (ringmesh.v1.MemberStateView.$Properties[]|null);

                /** GroupSnapshot ringSeconds */
                ringSeconds?: (number|null);

                /** GroupSnapshot maxWaitSeconds */
                maxWaitSeconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupSnapshot. */
            type $Shape = ringmesh.v1.GroupSnapshot.$Properties;
        }

        /**
         * Properties of an AgentMembershipView.
         * @deprecated Use ringmesh.v1.AgentMembershipView.$Properties instead.
         */
        interface IAgentMembershipView extends ringmesh.v1.AgentMembershipView.$Properties {
        }

        /** Represents an AgentMembershipView. */
        class AgentMembershipView {

            /**
             * Constructs a new AgentMembershipView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentMembershipView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentMembershipView groupId. */
            groupId: string;

            /** AgentMembershipView misses. */
            misses: number;

            /** AgentMembershipView since. */
            since: (number|Long);

            /**
             * Creates a new AgentMembershipView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentMembershipView instance
             */
            static create(properties: ringmesh.v1.AgentMembershipView.$Shape): ringmesh.v1.AgentMembershipView & ringmesh.v1.AgentMembershipView.$Shape;
            static create(properties?: ringmesh.v1.AgentMembershipView.$Properties): ringmesh.v1.AgentMembershipView;

            /**
             * Encodes the specified AgentMembershipView message. Does not implicitly {@link ringmesh.v1.AgentMembershipView.verify|verify} messages.
             * @param message AgentMembershipView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentMembershipView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentMembershipView message, length delimited. Does not implicitly {@link ringmesh.v1.AgentMembershipView.verify|verify} messages.
             * @param message AgentMembershipView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentMembershipView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentMembershipView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentMembershipView & ringmesh.v1.AgentMembershipView.$Shape} AgentMembershipView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentMembershipView & ringmesh.v1.AgentMembershipView.$Shape;

            /**
             * Decodes an AgentMembershipView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentMembershipView & ringmesh.v1.AgentMembershipView.$Shape} AgentMembershipView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentMembershipView & ringmesh.v1.AgentMembershipView.$Shape;

            /**
             * Verifies an AgentMembershipView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentMembershipView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentMembershipView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentMembershipView;

            /**
             * Creates a plain object from an AgentMembershipView message. Also converts values to other types if specified.
             * @param message AgentMembershipView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentMembershipView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentMembershipView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentMembershipView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentMembershipView {

            /** Properties of an AgentMembershipView. */
            interface $Properties {

                /** AgentMembershipView groupId */
                groupId?: (string|null);

                /** AgentMembershipView misses */
                misses?: (number|null);

                /** AgentMembershipView since */
                since?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentMembershipView. */
            type $Shape = ringmesh.v1.AgentMembershipView.$Properties;
        }

        /**
         * Properties of an AgentSnapshot.
         * @deprecated Use ringmesh.v1.AgentSnapshot.$Properties instead.
         */
        interface IAgentSnapshot extends ringmesh.v1.AgentSnapshot.$Properties {
        }

        /** Represents an AgentSnapshot. */
        class AgentSnapshot {

            /**
             * Constructs a new AgentSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentSnapshot agentId. */
            agentId: string;

            /** AgentSnapshot phase. */
            phase: string;

            /** AgentSnapshot presence. */
            presence: string;

            /** AgentSnapshot devices. */
            devices: string[];

            /** AgentSnapshot groups. */
            groups: string[];

            /** AgentSnapshot callId. */
            callId: string;

            /** AgentSnapshot version. */
            version: string;

            /** AgentSnapshot stateSince. */
            stateSince: (number|Long);

            /** AgentSnapshot wrapUpEndsAt. */
            wrapUpEndsAt: (number|Long);

            /** AgentSnapshot idleSince. */
            idleSince: (number|Long);

            /** AgentSnapshot memberships. */
            memberships: ringmesh.v1.AgentMembershipView.$Properties[];

            /** AgentSnapshot loaded. */
            loaded: boolean;

            /**
             * Creates a new AgentSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentSnapshot instance
             */
            static create(properties: ringmesh.v1.AgentSnapshot.$Shape): ringmesh.v1.AgentSnapshot & ringmesh.v1.AgentSnapshot.$Shape;
            static create(properties?: ringmesh.v1.AgentSnapshot.$Properties): ringmesh.v1.AgentSnapshot;

            /**
             * Encodes the specified AgentSnapshot message. Does not implicitly {@link ringmesh.v1.AgentSnapshot.verify|verify} messages.
             * @param message AgentSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentSnapshot message, length delimited. Does not implicitly {@link ringmesh.v1.AgentSnapshot.verify|verify} messages.
             * @param message AgentSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentSnapshot & ringmesh.v1.AgentSnapshot.$Shape} AgentSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentSnapshot & ringmesh.v1.AgentSnapshot.$Shape;

            /**
             * Decodes an AgentSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentSnapshot & ringmesh.v1.AgentSnapshot.$Shape} AgentSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentSnapshot & ringmesh.v1.AgentSnapshot.$Shape;

            /**
             * Verifies an AgentSnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentSnapshot
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentSnapshot;

            /**
             * Creates a plain object from an AgentSnapshot message. Also converts values to other types if specified.
             * @param message AgentSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentSnapshot {

            /** Properties of an AgentSnapshot. */
            interface $Properties {

                /** AgentSnapshot agentId */
                agentId?: (string|null);

                /** AgentSnapshot phase */
                phase?: (string|null);

                /** AgentSnapshot presence */
                presence?: (string|null);

                /** AgentSnapshot devices */
                devices?: (string[]|null);

                /** AgentSnapshot groups */
                groups?: (string[]|null);

                /** AgentSnapshot callId */
                callId?: (string|null);

                /** AgentSnapshot version */
                version?: (string|null);

                /** AgentSnapshot stateSince */
                stateSince?: (number|Long|null);

                /** AgentSnapshot wrapUpEndsAt */
                wrapUpEndsAt?: (number|Long|null);

                /** AgentSnapshot idleSince */
                idleSince?: (number|Long|null);

                /** AgentSnapshot memberships */
                memberships?: (ringmesh.v1.AgentMembershipView.$Properties[]|null);

                /** AgentSnapshot loaded */
                loaded?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentSnapshot. */
            type $Shape = ringmesh.v1.AgentSnapshot.$Properties;
        }

        /**
         * Properties of an AgentCommandReply.
         * @deprecated Use ringmesh.v1.AgentCommandReply.$Properties instead.
         */
        interface IAgentCommandReply extends ringmesh.v1.AgentCommandReply.$Properties {
        }

        /** Represents an AgentCommandReply. */
        class AgentCommandReply {

            /**
             * Constructs a new AgentCommandReply.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentCommandReply.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentCommandReply refused. */
            refused: string;

            /** AgentCommandReply agent. */
            agent?: (ringmesh.v1.AgentSnapshot.$Properties|null);

            /**
             * Creates a new AgentCommandReply instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentCommandReply instance
             */
            static create(properties: ringmesh.v1.AgentCommandReply.$Shape): ringmesh.v1.AgentCommandReply & ringmesh.v1.AgentCommandReply.$Shape;
            static create(properties?: ringmesh.v1.AgentCommandReply.$Properties): ringmesh.v1.AgentCommandReply;

            /**
             * Encodes the specified AgentCommandReply message. Does not implicitly {@link ringmesh.v1.AgentCommandReply.verify|verify} messages.
             * @param message AgentCommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentCommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentCommandReply message, length delimited. Does not implicitly {@link ringmesh.v1.AgentCommandReply.verify|verify} messages.
             * @param message AgentCommandReply message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentCommandReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentCommandReply message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentCommandReply & ringmesh.v1.AgentCommandReply.$Shape} AgentCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentCommandReply & ringmesh.v1.AgentCommandReply.$Shape;

            /**
             * Decodes an AgentCommandReply message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentCommandReply & ringmesh.v1.AgentCommandReply.$Shape} AgentCommandReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentCommandReply & ringmesh.v1.AgentCommandReply.$Shape;

            /**
             * Verifies an AgentCommandReply message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentCommandReply message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentCommandReply
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentCommandReply;

            /**
             * Creates a plain object from an AgentCommandReply message. Also converts values to other types if specified.
             * @param message AgentCommandReply
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentCommandReply, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentCommandReply to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentCommandReply
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentCommandReply {

            /** Properties of an AgentCommandReply. */
            interface $Properties {

                /** AgentCommandReply refused */
                refused?: (string|null);

                /** AgentCommandReply agent */
                agent?: (ringmesh.v1.AgentSnapshot.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentCommandReply. */
            type $Shape = ringmesh.v1.AgentCommandReply.$Properties;
        }

        /**
         * Properties of a SkippedAgentView.
         * @deprecated Use ringmesh.v1.SkippedAgentView.$Properties instead.
         */
        interface ISkippedAgentView extends ringmesh.v1.SkippedAgentView.$Properties {
        }

        /** Represents a SkippedAgentView. */
        class SkippedAgentView {

            /**
             * Constructs a new SkippedAgentView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.SkippedAgentView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SkippedAgentView agentId. */
            agentId: string;

            /** SkippedAgentView reason. */
            reason: string;

            /**
             * Creates a new SkippedAgentView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SkippedAgentView instance
             */
            static create(properties: ringmesh.v1.SkippedAgentView.$Shape): ringmesh.v1.SkippedAgentView & ringmesh.v1.SkippedAgentView.$Shape;
            static create(properties?: ringmesh.v1.SkippedAgentView.$Properties): ringmesh.v1.SkippedAgentView;

            /**
             * Encodes the specified SkippedAgentView message. Does not implicitly {@link ringmesh.v1.SkippedAgentView.verify|verify} messages.
             * @param message SkippedAgentView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.SkippedAgentView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SkippedAgentView message, length delimited. Does not implicitly {@link ringmesh.v1.SkippedAgentView.verify|verify} messages.
             * @param message SkippedAgentView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.SkippedAgentView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SkippedAgentView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.SkippedAgentView & ringmesh.v1.SkippedAgentView.$Shape} SkippedAgentView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.SkippedAgentView & ringmesh.v1.SkippedAgentView.$Shape;

            /**
             * Decodes a SkippedAgentView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.SkippedAgentView & ringmesh.v1.SkippedAgentView.$Shape} SkippedAgentView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.SkippedAgentView & ringmesh.v1.SkippedAgentView.$Shape;

            /**
             * Verifies a SkippedAgentView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SkippedAgentView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SkippedAgentView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.SkippedAgentView;

            /**
             * Creates a plain object from a SkippedAgentView message. Also converts values to other types if specified.
             * @param message SkippedAgentView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.SkippedAgentView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SkippedAgentView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SkippedAgentView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SkippedAgentView {

            /** Properties of a SkippedAgentView. */
            interface $Properties {

                /** SkippedAgentView agentId */
                agentId?: (string|null);

                /** SkippedAgentView reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SkippedAgentView. */
            type $Shape = ringmesh.v1.SkippedAgentView.$Properties;
        }

        /**
         * Properties of a DecisionLogEntry.
         * @deprecated Use ringmesh.v1.DecisionLogEntry.$Properties instead.
         */
        interface IDecisionLogEntry extends ringmesh.v1.DecisionLogEntry.$Properties {
        }

        /** Represents a DecisionLogEntry. */
        class DecisionLogEntry {

            /**
             * Constructs a new DecisionLogEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.DecisionLogEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DecisionLogEntry kind. */
            kind: string;

            /** DecisionLogEntry at. */
            at: (number|Long);

            /** DecisionLogEntry round. */
            round: number;

            /** DecisionLogEntry candidates. */
            candidates: number;

            /** DecisionLogEntry chosen. */
            chosen: string[];

            /** DecisionLogEntry skipped. */
            skipped: ringmesh.v1.SkippedAgentView.$Properties[];

            /** DecisionLogEntry skippedCounts. */
            skippedCounts: { [k: string]: number };

            /** DecisionLogEntry restartedFromTop. */
            restartedFromTop: boolean;

            /** DecisionLogEntry agentId. */
            agentId: string;

            /** DecisionLogEntry reason. */
            reason: string;

            /** DecisionLogEntry outcome. */
            outcome: string;

            /** DecisionLogEntry setting. */
            setting: string;

            /** DecisionLogEntry waitedMs. */
            waitedMs: (number|Long);

            /** DecisionLogEntry position. */
            position: number;

            /**
             * Creates a new DecisionLogEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DecisionLogEntry instance
             */
            static create(properties: ringmesh.v1.DecisionLogEntry.$Shape): ringmesh.v1.DecisionLogEntry & ringmesh.v1.DecisionLogEntry.$Shape;
            static create(properties?: ringmesh.v1.DecisionLogEntry.$Properties): ringmesh.v1.DecisionLogEntry;

            /**
             * Encodes the specified DecisionLogEntry message. Does not implicitly {@link ringmesh.v1.DecisionLogEntry.verify|verify} messages.
             * @param message DecisionLogEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.DecisionLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DecisionLogEntry message, length delimited. Does not implicitly {@link ringmesh.v1.DecisionLogEntry.verify|verify} messages.
             * @param message DecisionLogEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.DecisionLogEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DecisionLogEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.DecisionLogEntry & ringmesh.v1.DecisionLogEntry.$Shape} DecisionLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.DecisionLogEntry & ringmesh.v1.DecisionLogEntry.$Shape;

            /**
             * Decodes a DecisionLogEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DecisionLogEntry & ringmesh.v1.DecisionLogEntry.$Shape} DecisionLogEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.DecisionLogEntry & ringmesh.v1.DecisionLogEntry.$Shape;

            /**
             * Verifies a DecisionLogEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DecisionLogEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DecisionLogEntry
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.DecisionLogEntry;

            /**
             * Creates a plain object from a DecisionLogEntry message. Also converts values to other types if specified.
             * @param message DecisionLogEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.DecisionLogEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DecisionLogEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DecisionLogEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DecisionLogEntry {

            /** Properties of a DecisionLogEntry. */
            interface $Properties {

                /** DecisionLogEntry kind */
                kind?: (string|null);

                /** DecisionLogEntry at */
                at?: (number|Long|null);

                /** DecisionLogEntry round */
                round?: (number|null);

                /** DecisionLogEntry candidates */
                candidates?: (number|null);

                /** DecisionLogEntry chosen */
                chosen?: (string[]|null);

                /** DecisionLogEntry skipped */
                skipped?: (ringmesh.v1.SkippedAgentView.$Properties[]|null);

                /** DecisionLogEntry skippedCounts */
                skippedCounts?: ({ [k: string]: number }|null);

                /** DecisionLogEntry restartedFromTop */
                restartedFromTop?: (boolean|null);

                /** DecisionLogEntry agentId */
                agentId?: (string|null);

                /** DecisionLogEntry reason */
                reason?: (string|null);

                /** DecisionLogEntry outcome */
                outcome?: (string|null);

                /** DecisionLogEntry setting */
                setting?: (string|null);

                /** DecisionLogEntry waitedMs */
                waitedMs?: (number|Long|null);

                /** DecisionLogEntry position */
                position?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DecisionLogEntry. */
            type $Shape = ringmesh.v1.DecisionLogEntry.$Properties;
        }

        /**
         * Properties of a CallExplanation.
         * @deprecated Use ringmesh.v1.CallExplanation.$Properties instead.
         */
        interface ICallExplanation extends ringmesh.v1.CallExplanation.$Properties {
        }

        /** Represents a CallExplanation. */
        class CallExplanation {

            /**
             * Constructs a new CallExplanation.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallExplanation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallExplanation groupId. */
            groupId: string;

            /** CallExplanation callId. */
            callId: string;

            /** CallExplanation entries. */
            entries: ringmesh.v1.DecisionLogEntry.$Properties[];

            /**
             * Creates a new CallExplanation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallExplanation instance
             */
            static create(properties: ringmesh.v1.CallExplanation.$Shape): ringmesh.v1.CallExplanation & ringmesh.v1.CallExplanation.$Shape;
            static create(properties?: ringmesh.v1.CallExplanation.$Properties): ringmesh.v1.CallExplanation;

            /**
             * Encodes the specified CallExplanation message. Does not implicitly {@link ringmesh.v1.CallExplanation.verify|verify} messages.
             * @param message CallExplanation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallExplanation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallExplanation message, length delimited. Does not implicitly {@link ringmesh.v1.CallExplanation.verify|verify} messages.
             * @param message CallExplanation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallExplanation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallExplanation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallExplanation & ringmesh.v1.CallExplanation.$Shape} CallExplanation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallExplanation & ringmesh.v1.CallExplanation.$Shape;

            /**
             * Decodes a CallExplanation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallExplanation & ringmesh.v1.CallExplanation.$Shape} CallExplanation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallExplanation & ringmesh.v1.CallExplanation.$Shape;

            /**
             * Verifies a CallExplanation message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallExplanation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallExplanation
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallExplanation;

            /**
             * Creates a plain object from a CallExplanation message. Also converts values to other types if specified.
             * @param message CallExplanation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallExplanation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallExplanation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallExplanation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallExplanation {

            /** Properties of a CallExplanation. */
            interface $Properties {

                /** CallExplanation groupId */
                groupId?: (string|null);

                /** CallExplanation callId */
                callId?: (string|null);

                /** CallExplanation entries */
                entries?: (ringmesh.v1.DecisionLogEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallExplanation. */
            type $Shape = ringmesh.v1.CallExplanation.$Properties;
        }

        /**
         * Properties of a RoutingNotice.
         * @deprecated Use ringmesh.v1.RoutingNotice.$Properties instead.
         */
        interface IRoutingNotice extends ringmesh.v1.RoutingNotice.$Properties {
        }

        /** Represents a RoutingNotice. */
        class RoutingNotice {

            /**
             * Constructs a new RoutingNotice.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.RoutingNotice.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RoutingNotice groupId. */
            groupId: string;

            /** RoutingNotice agentId. */
            agentId: string;

            /** RoutingNotice callId. */
            callId: string;

            /** RoutingNotice name. */
            name: string;

            /** RoutingNotice outcome. */
            outcome: string;

            /** RoutingNotice reason. */
            reason: string;

            /** RoutingNotice waitMs. */
            waitMs: (number|Long);

            /** RoutingNotice talkMs. */
            talkMs: (number|Long);

            /** RoutingNotice state. */
            state: string;

            /** RoutingNotice misses. */
            misses: number;

            /**
             * Creates a new RoutingNotice instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RoutingNotice instance
             */
            static create(properties: ringmesh.v1.RoutingNotice.$Shape): ringmesh.v1.RoutingNotice & ringmesh.v1.RoutingNotice.$Shape;
            static create(properties?: ringmesh.v1.RoutingNotice.$Properties): ringmesh.v1.RoutingNotice;

            /**
             * Encodes the specified RoutingNotice message. Does not implicitly {@link ringmesh.v1.RoutingNotice.verify|verify} messages.
             * @param message RoutingNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.RoutingNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RoutingNotice message, length delimited. Does not implicitly {@link ringmesh.v1.RoutingNotice.verify|verify} messages.
             * @param message RoutingNotice message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.RoutingNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RoutingNotice message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.RoutingNotice & ringmesh.v1.RoutingNotice.$Shape} RoutingNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.RoutingNotice & ringmesh.v1.RoutingNotice.$Shape;

            /**
             * Decodes a RoutingNotice message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RoutingNotice & ringmesh.v1.RoutingNotice.$Shape} RoutingNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.RoutingNotice & ringmesh.v1.RoutingNotice.$Shape;

            /**
             * Verifies a RoutingNotice message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RoutingNotice message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RoutingNotice
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.RoutingNotice;

            /**
             * Creates a plain object from a RoutingNotice message. Also converts values to other types if specified.
             * @param message RoutingNotice
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.RoutingNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RoutingNotice to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RoutingNotice
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RoutingNotice {

            /** Properties of a RoutingNotice. */
            interface $Properties {

                /** RoutingNotice groupId */
                groupId?: (string|null);

                /** RoutingNotice agentId */
                agentId?: (string|null);

                /** RoutingNotice callId */
                callId?: (string|null);

                /** RoutingNotice name */
                name?: (string|null);

                /** RoutingNotice outcome */
                outcome?: (string|null);

                /** RoutingNotice reason */
                reason?: (string|null);

                /** RoutingNotice waitMs */
                waitMs?: (number|Long|null);

                /** RoutingNotice talkMs */
                talkMs?: (number|Long|null);

                /** RoutingNotice state */
                state?: (string|null);

                /** RoutingNotice misses */
                misses?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RoutingNotice. */
            type $Shape = ringmesh.v1.RoutingNotice.$Properties;
        }

        /** Represents a SupervisionService */
        class SupervisionService extends $protobuf.rpc.Service {

            /**
             * Constructs a new SupervisionService service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new SupervisionService service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): SupervisionService;

            /** Calls AgentLogin. */
            agentLogin: ringmesh.v1.SupervisionService.AgentLogin;

            /** Calls AgentLogout. */
            agentLogout: ringmesh.v1.SupervisionService.AgentLogout;

            /** Calls SetPresence. */
            setPresence: ringmesh.v1.SupervisionService.SetPresence;

            /** Calls StartBreak. */
            startBreak: ringmesh.v1.SupervisionService.StartBreak;

            /** Calls EndBreak. */
            endBreak: ringmesh.v1.SupervisionService.EndBreak;

            /** Calls EndWrapUp. */
            endWrapUp: ringmesh.v1.SupervisionService.EndWrapUp;

            /** Calls GetAgent. */
            getAgent: ringmesh.v1.SupervisionService.GetAgent;

            /** Calls GroupStatus. */
            groupStatus: ringmesh.v1.SupervisionService.GroupStatus;

            /** Calls ExplainCall. */
            explainCall: ringmesh.v1.SupervisionService.ExplainCall;
        }

        namespace SupervisionService {

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#agentLogin}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type AgentLoginCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls AgentLogin. */
            type AgentLogin = {
              (request: ringmesh.v1.IAgentGroupRequest, callback: ringmesh.v1.SupervisionService.AgentLoginCallback): void;
              (request: ringmesh.v1.IAgentGroupRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "AgentLogin";
              readonly path: "/ringmesh.v1.SupervisionService/AgentLogin";
              readonly requestType: "AgentGroupRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#agentLogout}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type AgentLogoutCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls AgentLogout. */
            type AgentLogout = {
              (request: ringmesh.v1.IAgentGroupRequest, callback: ringmesh.v1.SupervisionService.AgentLogoutCallback): void;
              (request: ringmesh.v1.IAgentGroupRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "AgentLogout";
              readonly path: "/ringmesh.v1.SupervisionService/AgentLogout";
              readonly requestType: "AgentGroupRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#setPresence}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type SetPresenceCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls SetPresence. */
            type SetPresence = {
              (request: ringmesh.v1.ISetPresenceRequest, callback: ringmesh.v1.SupervisionService.SetPresenceCallback): void;
              (request: ringmesh.v1.ISetPresenceRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "SetPresence";
              readonly path: "/ringmesh.v1.SupervisionService/SetPresence";
              readonly requestType: "SetPresenceRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#startBreak}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type StartBreakCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls StartBreak. */
            type StartBreak = {
              (request: ringmesh.v1.IAgentRequest, callback: ringmesh.v1.SupervisionService.StartBreakCallback): void;
              (request: ringmesh.v1.IAgentRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "StartBreak";
              readonly path: "/ringmesh.v1.SupervisionService/StartBreak";
              readonly requestType: "AgentRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#endBreak}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type EndBreakCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls EndBreak. */
            type EndBreak = {
              (request: ringmesh.v1.IAgentRequest, callback: ringmesh.v1.SupervisionService.EndBreakCallback): void;
              (request: ringmesh.v1.IAgentRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "EndBreak";
              readonly path: "/ringmesh.v1.SupervisionService/EndBreak";
              readonly requestType: "AgentRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#endWrapUp}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type EndWrapUpCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls EndWrapUp. */
            type EndWrapUp = {
              (request: ringmesh.v1.IAgentRequest, callback: ringmesh.v1.SupervisionService.EndWrapUpCallback): void;
              (request: ringmesh.v1.IAgentRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "EndWrapUp";
              readonly path: "/ringmesh.v1.SupervisionService/EndWrapUp";
              readonly requestType: "AgentRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#getAgent}.
             * @param error Error, if any
             * @param [response] AgentView
             */
            type GetAgentCallback = (error: (Error|null), response?: ringmesh.v1.AgentView) => void;

            /** Calls GetAgent. */
            type GetAgent = {
              (request: ringmesh.v1.IAgentRequest, callback: ringmesh.v1.SupervisionService.GetAgentCallback): void;
              (request: ringmesh.v1.IAgentRequest): Promise<ringmesh.v1.AgentView>;
              readonly name: "GetAgent";
              readonly path: "/ringmesh.v1.SupervisionService/GetAgent";
              readonly requestType: "AgentRequest";
              readonly responseType: "AgentView";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#groupStatus}.
             * @param error Error, if any
             * @param [response] GroupStatus
             */
            type GroupStatusCallback = (error: (Error|null), response?: ringmesh.v1.GroupStatus) => void;

            /** Calls GroupStatus. */
            type GroupStatus = {
              (request: ringmesh.v1.IGroupStatusRequest, callback: ringmesh.v1.SupervisionService.GroupStatusCallback): void;
              (request: ringmesh.v1.IGroupStatusRequest): Promise<ringmesh.v1.GroupStatus>;
              readonly name: "GroupStatus";
              readonly path: "/ringmesh.v1.SupervisionService/GroupStatus";
              readonly requestType: "GroupStatusRequest";
              readonly responseType: "GroupStatus";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };

            /**
             * Callback as used by {@link ringmesh.v1.SupervisionService#explainCall}.
             * @param error Error, if any
             * @param [response] CallExplanations
             */
            type ExplainCallCallback = (error: (Error|null), response?: ringmesh.v1.CallExplanations) => void;

            /** Calls ExplainCall. */
            type ExplainCall = {
              (request: ringmesh.v1.IExplainCallRequest, callback: ringmesh.v1.SupervisionService.ExplainCallCallback): void;
              (request: ringmesh.v1.IExplainCallRequest): Promise<ringmesh.v1.CallExplanations>;
              readonly name: "ExplainCall";
              readonly path: "/ringmesh.v1.SupervisionService/ExplainCall";
              readonly requestType: "ExplainCallRequest";
              readonly responseType: "CallExplanations";
              readonly requestStream: undefined;
              readonly responseStream: undefined;
            };
        }

        /**
         * Properties of an AgentRequest.
         * @deprecated Use ringmesh.v1.AgentRequest.$Properties instead.
         */
        interface IAgentRequest extends ringmesh.v1.AgentRequest.$Properties {
        }

        /** Represents an AgentRequest. */
        class AgentRequest {

            /**
             * Constructs a new AgentRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentRequest organisation. */
            organisation: string;

            /** AgentRequest user. */
            user: string;

            /** AgentRequest requestId. */
            requestId: string;

            /**
             * Creates a new AgentRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentRequest instance
             */
            static create(properties: ringmesh.v1.AgentRequest.$Shape): ringmesh.v1.AgentRequest & ringmesh.v1.AgentRequest.$Shape;
            static create(properties?: ringmesh.v1.AgentRequest.$Properties): ringmesh.v1.AgentRequest;

            /**
             * Encodes the specified AgentRequest message. Does not implicitly {@link ringmesh.v1.AgentRequest.verify|verify} messages.
             * @param message AgentRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentRequest message, length delimited. Does not implicitly {@link ringmesh.v1.AgentRequest.verify|verify} messages.
             * @param message AgentRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentRequest & ringmesh.v1.AgentRequest.$Shape} AgentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentRequest & ringmesh.v1.AgentRequest.$Shape;

            /**
             * Decodes an AgentRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentRequest & ringmesh.v1.AgentRequest.$Shape} AgentRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentRequest & ringmesh.v1.AgentRequest.$Shape;

            /**
             * Verifies an AgentRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentRequest;

            /**
             * Creates a plain object from an AgentRequest message. Also converts values to other types if specified.
             * @param message AgentRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentRequest {

            /** Properties of an AgentRequest. */
            interface $Properties {

                /** AgentRequest organisation */
                organisation?: (string|null);

                /** AgentRequest user */
                user?: (string|null);

                /** AgentRequest requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentRequest. */
            type $Shape = ringmesh.v1.AgentRequest.$Properties;
        }

        /**
         * Properties of an AgentGroupRequest.
         * @deprecated Use ringmesh.v1.AgentGroupRequest.$Properties instead.
         */
        interface IAgentGroupRequest extends ringmesh.v1.AgentGroupRequest.$Properties {
        }

        /** Represents an AgentGroupRequest. */
        class AgentGroupRequest {

            /**
             * Constructs a new AgentGroupRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentGroupRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentGroupRequest organisation. */
            organisation: string;

            /** AgentGroupRequest user. */
            user: string;

            /** AgentGroupRequest group. */
            group: string;

            /** AgentGroupRequest requestId. */
            requestId: string;

            /**
             * Creates a new AgentGroupRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentGroupRequest instance
             */
            static create(properties: ringmesh.v1.AgentGroupRequest.$Shape): ringmesh.v1.AgentGroupRequest & ringmesh.v1.AgentGroupRequest.$Shape;
            static create(properties?: ringmesh.v1.AgentGroupRequest.$Properties): ringmesh.v1.AgentGroupRequest;

            /**
             * Encodes the specified AgentGroupRequest message. Does not implicitly {@link ringmesh.v1.AgentGroupRequest.verify|verify} messages.
             * @param message AgentGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentGroupRequest message, length delimited. Does not implicitly {@link ringmesh.v1.AgentGroupRequest.verify|verify} messages.
             * @param message AgentGroupRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentGroupRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentGroupRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentGroupRequest & ringmesh.v1.AgentGroupRequest.$Shape} AgentGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentGroupRequest & ringmesh.v1.AgentGroupRequest.$Shape;

            /**
             * Decodes an AgentGroupRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentGroupRequest & ringmesh.v1.AgentGroupRequest.$Shape} AgentGroupRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentGroupRequest & ringmesh.v1.AgentGroupRequest.$Shape;

            /**
             * Verifies an AgentGroupRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentGroupRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentGroupRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentGroupRequest;

            /**
             * Creates a plain object from an AgentGroupRequest message. Also converts values to other types if specified.
             * @param message AgentGroupRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentGroupRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentGroupRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentGroupRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentGroupRequest {

            /** Properties of an AgentGroupRequest. */
            interface $Properties {

                /** AgentGroupRequest organisation */
                organisation?: (string|null);

                /** AgentGroupRequest user */
                user?: (string|null);

                /** AgentGroupRequest group */
                group?: (string|null);

                /** AgentGroupRequest requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentGroupRequest. */
            type $Shape = ringmesh.v1.AgentGroupRequest.$Properties;
        }

        /**
         * Properties of a SetPresenceRequest.
         * @deprecated Use ringmesh.v1.SetPresenceRequest.$Properties instead.
         */
        interface ISetPresenceRequest extends ringmesh.v1.SetPresenceRequest.$Properties {
        }

        /** Represents a SetPresenceRequest. */
        class SetPresenceRequest {

            /**
             * Constructs a new SetPresenceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.SetPresenceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPresenceRequest organisation. */
            organisation: string;

            /** SetPresenceRequest user. */
            user: string;

            /** SetPresenceRequest presence. */
            presence: string;

            /** SetPresenceRequest requestId. */
            requestId: string;

            /**
             * Creates a new SetPresenceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPresenceRequest instance
             */
            static create(properties: ringmesh.v1.SetPresenceRequest.$Shape): ringmesh.v1.SetPresenceRequest & ringmesh.v1.SetPresenceRequest.$Shape;
            static create(properties?: ringmesh.v1.SetPresenceRequest.$Properties): ringmesh.v1.SetPresenceRequest;

            /**
             * Encodes the specified SetPresenceRequest message. Does not implicitly {@link ringmesh.v1.SetPresenceRequest.verify|verify} messages.
             * @param message SetPresenceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.SetPresenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetPresenceRequest message, length delimited. Does not implicitly {@link ringmesh.v1.SetPresenceRequest.verify|verify} messages.
             * @param message SetPresenceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.SetPresenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPresenceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.SetPresenceRequest & ringmesh.v1.SetPresenceRequest.$Shape} SetPresenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.SetPresenceRequest & ringmesh.v1.SetPresenceRequest.$Shape;

            /**
             * Decodes a SetPresenceRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.SetPresenceRequest & ringmesh.v1.SetPresenceRequest.$Shape} SetPresenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.SetPresenceRequest & ringmesh.v1.SetPresenceRequest.$Shape;

            /**
             * Verifies a SetPresenceRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SetPresenceRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SetPresenceRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.SetPresenceRequest;

            /**
             * Creates a plain object from a SetPresenceRequest message. Also converts values to other types if specified.
             * @param message SetPresenceRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.SetPresenceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetPresenceRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetPresenceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPresenceRequest {

            /** Properties of a SetPresenceRequest. */
            interface $Properties {

                /** SetPresenceRequest organisation */
                organisation?: (string|null);

                /** SetPresenceRequest user */
                user?: (string|null);

                /** SetPresenceRequest presence */
                presence?: (string|null);

                /** SetPresenceRequest requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPresenceRequest. */
            type $Shape = ringmesh.v1.SetPresenceRequest.$Properties;
        }

        /**
         * Properties of an AgentGroupView.
         * @deprecated Use ringmesh.v1.AgentGroupView.$Properties instead.
         */
        interface IAgentGroupView extends ringmesh.v1.AgentGroupView.$Properties {
        }

        /** Represents an AgentGroupView. */
        class AgentGroupView {

            /**
             * Constructs a new AgentGroupView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentGroupView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentGroupView group. */
            group: string;

            /** AgentGroupView misses. */
            misses: number;

            /** AgentGroupView loggedInSince. */
            loggedInSince: (number|Long);

            /**
             * Creates a new AgentGroupView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentGroupView instance
             */
            static create(properties: ringmesh.v1.AgentGroupView.$Shape): ringmesh.v1.AgentGroupView & ringmesh.v1.AgentGroupView.$Shape;
            static create(properties?: ringmesh.v1.AgentGroupView.$Properties): ringmesh.v1.AgentGroupView;

            /**
             * Encodes the specified AgentGroupView message. Does not implicitly {@link ringmesh.v1.AgentGroupView.verify|verify} messages.
             * @param message AgentGroupView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentGroupView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentGroupView message, length delimited. Does not implicitly {@link ringmesh.v1.AgentGroupView.verify|verify} messages.
             * @param message AgentGroupView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentGroupView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentGroupView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentGroupView & ringmesh.v1.AgentGroupView.$Shape} AgentGroupView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentGroupView & ringmesh.v1.AgentGroupView.$Shape;

            /**
             * Decodes an AgentGroupView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentGroupView & ringmesh.v1.AgentGroupView.$Shape} AgentGroupView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentGroupView & ringmesh.v1.AgentGroupView.$Shape;

            /**
             * Verifies an AgentGroupView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentGroupView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentGroupView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentGroupView;

            /**
             * Creates a plain object from an AgentGroupView message. Also converts values to other types if specified.
             * @param message AgentGroupView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentGroupView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentGroupView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentGroupView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentGroupView {

            /** Properties of an AgentGroupView. */
            interface $Properties {

                /** AgentGroupView group */
                group?: (string|null);

                /** AgentGroupView misses */
                misses?: (number|null);

                /** AgentGroupView loggedInSince */
                loggedInSince?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentGroupView. */
            type $Shape = ringmesh.v1.AgentGroupView.$Properties;
        }

        /**
         * Properties of an AgentView.
         * @deprecated Use ringmesh.v1.AgentView.$Properties instead.
         */
        interface IAgentView extends ringmesh.v1.AgentView.$Properties {
        }

        /** Represents an AgentView. */
        class AgentView {

            /**
             * Constructs a new AgentView.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.AgentView.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentView organisation. */
            organisation: string;

            /** AgentView user. */
            user: string;

            /** AgentView state. */
            state: string;

            /** AgentView stateSince. */
            stateSince: (number|Long);

            /** AgentView presence. */
            presence: string;

            /** AgentView devices. */
            devices: string[];

            /** AgentView groups. */
            groups: ringmesh.v1.AgentGroupView.$Properties[];

            /** AgentView callId. */
            callId: string;

            /** AgentView wrapUpEndsAt. */
            wrapUpEndsAt: (number|Long);

            /** AgentView idleSince. */
            idleSince: (number|Long);

            /**
             * Creates a new AgentView instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentView instance
             */
            static create(properties: ringmesh.v1.AgentView.$Shape): ringmesh.v1.AgentView & ringmesh.v1.AgentView.$Shape;
            static create(properties?: ringmesh.v1.AgentView.$Properties): ringmesh.v1.AgentView;

            /**
             * Encodes the specified AgentView message. Does not implicitly {@link ringmesh.v1.AgentView.verify|verify} messages.
             * @param message AgentView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.AgentView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentView message, length delimited. Does not implicitly {@link ringmesh.v1.AgentView.verify|verify} messages.
             * @param message AgentView message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.AgentView.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentView message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.AgentView & ringmesh.v1.AgentView.$Shape} AgentView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.AgentView & ringmesh.v1.AgentView.$Shape;

            /**
             * Decodes an AgentView message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AgentView & ringmesh.v1.AgentView.$Shape} AgentView
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.AgentView & ringmesh.v1.AgentView.$Shape;

            /**
             * Verifies an AgentView message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentView message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AgentView
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.AgentView;

            /**
             * Creates a plain object from an AgentView message. Also converts values to other types if specified.
             * @param message AgentView
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.AgentView, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentView to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentView
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentView {

            /** Properties of an AgentView. */
            interface $Properties {

                /** AgentView organisation */
                organisation?: (string|null);

                /** AgentView user */
                user?: (string|null);

                /** AgentView state */
                state?: (string|null);

                /** AgentView stateSince */
                stateSince?: (number|Long|null);

                /** AgentView presence */
                presence?: (string|null);

                /** AgentView devices */
                devices?: (string[]|null);

                /** AgentView groups */
                groups?: (ringmesh.v1.AgentGroupView.$Properties[]|null);

                /** AgentView callId */
                callId?: (string|null);

                /** AgentView wrapUpEndsAt */
                wrapUpEndsAt?: (number|Long|null);

                /** AgentView idleSince */
                idleSince?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentView. */
            type $Shape = ringmesh.v1.AgentView.$Properties;
        }

        /**
         * Properties of a GroupStatusRequest.
         * @deprecated Use ringmesh.v1.GroupStatusRequest.$Properties instead.
         */
        interface IGroupStatusRequest extends ringmesh.v1.GroupStatusRequest.$Properties {
        }

        /** Represents a GroupStatusRequest. */
        class GroupStatusRequest {

            /**
             * Constructs a new GroupStatusRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupStatusRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupStatusRequest organisation. */
            organisation: string;

            /** GroupStatusRequest group. */
            group: string;

            /**
             * Creates a new GroupStatusRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupStatusRequest instance
             */
            static create(properties: ringmesh.v1.GroupStatusRequest.$Shape): ringmesh.v1.GroupStatusRequest & ringmesh.v1.GroupStatusRequest.$Shape;
            static create(properties?: ringmesh.v1.GroupStatusRequest.$Properties): ringmesh.v1.GroupStatusRequest;

            /**
             * Encodes the specified GroupStatusRequest message. Does not implicitly {@link ringmesh.v1.GroupStatusRequest.verify|verify} messages.
             * @param message GroupStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupStatusRequest message, length delimited. Does not implicitly {@link ringmesh.v1.GroupStatusRequest.verify|verify} messages.
             * @param message GroupStatusRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupStatusRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupStatusRequest & ringmesh.v1.GroupStatusRequest.$Shape} GroupStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupStatusRequest & ringmesh.v1.GroupStatusRequest.$Shape;

            /**
             * Decodes a GroupStatusRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupStatusRequest & ringmesh.v1.GroupStatusRequest.$Shape} GroupStatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupStatusRequest & ringmesh.v1.GroupStatusRequest.$Shape;

            /**
             * Verifies a GroupStatusRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupStatusRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupStatusRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupStatusRequest;

            /**
             * Creates a plain object from a GroupStatusRequest message. Also converts values to other types if specified.
             * @param message GroupStatusRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupStatusRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupStatusRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupStatusRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupStatusRequest {

            /** Properties of a GroupStatusRequest. */
            interface $Properties {

                /** GroupStatusRequest organisation */
                organisation?: (string|null);

                /** GroupStatusRequest group */
                group?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupStatusRequest. */
            type $Shape = ringmesh.v1.GroupStatusRequest.$Properties;
        }

        /**
         * Properties of a WaitingCall.
         * @deprecated Use ringmesh.v1.WaitingCall.$Properties instead.
         */
        interface IWaitingCall extends ringmesh.v1.WaitingCall.$Properties {
        }

        /** Represents a WaitingCall. */
        class WaitingCall {

            /**
             * Constructs a new WaitingCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.WaitingCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WaitingCall callId. */
            callId: string;

            /** WaitingCall caller. */
            caller: string;

            /** WaitingCall position. */
            position: number;

            /** WaitingCall phase. */
            phase: string;

            /** WaitingCall arrivedAt. */
            arrivedAt: (number|Long);

            /** WaitingCall waitMs. */
            waitMs: (number|Long);

            /** WaitingCall rounds. */
            rounds: number;

            /** WaitingCall ringing. */
            ringing: string[];

            /**
             * Creates a new WaitingCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WaitingCall instance
             */
            static create(properties: ringmesh.v1.WaitingCall.$Shape): ringmesh.v1.WaitingCall & ringmesh.v1.WaitingCall.$Shape;
            static create(properties?: ringmesh.v1.WaitingCall.$Properties): ringmesh.v1.WaitingCall;

            /**
             * Encodes the specified WaitingCall message. Does not implicitly {@link ringmesh.v1.WaitingCall.verify|verify} messages.
             * @param message WaitingCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.WaitingCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WaitingCall message, length delimited. Does not implicitly {@link ringmesh.v1.WaitingCall.verify|verify} messages.
             * @param message WaitingCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.WaitingCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WaitingCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.WaitingCall & ringmesh.v1.WaitingCall.$Shape} WaitingCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.WaitingCall & ringmesh.v1.WaitingCall.$Shape;

            /**
             * Decodes a WaitingCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WaitingCall & ringmesh.v1.WaitingCall.$Shape} WaitingCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.WaitingCall & ringmesh.v1.WaitingCall.$Shape;

            /**
             * Verifies a WaitingCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WaitingCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WaitingCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.WaitingCall;

            /**
             * Creates a plain object from a WaitingCall message. Also converts values to other types if specified.
             * @param message WaitingCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.WaitingCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WaitingCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WaitingCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WaitingCall {

            /** Properties of a WaitingCall. */
            interface $Properties {

                /** WaitingCall callId */
                callId?: (string|null);

                /** WaitingCall caller */
                caller?: (string|null);

                /** WaitingCall position */
                position?: (number|null);

                /** WaitingCall phase */
                phase?: (string|null);

                /** WaitingCall arrivedAt */
                arrivedAt?: (number|Long|null);

                /** WaitingCall waitMs */
                waitMs?: (number|Long|null);

                /** WaitingCall rounds */
                rounds?: (number|null);

                /** WaitingCall ringing */
                ringing?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WaitingCall. */
            type $Shape = ringmesh.v1.WaitingCall.$Properties;
        }

        /**
         * Properties of a ConnectedCall.
         * @deprecated Use ringmesh.v1.ConnectedCall.$Properties instead.
         */
        interface IConnectedCall extends ringmesh.v1.ConnectedCall.$Properties {
        }

        /** Represents a ConnectedCall. */
        class ConnectedCall {

            /**
             * Constructs a new ConnectedCall.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ConnectedCall.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConnectedCall callId. */
            callId: string;

            /** ConnectedCall caller. */
            caller: string;

            /** ConnectedCall user. */
            user: string;

            /**
             * Creates a new ConnectedCall instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConnectedCall instance
             */
            static create(properties: ringmesh.v1.ConnectedCall.$Shape): ringmesh.v1.ConnectedCall & ringmesh.v1.ConnectedCall.$Shape;
            static create(properties?: ringmesh.v1.ConnectedCall.$Properties): ringmesh.v1.ConnectedCall;

            /**
             * Encodes the specified ConnectedCall message. Does not implicitly {@link ringmesh.v1.ConnectedCall.verify|verify} messages.
             * @param message ConnectedCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ConnectedCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConnectedCall message, length delimited. Does not implicitly {@link ringmesh.v1.ConnectedCall.verify|verify} messages.
             * @param message ConnectedCall message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ConnectedCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConnectedCall message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ConnectedCall & ringmesh.v1.ConnectedCall.$Shape} ConnectedCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ConnectedCall & ringmesh.v1.ConnectedCall.$Shape;

            /**
             * Decodes a ConnectedCall message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ConnectedCall & ringmesh.v1.ConnectedCall.$Shape} ConnectedCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ConnectedCall & ringmesh.v1.ConnectedCall.$Shape;

            /**
             * Verifies a ConnectedCall message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConnectedCall message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConnectedCall
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ConnectedCall;

            /**
             * Creates a plain object from a ConnectedCall message. Also converts values to other types if specified.
             * @param message ConnectedCall
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ConnectedCall, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConnectedCall to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConnectedCall
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConnectedCall {

            /** Properties of a ConnectedCall. */
            interface $Properties {

                /** ConnectedCall callId */
                callId?: (string|null);

                /** ConnectedCall caller */
                caller?: (string|null);

                /** ConnectedCall user */
                user?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConnectedCall. */
            type $Shape = ringmesh.v1.ConnectedCall.$Properties;
        }

        /**
         * Properties of a MemberStatus.
         * @deprecated Use ringmesh.v1.MemberStatus.$Properties instead.
         */
        interface IMemberStatus extends ringmesh.v1.MemberStatus.$Properties {
        }

        /** Represents a MemberStatus. */
        class MemberStatus {

            /**
             * Constructs a new MemberStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.MemberStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MemberStatus user. */
            user: string;

            /** MemberStatus state. */
            state: string;

            /** MemberStatus since. */
            since: (number|Long);

            /** MemberStatus presence. */
            presence: string;

            /** MemberStatus misses. */
            misses: number;

            /** MemberStatus wrapUpEndsAt. */
            wrapUpEndsAt: (number|Long);

            /** MemberStatus callId. */
            callId: string;

            /**
             * Creates a new MemberStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MemberStatus instance
             */
            static create(properties: ringmesh.v1.MemberStatus.$Shape): ringmesh.v1.MemberStatus & ringmesh.v1.MemberStatus.$Shape;
            static create(properties?: ringmesh.v1.MemberStatus.$Properties): ringmesh.v1.MemberStatus;

            /**
             * Encodes the specified MemberStatus message. Does not implicitly {@link ringmesh.v1.MemberStatus.verify|verify} messages.
             * @param message MemberStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.MemberStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MemberStatus message, length delimited. Does not implicitly {@link ringmesh.v1.MemberStatus.verify|verify} messages.
             * @param message MemberStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.MemberStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MemberStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.MemberStatus & ringmesh.v1.MemberStatus.$Shape} MemberStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.MemberStatus & ringmesh.v1.MemberStatus.$Shape;

            /**
             * Decodes a MemberStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.MemberStatus & ringmesh.v1.MemberStatus.$Shape} MemberStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.MemberStatus & ringmesh.v1.MemberStatus.$Shape;

            /**
             * Verifies a MemberStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MemberStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MemberStatus
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.MemberStatus;

            /**
             * Creates a plain object from a MemberStatus message. Also converts values to other types if specified.
             * @param message MemberStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.MemberStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MemberStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MemberStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MemberStatus {

            /** Properties of a MemberStatus. */
            interface $Properties {

                /** MemberStatus user */
                user?: (string|null);

                /** MemberStatus state */
                state?: (string|null);

                /** MemberStatus since */
                since?: (number|Long|null);

                /** MemberStatus presence */
                presence?: (string|null);

                /** MemberStatus misses */
                misses?: (number|null);

                /** MemberStatus wrapUpEndsAt */
                wrapUpEndsAt?: (number|Long|null);

                /** MemberStatus callId */
                callId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MemberStatus. */
            type $Shape = ringmesh.v1.MemberStatus.$Properties;
        }

        /**
         * Properties of a GroupStatus.
         * @deprecated Use ringmesh.v1.GroupStatus.$Properties instead.
         */
        interface IGroupStatus extends ringmesh.v1.GroupStatus.$Properties {
        }

        /** Represents a GroupStatus. */
        class GroupStatus {

            /**
             * Constructs a new GroupStatus.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupStatus organisation. */
            organisation: string;

            /** GroupStatus group. */
            group: string;

            /** GroupStatus observedAt. */
            observedAt: (number|Long);

            /** GroupStatus waiting. */
            waiting: ringmesh.v1.WaitingCall.$Properties[];

            /** GroupStatus connected. */
            connected: ringmesh.v1.ConnectedCall.$Properties[];

            /** GroupStatus members. */
            members: ringmesh.v1.MemberStatus.$Properties[];

            /** GroupStatus counts. */
            counts: { [k: string]: number };

            /** GroupStatus longestWaitMs. */
            longestWaitMs: (number|Long);

            /**
             * Creates a new GroupStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupStatus instance
             */
            static create(properties: ringmesh.v1.GroupStatus.$Shape): ringmesh.v1.GroupStatus & ringmesh.v1.GroupStatus.$Shape;
            static create(properties?: ringmesh.v1.GroupStatus.$Properties): ringmesh.v1.GroupStatus;

            /**
             * Encodes the specified GroupStatus message. Does not implicitly {@link ringmesh.v1.GroupStatus.verify|verify} messages.
             * @param message GroupStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupStatus message, length delimited. Does not implicitly {@link ringmesh.v1.GroupStatus.verify|verify} messages.
             * @param message GroupStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupStatus message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupStatus & ringmesh.v1.GroupStatus.$Shape} GroupStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupStatus & ringmesh.v1.GroupStatus.$Shape;

            /**
             * Decodes a GroupStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupStatus & ringmesh.v1.GroupStatus.$Shape} GroupStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupStatus & ringmesh.v1.GroupStatus.$Shape;

            /**
             * Verifies a GroupStatus message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupStatus message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupStatus
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupStatus;

            /**
             * Creates a plain object from a GroupStatus message. Also converts values to other types if specified.
             * @param message GroupStatus
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupStatus {

            /** Properties of a GroupStatus. */
            interface $Properties {

                /** GroupStatus organisation */
                organisation?: (string|null);

                /** GroupStatus group */
                group?: (string|null);

                /** GroupStatus observedAt */
                observedAt?: (number|Long|null);

                /** GroupStatus waiting */
                waiting?: (ringmesh.v1.WaitingCall.$Properties[]|null);

                /** GroupStatus connected */
                connected?: (ringmesh.v1.ConnectedCall.$Properties[]|null);

                /** GroupStatus members */
                members?: (ringmesh.v1.MemberStatus.$Properties[]|null);

                /** GroupStatus counts */
                counts?: ({ [k: string]: number }|null);

                /** GroupStatus longestWaitMs */
                longestWaitMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupStatus. */
            type $Shape = ringmesh.v1.GroupStatus.$Properties;
        }

        /**
         * Properties of an ExplainCallRequest.
         * @deprecated Use ringmesh.v1.ExplainCallRequest.$Properties instead.
         */
        interface IExplainCallRequest extends ringmesh.v1.ExplainCallRequest.$Properties {
        }

        /** Represents an ExplainCallRequest. */
        class ExplainCallRequest {

            /**
             * Constructs a new ExplainCallRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.ExplainCallRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExplainCallRequest organisation. */
            organisation: string;

            /** ExplainCallRequest callId. */
            callId: string;

            /** ExplainCallRequest group. */
            group: string;

            /**
             * Creates a new ExplainCallRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExplainCallRequest instance
             */
            static create(properties: ringmesh.v1.ExplainCallRequest.$Shape): ringmesh.v1.ExplainCallRequest & ringmesh.v1.ExplainCallRequest.$Shape;
            static create(properties?: ringmesh.v1.ExplainCallRequest.$Properties): ringmesh.v1.ExplainCallRequest;

            /**
             * Encodes the specified ExplainCallRequest message. Does not implicitly {@link ringmesh.v1.ExplainCallRequest.verify|verify} messages.
             * @param message ExplainCallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.ExplainCallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ExplainCallRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ExplainCallRequest.verify|verify} messages.
             * @param message ExplainCallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.ExplainCallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExplainCallRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.ExplainCallRequest & ringmesh.v1.ExplainCallRequest.$Shape} ExplainCallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.ExplainCallRequest & ringmesh.v1.ExplainCallRequest.$Shape;

            /**
             * Decodes an ExplainCallRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ExplainCallRequest & ringmesh.v1.ExplainCallRequest.$Shape} ExplainCallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.ExplainCallRequest & ringmesh.v1.ExplainCallRequest.$Shape;

            /**
             * Verifies an ExplainCallRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExplainCallRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExplainCallRequest
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.ExplainCallRequest;

            /**
             * Creates a plain object from an ExplainCallRequest message. Also converts values to other types if specified.
             * @param message ExplainCallRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.ExplainCallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExplainCallRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ExplainCallRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExplainCallRequest {

            /** Properties of an ExplainCallRequest. */
            interface $Properties {

                /** ExplainCallRequest organisation */
                organisation?: (string|null);

                /** ExplainCallRequest callId */
                callId?: (string|null);

                /** ExplainCallRequest group */
                group?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExplainCallRequest. */
            type $Shape = ringmesh.v1.ExplainCallRequest.$Properties;
        }

        /**
         * Properties of a SkippedAgent.
         * @deprecated Use ringmesh.v1.SkippedAgent.$Properties instead.
         */
        interface ISkippedAgent extends ringmesh.v1.SkippedAgent.$Properties {
        }

        /** Represents a SkippedAgent. */
        class SkippedAgent {

            /**
             * Constructs a new SkippedAgent.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.SkippedAgent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SkippedAgent user. */
            user: string;

            /** SkippedAgent reason. */
            reason: string;

            /**
             * Creates a new SkippedAgent instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SkippedAgent instance
             */
            static create(properties: ringmesh.v1.SkippedAgent.$Shape): ringmesh.v1.SkippedAgent & ringmesh.v1.SkippedAgent.$Shape;
            static create(properties?: ringmesh.v1.SkippedAgent.$Properties): ringmesh.v1.SkippedAgent;

            /**
             * Encodes the specified SkippedAgent message. Does not implicitly {@link ringmesh.v1.SkippedAgent.verify|verify} messages.
             * @param message SkippedAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.SkippedAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SkippedAgent message, length delimited. Does not implicitly {@link ringmesh.v1.SkippedAgent.verify|verify} messages.
             * @param message SkippedAgent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.SkippedAgent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SkippedAgent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.SkippedAgent & ringmesh.v1.SkippedAgent.$Shape} SkippedAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.SkippedAgent & ringmesh.v1.SkippedAgent.$Shape;

            /**
             * Decodes a SkippedAgent message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.SkippedAgent & ringmesh.v1.SkippedAgent.$Shape} SkippedAgent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.SkippedAgent & ringmesh.v1.SkippedAgent.$Shape;

            /**
             * Verifies a SkippedAgent message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SkippedAgent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SkippedAgent
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.SkippedAgent;

            /**
             * Creates a plain object from a SkippedAgent message. Also converts values to other types if specified.
             * @param message SkippedAgent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.SkippedAgent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SkippedAgent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SkippedAgent
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SkippedAgent {

            /** Properties of a SkippedAgent. */
            interface $Properties {

                /** SkippedAgent user */
                user?: (string|null);

                /** SkippedAgent reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SkippedAgent. */
            type $Shape = ringmesh.v1.SkippedAgent.$Properties;
        }

        /**
         * Properties of an OfferDecision.
         * @deprecated Use ringmesh.v1.OfferDecision.$Properties instead.
         */
        interface IOfferDecision extends ringmesh.v1.OfferDecision.$Properties {
        }

        /** Represents an OfferDecision. */
        class OfferDecision {

            /**
             * Constructs a new OfferDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.OfferDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfferDecision kind. */
            kind: string;

            /** OfferDecision at. */
            at: (number|Long);

            /** OfferDecision round. */
            round: number;

            /** OfferDecision candidates. */
            candidates: number;

            /** OfferDecision chosen. */
            chosen: string[];

            /** OfferDecision skipped. */
            skipped: ringmesh.v1.SkippedAgent.$Properties[];

            /** OfferDecision skippedCounts. */
            skippedCounts: { [k: string]: number };

            /** OfferDecision restartedFromTop. */
            restartedFromTop: boolean;

            /** OfferDecision user. */
            user: string;

            /** OfferDecision reason. */
            reason: string;

            /** OfferDecision outcome. */
            outcome: string;

            /** OfferDecision setting. */
            setting: string;

            /** OfferDecision waitedMs. */
            waitedMs: (number|Long);

            /** OfferDecision position. */
            position: number;

            /**
             * Creates a new OfferDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfferDecision instance
             */
            static create(properties: ringmesh.v1.OfferDecision.$Shape): ringmesh.v1.OfferDecision & ringmesh.v1.OfferDecision.$Shape;
            static create(properties?: ringmesh.v1.OfferDecision.$Properties): ringmesh.v1.OfferDecision;

            /**
             * Encodes the specified OfferDecision message. Does not implicitly {@link ringmesh.v1.OfferDecision.verify|verify} messages.
             * @param message OfferDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.OfferDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OfferDecision message, length delimited. Does not implicitly {@link ringmesh.v1.OfferDecision.verify|verify} messages.
             * @param message OfferDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.OfferDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfferDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.OfferDecision & ringmesh.v1.OfferDecision.$Shape} OfferDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.OfferDecision & ringmesh.v1.OfferDecision.$Shape;

            /**
             * Decodes an OfferDecision message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OfferDecision & ringmesh.v1.OfferDecision.$Shape} OfferDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.OfferDecision & ringmesh.v1.OfferDecision.$Shape;

            /**
             * Verifies an OfferDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfferDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfferDecision
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.OfferDecision;

            /**
             * Creates a plain object from an OfferDecision message. Also converts values to other types if specified.
             * @param message OfferDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.OfferDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfferDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OfferDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfferDecision {

            /** Properties of an OfferDecision. */
            interface $Properties {

                /** OfferDecision kind */
                kind?: (string|null);

                /** OfferDecision at */
                at?: (number|Long|null);

                /** OfferDecision round */
                round?: (number|null);

                /** OfferDecision candidates */
                candidates?: (number|null);

                /** OfferDecision chosen */
                chosen?: (string[]|null);

                /** OfferDecision skipped */
                skipped?: (ringmesh.v1.SkippedAgent.$Properties[]|null);

                /** OfferDecision skippedCounts */
                skippedCounts?: ({ [k: string]: number }|null);

                /** OfferDecision restartedFromTop */
                restartedFromTop?: (boolean|null);

                /** OfferDecision user */
                user?: (string|null);

                /** OfferDecision reason */
                reason?: (string|null);

                /** OfferDecision outcome */
                outcome?: (string|null);

                /** OfferDecision setting */
                setting?: (string|null);

                /** OfferDecision waitedMs */
                waitedMs?: (number|Long|null);

                /** OfferDecision position */
                position?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfferDecision. */
            type $Shape = ringmesh.v1.OfferDecision.$Properties;
        }

        /**
         * Properties of a GroupCallLog.
         * @deprecated Use ringmesh.v1.GroupCallLog.$Properties instead.
         */
        interface IGroupCallLog extends ringmesh.v1.GroupCallLog.$Properties {
        }

        /** Represents a GroupCallLog. */
        class GroupCallLog {

            /**
             * Constructs a new GroupCallLog.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.GroupCallLog.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GroupCallLog group. */
            group: string;

            /** GroupCallLog decisions. */
            decisions: ringmesh.v1.OfferDecision.$Properties[];

            /**
             * Creates a new GroupCallLog instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GroupCallLog instance
             */
            static create(properties: ringmesh.v1.GroupCallLog.$Shape): ringmesh.v1.GroupCallLog & ringmesh.v1.GroupCallLog.$Shape;
            static create(properties?: ringmesh.v1.GroupCallLog.$Properties): ringmesh.v1.GroupCallLog;

            /**
             * Encodes the specified GroupCallLog message. Does not implicitly {@link ringmesh.v1.GroupCallLog.verify|verify} messages.
             * @param message GroupCallLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.GroupCallLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GroupCallLog message, length delimited. Does not implicitly {@link ringmesh.v1.GroupCallLog.verify|verify} messages.
             * @param message GroupCallLog message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.GroupCallLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GroupCallLog message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.GroupCallLog & ringmesh.v1.GroupCallLog.$Shape} GroupCallLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.GroupCallLog & ringmesh.v1.GroupCallLog.$Shape;

            /**
             * Decodes a GroupCallLog message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GroupCallLog & ringmesh.v1.GroupCallLog.$Shape} GroupCallLog
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.GroupCallLog & ringmesh.v1.GroupCallLog.$Shape;

            /**
             * Verifies a GroupCallLog message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GroupCallLog message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GroupCallLog
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.GroupCallLog;

            /**
             * Creates a plain object from a GroupCallLog message. Also converts values to other types if specified.
             * @param message GroupCallLog
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.GroupCallLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GroupCallLog to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GroupCallLog
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GroupCallLog {

            /** Properties of a GroupCallLog. */
            interface $Properties {

                /** GroupCallLog group */
                group?: (string|null);

                /** GroupCallLog decisions */
                decisions?: (ringmesh.v1.OfferDecision.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GroupCallLog. */
            type $Shape = ringmesh.v1.GroupCallLog.$Properties;
        }

        /**
         * Properties of a CallExplanations.
         * @deprecated Use ringmesh.v1.CallExplanations.$Properties instead.
         */
        interface ICallExplanations extends ringmesh.v1.CallExplanations.$Properties {
        }

        /** Represents a CallExplanations. */
        class CallExplanations {

            /**
             * Constructs a new CallExplanations.
             * @param [properties] Properties to set
             */
            constructor(properties?: ringmesh.v1.CallExplanations.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallExplanations callId. */
            callId: string;

            /** CallExplanations groups. */
            groups: ringmesh.v1.GroupCallLog.$Properties[];

            /**
             * Creates a new CallExplanations instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallExplanations instance
             */
            static create(properties: ringmesh.v1.CallExplanations.$Shape): ringmesh.v1.CallExplanations & ringmesh.v1.CallExplanations.$Shape;
            static create(properties?: ringmesh.v1.CallExplanations.$Properties): ringmesh.v1.CallExplanations;

            /**
             * Encodes the specified CallExplanations message. Does not implicitly {@link ringmesh.v1.CallExplanations.verify|verify} messages.
             * @param message CallExplanations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: ringmesh.v1.CallExplanations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallExplanations message, length delimited. Does not implicitly {@link ringmesh.v1.CallExplanations.verify|verify} messages.
             * @param message CallExplanations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: ringmesh.v1.CallExplanations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallExplanations message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallExplanations & ringmesh.v1.CallExplanations.$Shape} CallExplanations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ringmesh.v1.CallExplanations & ringmesh.v1.CallExplanations.$Shape;

            /**
             * Decodes a CallExplanations message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallExplanations & ringmesh.v1.CallExplanations.$Shape} CallExplanations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ringmesh.v1.CallExplanations & ringmesh.v1.CallExplanations.$Shape;

            /**
             * Verifies a CallExplanations message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallExplanations message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallExplanations
             */
            static fromObject(object: { [k: string]: any }): ringmesh.v1.CallExplanations;

            /**
             * Creates a plain object from a CallExplanations message. Also converts values to other types if specified.
             * @param message CallExplanations
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: ringmesh.v1.CallExplanations, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallExplanations to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallExplanations
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallExplanations {

            /** Properties of a CallExplanations. */
            interface $Properties {

                /** CallExplanations callId */
                callId?: (string|null);

                /** CallExplanations groups */
                groups?: (ringmesh.v1.GroupCallLog.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallExplanations. */
            type $Shape = ringmesh.v1.CallExplanations.$Properties;
        }
    }
}
