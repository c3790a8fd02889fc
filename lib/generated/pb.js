/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $Boolean = $util.global.Boolean, $String = $util.global.String, $Number = $util.global.Number;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ringmesh = $root.ringmesh = (() => {

    /**
     * Namespace ringmesh.
     * @exports ringmesh
     * @namespace
     */
    const ringmesh = {};

    ringmesh.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ringmesh
         * @namespace
         */
        const v1 = {};

        v1.AdminService = (function() {

            /**
             * Constructs a new AdminService service.
             * @memberof ringmesh.v1
             * @classdesc Represents an AdminService
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            const AdminService = function(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            };

            $Object.defineProperty(AdminService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: AdminService, writable: true, enumerable: false, configurable: true });

            /**
             * Creates new AdminService service using the specified rpc implementation.
             * @function create
             * @memberof ringmesh.v1.AdminService
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {AdminService} RPC service. Useful where requests and/or responses are streamed.
             */
            AdminService.create = function(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#apply}.
             * @memberof ringmesh.v1.AdminService
             * @typedef ApplyCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.ApplyResponse} [response] ApplyResponse
             */

            /**
             * Calls Apply.
             * @memberof ringmesh.v1.AdminService
             * @typedef Apply
             * @type {{
             *   (request: ringmesh.v1.IApplyRequest, callback: ringmesh.v1.AdminService.ApplyCallback): void;
             *   (request: ringmesh.v1.IApplyRequest): Promise<ringmesh.v1.ApplyResponse>;
             *   readonly name: "Apply";
             *   readonly path: "/ringmesh.v1.AdminService/Apply";
             *   readonly requestType: "ApplyRequest";
             *   readonly responseType: "ApplyResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Apply.
             * @name ringmesh.v1.AdminService#apply
             * @type {ringmesh.v1.AdminService.Apply}
             */
            $Object.defineProperties(AdminService.prototype.apply = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.apply, $root.ringmesh.v1.ApplyRequest, $root.ringmesh.v1.ApplyResponse, request, callback);
            }, {
                name: { value: "Apply" },
                path: { value: "/ringmesh.v1.AdminService/Apply" },
                requestType: { value: "ApplyRequest" },
                responseType: { value: "ApplyResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#validate}.
             * @memberof ringmesh.v1.AdminService
             * @typedef ValidateCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.ValidateResponse} [response] ValidateResponse
             */

            /**
             * Calls Validate.
             * @memberof ringmesh.v1.AdminService
             * @typedef Validate
             * @type {{
             *   (request: ringmesh.v1.IValidateRequest, callback: ringmesh.v1.AdminService.ValidateCallback): void;
             *   (request: ringmesh.v1.IValidateRequest): Promise<ringmesh.v1.ValidateResponse>;
             *   readonly name: "Validate";
             *   readonly path: "/ringmesh.v1.AdminService/Validate";
             *   readonly requestType: "ValidateRequest";
             *   readonly responseType: "ValidateResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Validate.
             * @name ringmesh.v1.AdminService#validate
             * @type {ringmesh.v1.AdminService.Validate}
             */
            $Object.defineProperties(AdminService.prototype.validate = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.validate, $root.ringmesh.v1.ValidateRequest, $root.ringmesh.v1.ValidateResponse, request, callback);
            }, {
                name: { value: "Validate" },
                path: { value: "/ringmesh.v1.AdminService/Validate" },
                requestType: { value: "ValidateRequest" },
                responseType: { value: "ValidateResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#get}.
             * @memberof ringmesh.v1.AdminService
             * @typedef GetCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.Document} [response] Document
             */

            /**
             * Calls Get.
             * @memberof ringmesh.v1.AdminService
             * @typedef Get
             * @type {{
             *   (request: ringmesh.v1.IGetRequest, callback: ringmesh.v1.AdminService.GetCallback): void;
             *   (request: ringmesh.v1.IGetRequest): Promise<ringmesh.v1.Document>;
             *   readonly name: "Get";
             *   readonly path: "/ringmesh.v1.AdminService/Get";
             *   readonly requestType: "GetRequest";
             *   readonly responseType: "Document";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Get.
             * @name ringmesh.v1.AdminService#get
             * @type {ringmesh.v1.AdminService.Get}
             */
            $Object.defineProperties(AdminService.prototype.get = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.get, $root.ringmesh.v1.GetRequest, $root.ringmesh.v1.Document, request, callback);
            }, {
                name: { value: "Get" },
                path: { value: "/ringmesh.v1.AdminService/Get" },
                requestType: { value: "GetRequest" },
                responseType: { value: "Document" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#list}.
             * @memberof ringmesh.v1.AdminService
             * @typedef ListCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.ListResponse} [response] ListResponse
             */

            /**
             * Calls List.
             * @memberof ringmesh.v1.AdminService
             * @typedef List
             * @type {{
             *   (request: ringmesh.v1.IListRequest, callback: ringmesh.v1.AdminService.ListCallback): void;
             *   (request: ringmesh.v1.IListRequest): Promise<ringmesh.v1.ListResponse>;
             *   readonly name: "List";
             *   readonly path: "/ringmesh.v1.AdminService/List";
             *   readonly requestType: "ListRequest";
             *   readonly responseType: "ListResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls List.
             * @name ringmesh.v1.AdminService#list
             * @type {ringmesh.v1.AdminService.List}
             */
            $Object.defineProperties(AdminService.prototype.list = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.list, $root.ringmesh.v1.ListRequest, $root.ringmesh.v1.ListResponse, request, callback);
            }, {
                name: { value: "List" },
                path: { value: "/ringmesh.v1.AdminService/List" },
                requestType: { value: "ListRequest" },
                responseType: { value: "ListResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#delete_}.
             * @memberof ringmesh.v1.AdminService
             * @typedef DeleteCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.DeleteResponse} [response] DeleteResponse
             */

            /**
             * Calls Delete.
             * @memberof ringmesh.v1.AdminService
             * @typedef Delete
             * @type {{
             *   (request: ringmesh.v1.IDeleteRequest, callback: ringmesh.v1.AdminService.DeleteCallback): void;
             *   (request: ringmesh.v1.IDeleteRequest): Promise<ringmesh.v1.DeleteResponse>;
             *   readonly name: "Delete";
             *   readonly path: "/ringmesh.v1.AdminService/Delete";
             *   readonly requestType: "DeleteRequest";
             *   readonly responseType: "DeleteResponse";
             *   readonly requestStream: undefined;
             *   readonly responseStream: undefined;
             * }}
             */

            /**
             * Calls Delete.
             * @name ringmesh.v1.AdminService#delete
             * @type {ringmesh.v1.AdminService.Delete}
             */
            $Object.defineProperties(AdminService.prototype["delete"] = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype["delete"], $root.ringmesh.v1.DeleteRequest, $root.ringmesh.v1.DeleteResponse, request, callback);
            }, {
                name: { value: "Delete" },
                path: { value: "/ringmesh.v1.AdminService/Delete" },
                requestType: { value: "DeleteRequest" },
                responseType: { value: "DeleteResponse" },
                requestStream: { value: $undefined },
                responseStream: { value: $undefined }
            });

            /**
             * Callback as used by {@link ringmesh.v1.AdminService#watch}.
             * @memberof ringmesh.v1.AdminService
             * @typedef WatchCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ringmesh.v1.WatchEvent} [response] WatchEvent
             */

            /**
             * Calls Watch.
             * @memberof ringmesh.v1.AdminService
             * @typedef Watch
             * @type {{
             *   (request: ringmesh.v1.IWatchRequest, callback: ringmesh.v1.AdminService.WatchCallback): void;
             *   (request: ringmesh.v1.IWatchRequest): Promise<ringmesh.v1.WatchEvent>;
             *   readonly name: "Watch";
             *   readonly path: "/ringmesh.v1.AdminService/Watch";
             *   readonly requestType: "WatchRequest";
             *   readonly responseType: "WatchEvent";
             *   readonly requestStream: undefined;
             *   readonly responseStream: true;
             * }}
             */

            /**
             * Calls Watch.
             * @name ringmesh.v1.AdminService#watch
             * @type {ringmesh.v1.AdminService.Watch}
             */
            $Object.defineProperties(AdminService.prototype.watch = function(request, callback) {
                return $protobuf.rpc.Service.prototype.rpcCall.call(this, AdminService.prototype.watch, $root.ringmesh.v1.WatchRequest, $root.ringmesh.v1.WatchEvent, request, callback);
            }, {
                name: { value: "Watch" },
                path: { value: "/ringmesh.v1.AdminService/Watch" },
                requestType: { value: "WatchRequest" },
                responseType: { value: "WatchEvent" },
                requestStream: { value: $undefined },
                responseStream: { value: true }
            });

            return AdminService;
        })();

        v1.ApplyRequest = (function() {

            /**
             * Properties of an ApplyRequest.
             * @typedef {Object} ringmesh.v1.ApplyRequest.$Properties
             * @property {Array.<ringmesh.v1.Document.$Properties>|null} [documents] ApplyRequest documents
             * @property {boolean|null} [dryRun] ApplyRequest dryRun
             * @property {Object.<string,Uint8Array>|null} [audio] ApplyRequest audio
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApplyRequest.
             * @memberof ringmesh.v1
             * @interface IApplyRequest
             * @augments ringmesh.v1.ApplyRequest.$Properties
             * @deprecated Use ringmesh.v1.ApplyRequest.$Properties instead.
             */

            /**
             * Shape of an ApplyRequest.
             * @typedef {{
             *   documents?: Array.<ringmesh.v1.Document.$Shape>|null;
             *   dryRun?: boolean|null;
             *   audio?: Object.<string,Uint8Array>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.ApplyRequest.$Shape
             */

            /**
             * Constructs a new ApplyRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents an ApplyRequest.
             * @constructor
             * @param {ringmesh.v1.ApplyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApplyRequest = function (properties) {
                this.documents = [];
                this.audio = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApplyRequest documents.
             * @member {Array.<ringmesh.v1.Document.$Properties>} documents
             * @memberof ringmesh.v1.ApplyRequest
             * @instance
             */
            ApplyRequest.prototype.documents = $util.emptyArray;

            /**
             * ApplyRequest dryRun.
             * @member {boolean} dryRun
             * @memberof ringmesh.v1.ApplyRequest
             * @instance
             */
            ApplyRequest.prototype.dryRun = false;

            /**
             * ApplyRequest audio.
             * @member {Object.<string,Uint8Array>} audio
             * @memberof ringmesh.v1.ApplyRequest
             * @instance
             */
            ApplyRequest.prototype.audio = $util.emptyObject;

            /**
             * Creates a new ApplyRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {ringmesh.v1.ApplyRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ApplyRequest} ApplyRequest instance
             * @type {{
             *   (properties: ringmesh.v1.ApplyRequest.$Shape): ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape;
             *   (properties?: ringmesh.v1.ApplyRequest.$Properties): ringmesh.v1.ApplyRequest;
             * }}
             */
            ApplyRequest.create = function(properties) {
                return new ApplyRequest(properties);
            };

            /**
             * Encodes the specified ApplyRequest message. Does not implicitly {@link ringmesh.v1.ApplyRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {ringmesh.v1.ApplyRequest.$Properties} message ApplyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.ringmesh.v1.Document.encode(message.documents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun") && message.dryRun !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.dryRun);
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    for (let keys = $Object.keys(message.audio), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).bytes(message.audio[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ApplyRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ApplyRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {ringmesh.v1.ApplyRequest.$Properties} message ApplyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ApplyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape} ApplyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ApplyRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dryRun = value;
                            else
                                delete message.dryRun;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.audio === $util.emptyObject)
                                message.audio = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = [];
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.bytes();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.audio, key);
                            message.audio[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ApplyRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ApplyRequest & ringmesh.v1.ApplyRequest.$Shape} ApplyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ApplyRequest message.
             * @function verify
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ApplyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.ringmesh.v1.Document.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    if (typeof message.dryRun !== "boolean")
                        return "dryRun: boolean expected";
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio")) {
                    if (!$util.isObject(message.audio))
                        return "audio: object expected";
                    let key = $Object.keys(message.audio);
                    for (let i = 0; i < key.length; ++i)
                        if (!(message.audio[key[i]] && typeof message.audio[key[i]].length === "number" || $util.isString(message.audio[key[i]])))
                            return "audio: buffer{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an ApplyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ApplyRequest} ApplyRequest
             */
            ApplyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ApplyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ApplyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ApplyRequest();
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".ringmesh.v1.ApplyRequest.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".ringmesh.v1.ApplyRequest.documents: object expected");
                        message.documents[i] = $root.ringmesh.v1.Document.fromObject(object.documents[i], _depth + 1);
                    }
                }
                if (object.dryRun != null)
                    if (object.dryRun)
                        message.dryRun = $Boolean(object.dryRun);
                if (object.audio) {
                    if (!$util.isObject(object.audio))
                        throw $TypeError(".ringmesh.v1.ApplyRequest.audio: object expected");
                    message.audio = {};
                    for (let keys = $Object.keys(object.audio), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.audio, keys[i]);
                        if (typeof object.audio[keys[i]] === "string")
                            $util.base64.decode(object.audio[keys[i]], message.audio[keys[i]] = $util.newBuffer($util.base64.length(object.audio[keys[i]])), 0);
                        else if (object.audio[keys[i]].length >= 0)
                            message.audio[keys[i]] = object.audio[keys[i]];
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ApplyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {ringmesh.v1.ApplyRequest} message ApplyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ApplyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (options.objects || options.defaults)
                    object.audio = {};
                if (options.defaults)
                    object.dryRun = false;
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.ringmesh.v1.Document.toObject(message.documents[j], options, _depth + 1);
                }
                if (message.dryRun != null && $Object.hasOwnProperty.call(message, "dryRun"))
                    object.dryRun = message.dryRun;
                let keys2;
                if (message.audio && (keys2 = $Object.keys(message.audio)).length) {
                    object.audio = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.audio, keys2[j]);
                        object.audio[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.audio[keys2[j]], 0, message.audio[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.audio[keys2[j]]) : message.audio[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ApplyRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ApplyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ApplyRequest.prototype.toJSON = function() {
                return ApplyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ApplyRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.ApplyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ApplyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ApplyRequest";
            };

            return ApplyRequest;
        })();

        v1.ApplyResponse = (function() {

            /**
             * Properties of an ApplyResponse.
             * @typedef {Object} ringmesh.v1.ApplyResponse.$Properties
             * @property {Array.<ringmesh.v1.Document.$Properties>|null} [documents] ApplyResponse documents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ApplyResponse.
             * @memberof ringmesh.v1
             * @interface IApplyResponse
             * @augments ringmesh.v1.ApplyResponse.$Properties
             * @deprecated Use ringmesh.v1.ApplyResponse.$Properties instead.
             */

            /**
             * Shape of an ApplyResponse.
             * @typedef {{
             *   documents?: Array.<ringmesh.v1.Document.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.ApplyResponse.$Shape
             */

            /**
             * Constructs a new ApplyResponse.
             * @memberof ringmesh.v1
             * @classdesc Represents an ApplyResponse.
             * @constructor
             * @param {ringmesh.v1.ApplyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ApplyResponse = function (properties) {
                this.documents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ApplyResponse documents.
             * @member {Array.<ringmesh.v1.Document.$Properties>} documents
             * @memberof ringmesh.v1.ApplyResponse
             * @instance
             */
            ApplyResponse.prototype.documents = $util.emptyArray;

            /**
             * Creates a new ApplyResponse instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {ringmesh.v1.ApplyResponse.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ApplyResponse} ApplyResponse instance
             * @type {{
             *   (properties: ringmesh.v1.ApplyResponse.$Shape): ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape;
             *   (properties?: ringmesh.v1.ApplyResponse.$Properties): ringmesh.v1.ApplyResponse;
             * }}
             */
            ApplyResponse.create = function(properties) {
                return new ApplyResponse(properties);
            };

            /**
             * Encodes the specified ApplyResponse message. Does not implicitly {@link ringmesh.v1.ApplyResponse.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {ringmesh.v1.ApplyResponse.$Properties} message ApplyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.ringmesh.v1.Document.encode(message.documents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ApplyResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ApplyResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {ringmesh.v1.ApplyResponse.$Properties} message ApplyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ApplyResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an ApplyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape} ApplyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ApplyResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an ApplyResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ApplyResponse & ringmesh.v1.ApplyResponse.$Shape} ApplyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ApplyResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an ApplyResponse message.
             * @function verify
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ApplyResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.ringmesh.v1.Document.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an ApplyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ApplyResponse} ApplyResponse
             */
            ApplyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ApplyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ApplyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ApplyResponse();
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".ringmesh.v1.ApplyResponse.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".ringmesh.v1.ApplyResponse.documents: object expected");
                        message.documents[i] = $root.ringmesh.v1.Document.fromObject(object.documents[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an ApplyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {ringmesh.v1.ApplyResponse} message ApplyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ApplyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.ringmesh.v1.Document.toObject(message.documents[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ApplyResponse to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ApplyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ApplyResponse.prototype.toJSON = function() {
                return ApplyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ApplyResponse
             * @function getTypeUrl
             * @memberof ringmesh.v1.ApplyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ApplyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ApplyResponse";
            };

            return ApplyResponse;
        })();

        v1.ValidateRequest = (function() {

            /**
             * Properties of a ValidateRequest.
             * @typedef {Object} ringmesh.v1.ValidateRequest.$Properties
             * @property {Array.<ringmesh.v1.Document.$Properties>|null} [documents] ValidateRequest documents
             * @property {Object.<string,Uint8Array>|null} [audio] ValidateRequest audio
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidateRequest.
             * @memberof ringmesh.v1
             * @interface IValidateRequest
             * @augments ringmesh.v1.ValidateRequest.$Properties
             * @deprecated Use ringmesh.v1.ValidateRequest.$Properties instead.
             */

            /**
             * Shape of a ValidateRequest.
             * @typedef {{
             *   documents?: Array.<ringmesh.v1.Document.$Shape>|null;
             *   audio?: Object.<string,Uint8Array>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.ValidateRequest.$Shape
             */

            /**
             * Constructs a new ValidateRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents a ValidateRequest.
             * @constructor
             * @param {ringmesh.v1.ValidateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidateRequest = function (properties) {
                this.documents = [];
                this.audio = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidateRequest documents.
             * @member {Array.<ringmesh.v1.Document.$Properties>} documents
             * @memberof ringmesh.v1.ValidateRequest
             * @instance
             */
            ValidateRequest.prototype.documents = $util.emptyArray;

            /**
             * ValidateRequest audio.
             * @member {Object.<string,Uint8Array>} audio
             * @memberof ringmesh.v1.ValidateRequest
             * @instance
             */
            ValidateRequest.prototype.audio = $util.emptyObject;

            /**
             * Creates a new ValidateRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {ringmesh.v1.ValidateRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ValidateRequest} ValidateRequest instance
             * @type {{
             *   (properties: ringmesh.v1.ValidateRequest.$Shape): ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape;
             *   (properties?: ringmesh.v1.ValidateRequest.$Properties): ringmesh.v1.ValidateRequest;
             * }}
             */
            ValidateRequest.create = function(properties) {
                return new ValidateRequest(properties);
            };

            /**
             * Encodes the specified ValidateRequest message. Does not implicitly {@link ringmesh.v1.ValidateRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {ringmesh.v1.ValidateRequest.$Properties} message ValidateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.ringmesh.v1.Document.encode(message.documents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    for (let keys = $Object.keys(message.audio), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).bytes(message.audio[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValidateRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ValidateRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {ringmesh.v1.ValidateRequest.$Properties} message ValidateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValidateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape} ValidateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ValidateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.audio === $util.emptyObject)
                                message.audio = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = [];
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.bytes();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.audio, key);
                            message.audio[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValidateRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ValidateRequest & ringmesh.v1.ValidateRequest.$Shape} ValidateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ValidateRequest message.
             * @function verify
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValidateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.ringmesh.v1.Document.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio")) {
                    if (!$util.isObject(message.audio))
                        return "audio: object expected";
                    let key = $Object.keys(message.audio);
                    for (let i = 0; i < key.length; ++i)
                        if (!(message.audio[key[i]] && typeof message.audio[key[i]].length === "number" || $util.isString(message.audio[key[i]])))
                            return "audio: buffer{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a ValidateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ValidateRequest} ValidateRequest
             */
            ValidateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ValidateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ValidateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ValidateRequest();
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".ringmesh.v1.ValidateRequest.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".ringmesh.v1.ValidateRequest.documents: object expected");
                        message.documents[i] = $root.ringmesh.v1.Document.fromObject(object.documents[i], _depth + 1);
                    }
                }
                if (object.audio) {
                    if (!$util.isObject(object.audio))
                        throw $TypeError(".ringmesh.v1.ValidateRequest.audio: object expected");
                    message.audio = {};
                    for (let keys = $Object.keys(object.audio), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.audio, keys[i]);
                        if (typeof object.audio[keys[i]] === "string")
                            $util.base64.decode(object.audio[keys[i]], message.audio[keys[i]] = $util.newBuffer($util.base64.length(object.audio[keys[i]])), 0);
                        else if (object.audio[keys[i]].length >= 0)
                            message.audio[keys[i]] = object.audio[keys[i]];
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ValidateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {ringmesh.v1.ValidateRequest} message ValidateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (options.objects || options.defaults)
                    object.audio = {};
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.ringmesh.v1.Document.toObject(message.documents[j], options, _depth + 1);
                }
                let keys2;
                if (message.audio && (keys2 = $Object.keys(message.audio)).length) {
                    object.audio = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.audio, keys2[j]);
                        object.audio[keys2[j]] = options.bytes === $String ? $util.base64.encode(message.audio[keys2[j]], 0, message.audio[keys2[j]].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.audio[keys2[j]]) : message.audio[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this ValidateRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ValidateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidateRequest.prototype.toJSON = function() {
                return ValidateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValidateRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.ValidateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValidateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ValidateRequest";
            };

            return ValidateRequest;
        })();

        v1.ValidateResponse = (function() {

            /**
             * Properties of a ValidateResponse.
             * @typedef {Object} ringmesh.v1.ValidateResponse.$Properties
             * @property {Array.<ringmesh.v1.Document.$Properties>|null} [documents] ValidateResponse documents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ValidateResponse.
             * @memberof ringmesh.v1
             * @interface IValidateResponse
             * @augments ringmesh.v1.ValidateResponse.$Properties
             * @deprecated Use ringmesh.v1.ValidateResponse.$Properties instead.
             */

            /**
             * Shape of a ValidateResponse.
             * @typedef {{
             *   documents?: Array.<ringmesh.v1.Document.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.ValidateResponse.$Shape
             */

            /**
             * Constructs a new ValidateResponse.
             * @memberof ringmesh.v1
             * @classdesc Represents a ValidateResponse.
             * @constructor
             * @param {ringmesh.v1.ValidateResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ValidateResponse = function (properties) {
                this.documents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ValidateResponse documents.
             * @member {Array.<ringmesh.v1.Document.$Properties>} documents
             * @memberof ringmesh.v1.ValidateResponse
             * @instance
             */
            ValidateResponse.prototype.documents = $util.emptyArray;

            /**
             * Creates a new ValidateResponse instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {ringmesh.v1.ValidateResponse.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ValidateResponse} ValidateResponse instance
             * @type {{
             *   (properties: ringmesh.v1.ValidateResponse.$Shape): ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape;
             *   (properties?: ringmesh.v1.ValidateResponse.$Properties): ringmesh.v1.ValidateResponse;
             * }}
             */
            ValidateResponse.create = function(properties) {
                return new ValidateResponse(properties);
            };

            /**
             * Encodes the specified ValidateResponse message. Does not implicitly {@link ringmesh.v1.ValidateResponse.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {ringmesh.v1.ValidateResponse.$Properties} message ValidateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.ringmesh.v1.Document.encode(message.documents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ValidateResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ValidateResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {ringmesh.v1.ValidateResponse.$Properties} message ValidateResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ValidateResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ValidateResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape} ValidateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ValidateResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ValidateResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ValidateResponse & ringmesh.v1.ValidateResponse.$Shape} ValidateResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ValidateResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ValidateResponse message.
             * @function verify
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ValidateResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.ringmesh.v1.Document.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ValidateResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ValidateResponse} ValidateResponse
             */
            ValidateResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ValidateResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ValidateResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ValidateResponse();
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".ringmesh.v1.ValidateResponse.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".ringmesh.v1.ValidateResponse.documents: object expected");
                        message.documents[i] = $root.ringmesh.v1.Document.fromObject(object.documents[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ValidateResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {ringmesh.v1.ValidateResponse} message ValidateResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ValidateResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.ringmesh.v1.Document.toObject(message.documents[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ValidateResponse to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ValidateResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ValidateResponse.prototype.toJSON = function() {
                return ValidateResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ValidateResponse
             * @function getTypeUrl
             * @memberof ringmesh.v1.ValidateResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ValidateResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ValidateResponse";
            };

            return ValidateResponse;
        })();

        v1.GetRequest = (function() {

            /**
             * Properties of a GetRequest.
             * @typedef {Object} ringmesh.v1.GetRequest.$Properties
             * @property {string|null} [kind] GetRequest kind
             * @property {string|null} [organisation] GetRequest organisation
             * @property {string|null} [name] GetRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetRequest.
             * @memberof ringmesh.v1
             * @interface IGetRequest
             * @augments ringmesh.v1.GetRequest.$Properties
             * @deprecated Use ringmesh.v1.GetRequest.$Properties instead.
             */

            /**
             * Shape of a GetRequest.
             * @typedef {ringmesh.v1.GetRequest.$Properties} ringmesh.v1.GetRequest.$Shape
             */

            /**
             * Constructs a new GetRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents a GetRequest.
             * @constructor
             * @param {ringmesh.v1.GetRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GetRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GetRequest kind.
             * @member {string} kind
             * @memberof ringmesh.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.kind = "";

            /**
             * GetRequest organisation.
             * @member {string} organisation
             * @memberof ringmesh.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.organisation = "";

            /**
             * GetRequest name.
             * @member {string} name
             * @memberof ringmesh.v1.GetRequest
             * @instance
             */
            GetRequest.prototype.name = "";

            /**
             * Creates a new GetRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {ringmesh.v1.GetRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.GetRequest} GetRequest instance
             * @type {{
             *   (properties: ringmesh.v1.GetRequest.$Shape): ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape;
             *   (properties?: ringmesh.v1.GetRequest.$Properties): ringmesh.v1.GetRequest;
             * }}
             */
            GetRequest.create = function(properties) {
                return new GetRequest(properties);
            };

            /**
             * Encodes the specified GetRequest message. Does not implicitly {@link ringmesh.v1.GetRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {ringmesh.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation") && message.organisation !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.organisation);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified GetRequest message, length delimited. Does not implicitly {@link ringmesh.v1.GetRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {ringmesh.v1.GetRequest.$Properties} message GetRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a GetRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.GetRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.organisation = value;
                            else
                                delete message.organisation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a GetRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.GetRequest & ringmesh.v1.GetRequest.$Shape} GetRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a GetRequest message.
             * @function verify
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GetRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    if (!$util.isString(message.organisation))
                        return "organisation: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a GetRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.GetRequest} GetRequest
             */
            GetRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.GetRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.GetRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.GetRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.organisation != null)
                    if (typeof object.organisation !== "string" || object.organisation.length)
                        message.organisation = $String(object.organisation);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a GetRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {ringmesh.v1.GetRequest} message GetRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.organisation = "";
                    object.name = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    object.organisation = message.organisation;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this GetRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.GetRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetRequest.prototype.toJSON = function() {
                return GetRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.GetRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.GetRequest";
            };

            return GetRequest;
        })();

        v1.ListRequest = (function() {

            /**
             * Properties of a ListRequest.
             * @typedef {Object} ringmesh.v1.ListRequest.$Properties
             * @property {string|null} [kind] ListRequest kind
             * @property {string|null} [organisation] ListRequest organisation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListRequest.
             * @memberof ringmesh.v1
             * @interface IListRequest
             * @augments ringmesh.v1.ListRequest.$Properties
             * @deprecated Use ringmesh.v1.ListRequest.$Properties instead.
             */

            /**
             * Shape of a ListRequest.
             * @typedef {ringmesh.v1.ListRequest.$Properties} ringmesh.v1.ListRequest.$Shape
             */

            /**
             * Constructs a new ListRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents a ListRequest.
             * @constructor
             * @param {ringmesh.v1.ListRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListRequest kind.
             * @member {string} kind
             * @memberof ringmesh.v1.ListRequest
             * @instance
             */
            ListRequest.prototype.kind = "";

            /**
             * ListRequest organisation.
             * @member {string} organisation
             * @memberof ringmesh.v1.ListRequest
             * @instance
             */
            ListRequest.prototype.organisation = "";

            /**
             * Creates a new ListRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {ringmesh.v1.ListRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ListRequest} ListRequest instance
             * @type {{
             *   (properties: ringmesh.v1.ListRequest.$Shape): ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape;
             *   (properties?: ringmesh.v1.ListRequest.$Properties): ringmesh.v1.ListRequest;
             * }}
             */
            ListRequest.create = function(properties) {
                return new ListRequest(properties);
            };

            /**
             * Encodes the specified ListRequest message. Does not implicitly {@link ringmesh.v1.ListRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {ringmesh.v1.ListRequest.$Properties} message ListRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation") && message.organisation !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.organisation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListRequest message, length delimited. Does not implicitly {@link ringmesh.v1.ListRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {ringmesh.v1.ListRequest.$Properties} message ListRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ListRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.organisation = value;
                            else
                                delete message.organisation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ListRequest & ringmesh.v1.ListRequest.$Shape} ListRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListRequest message.
             * @function verify
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    if (!$util.isString(message.organisation))
                        return "organisation: string expected";
                return null;
            };

            /**
             * Creates a ListRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ListRequest} ListRequest
             */
            ListRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ListRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ListRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ListRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.organisation != null)
                    if (typeof object.organisation !== "string" || object.organisation.length)
                        message.organisation = $String(object.organisation);
                return message;
            };

            /**
             * Creates a plain object from a ListRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {ringmesh.v1.ListRequest} message ListRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.organisation = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    object.organisation = message.organisation;
                return object;
            };

            /**
             * Converts this ListRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ListRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListRequest.prototype.toJSON = function() {
                return ListRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.ListRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ListRequest";
            };

            return ListRequest;
        })();

        v1.ListResponse = (function() {

            /**
             * Properties of a ListResponse.
             * @typedef {Object} ringmesh.v1.ListResponse.$Properties
             * @property {Array.<ringmesh.v1.Document.$Properties>|null} [documents] ListResponse documents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListResponse.
             * @memberof ringmesh.v1
             * @interface IListResponse
             * @augments ringmesh.v1.ListResponse.$Properties
             * @deprecated Use ringmesh.v1.ListResponse.$Properties instead.
             */

            /**
             * Shape of a ListResponse.
             * @typedef {{
             *   documents?: Array.<ringmesh.v1.Document.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.ListResponse.$Shape
             */

            /**
             * Constructs a new ListResponse.
             * @memberof ringmesh.v1
             * @classdesc Represents a ListResponse.
             * @constructor
             * @param {ringmesh.v1.ListResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListResponse = function (properties) {
                this.documents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListResponse documents.
             * @member {Array.<ringmesh.v1.Document.$Properties>} documents
             * @memberof ringmesh.v1.ListResponse
             * @instance
             */
            ListResponse.prototype.documents = $util.emptyArray;

            /**
             * Creates a new ListResponse instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {ringmesh.v1.ListResponse.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ListResponse} ListResponse instance
             * @type {{
             *   (properties: ringmesh.v1.ListResponse.$Shape): ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape;
             *   (properties?: ringmesh.v1.ListResponse.$Properties): ringmesh.v1.ListResponse;
             * }}
             */
            ListResponse.create = function(properties) {
                return new ListResponse(properties);
            };

            /**
             * Encodes the specified ListResponse message. Does not implicitly {@link ringmesh.v1.ListResponse.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {ringmesh.v1.ListResponse.$Properties} message ListResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.ringmesh.v1.Document.encode(message.documents[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ListResponse message, length delimited. Does not implicitly {@link ringmesh.v1.ListResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {ringmesh.v1.ListResponse.$Properties} message ListResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape} ListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ListResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ListResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ListResponse & ringmesh.v1.ListResponse.$Shape} ListResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListResponse message.
             * @function verify
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i) {
                        let error = $root.ringmesh.v1.Document.verify(message.documents[i], _depth + 1);
                        if (error)
                            return "documents." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ListResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ListResponse} ListResponse
             */
            ListResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ListResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ListResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ListResponse();
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".ringmesh.v1.ListResponse.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i) {
                        if (!$util.isObject(object.documents[i]))
                            throw $TypeError(".ringmesh.v1.ListResponse.documents: object expected");
                        message.documents[i] = $root.ringmesh.v1.Document.fromObject(object.documents[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ListResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {ringmesh.v1.ListResponse} message ListResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = $root.ringmesh.v1.Document.toObject(message.documents[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ListResponse to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ListResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListResponse.prototype.toJSON = function() {
                return ListResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListResponse
             * @function getTypeUrl
             * @memberof ringmesh.v1.ListResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ListResponse";
            };

            return ListResponse;
        })();

        v1.DeleteRequest = (function() {

            /**
             * Properties of a DeleteRequest.
             * @typedef {Object} ringmesh.v1.DeleteRequest.$Properties
             * @property {string|null} [kind] DeleteRequest kind
             * @property {string|null} [organisation] DeleteRequest organisation
             * @property {string|null} [name] DeleteRequest name
             * @property {string|null} [resourceVersion] DeleteRequest resourceVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRequest.
             * @memberof ringmesh.v1
             * @interface IDeleteRequest
             * @augments ringmesh.v1.DeleteRequest.$Properties
             * @deprecated Use ringmesh.v1.DeleteRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRequest.
             * @typedef {ringmesh.v1.DeleteRequest.$Properties} ringmesh.v1.DeleteRequest.$Shape
             */

            /**
             * Constructs a new DeleteRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents a DeleteRequest.
             * @constructor
             * @param {ringmesh.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRequest kind.
             * @member {string} kind
             * @memberof ringmesh.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.kind = "";

            /**
             * DeleteRequest organisation.
             * @member {string} organisation
             * @memberof ringmesh.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.organisation = "";

            /**
             * DeleteRequest name.
             * @member {string} name
             * @memberof ringmesh.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.name = "";

            /**
             * DeleteRequest resourceVersion.
             * @member {string} resourceVersion
             * @memberof ringmesh.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.resourceVersion = "";

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {ringmesh.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.DeleteRequest} DeleteRequest instance
             * @type {{
             *   (properties: ringmesh.v1.DeleteRequest.$Shape): ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape;
             *   (properties?: ringmesh.v1.DeleteRequest.$Properties): ringmesh.v1.DeleteRequest;
             * }}
             */
            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link ringmesh.v1.DeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {ringmesh.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation") && message.organisation !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.organisation);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion") && message.resourceVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.resourceVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeleteRequest message, length delimited. Does not implicitly {@link ringmesh.v1.DeleteRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {ringmesh.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.DeleteRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.organisation = value;
                            else
                                delete message.organisation;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceVersion = value;
                            else
                                delete message.resourceVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DeleteRequest & ringmesh.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeleteRequest message.
             * @function verify
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    if (!$util.isString(message.organisation))
                        return "organisation: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    if (!$util.isString(message.resourceVersion))
                        return "resourceVersion: string expected";
                return null;
            };

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.DeleteRequest} DeleteRequest
             */
            DeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.DeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.DeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.DeleteRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.organisation != null)
                    if (typeof object.organisation !== "string" || object.organisation.length)
                        message.organisation = $String(object.organisation);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.resourceVersion != null)
                    if (typeof object.resourceVersion !== "string" || object.resourceVersion.length)
                        message.resourceVersion = $String(object.resourceVersion);
                return message;
            };

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {ringmesh.v1.DeleteRequest} message DeleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.organisation = "";
                    object.name = "";
                    object.resourceVersion = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    object.organisation = message.organisation;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    object.resourceVersion = message.resourceVersion;
                return object;
            };

            /**
             * Converts this DeleteRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.DeleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRequest.prototype.toJSON = function() {
                return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.DeleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.DeleteRequest";
            };

            return DeleteRequest;
        })();

        v1.DeleteResponse = (function() {

            /**
             * Properties of a DeleteResponse.
             * @typedef {Object} ringmesh.v1.DeleteResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteResponse.
             * @memberof ringmesh.v1
             * @interface IDeleteResponse
             * @augments ringmesh.v1.DeleteResponse.$Properties
             * @deprecated Use ringmesh.v1.DeleteResponse.$Properties instead.
             */

            /**
             * Shape of a DeleteResponse.
             * @typedef {ringmesh.v1.DeleteResponse.$Properties} ringmesh.v1.DeleteResponse.$Shape
             */

            /**
             * Constructs a new DeleteResponse.
             * @memberof ringmesh.v1
             * @classdesc Represents a DeleteResponse.
             * @constructor
             * @param {ringmesh.v1.DeleteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DeleteResponse instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {ringmesh.v1.DeleteResponse.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.DeleteResponse} DeleteResponse instance
             * @type {{
             *   (properties: ringmesh.v1.DeleteResponse.$Shape): ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape;
             *   (properties?: ringmesh.v1.DeleteResponse.$Properties): ringmesh.v1.DeleteResponse;
             * }}
             */
            DeleteResponse.create = function(properties) {
                return new DeleteResponse(properties);
            };

            /**
             * Encodes the specified DeleteResponse message. Does not implicitly {@link ringmesh.v1.DeleteResponse.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {ringmesh.v1.DeleteResponse.$Properties} message DeleteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified DeleteResponse message, length delimited. Does not implicitly {@link ringmesh.v1.DeleteResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {ringmesh.v1.DeleteResponse.$Properties} message DeleteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a DeleteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape} DeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.DeleteResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a DeleteResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.DeleteResponse & ringmesh.v1.DeleteResponse.$Shape} DeleteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a DeleteResponse message.
             * @function verify
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a DeleteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.DeleteResponse} DeleteResponse
             */
            DeleteResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.DeleteResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.DeleteResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.ringmesh.v1.DeleteResponse();
            };

            /**
             * Creates a plain object from a DeleteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {ringmesh.v1.DeleteResponse} message DeleteResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteResponse.toObject = function () {
                return {};
            };

            /**
             * Converts this DeleteResponse to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.DeleteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteResponse.prototype.toJSON = function() {
                return DeleteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteResponse
             * @function getTypeUrl
             * @memberof ringmesh.v1.DeleteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.DeleteResponse";
            };

            return DeleteResponse;
        })();

        v1.WatchRequest = (function() {

            /**
             * Properties of a WatchRequest.
             * @typedef {Object} ringmesh.v1.WatchRequest.$Properties
             * @property {string|null} [kind] WatchRequest kind
             * @property {string|null} [organisation] WatchRequest organisation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchRequest.
             * @memberof ringmesh.v1
             * @interface IWatchRequest
             * @augments ringmesh.v1.WatchRequest.$Properties
             * @deprecated Use ringmesh.v1.WatchRequest.$Properties instead.
             */

            /**
             * Shape of a WatchRequest.
             * @typedef {ringmesh.v1.WatchRequest.$Properties} ringmesh.v1.WatchRequest.$Shape
             */

            /**
             * Constructs a new WatchRequest.
             * @memberof ringmesh.v1
             * @classdesc Represents a WatchRequest.
             * @constructor
             * @param {ringmesh.v1.WatchRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchRequest kind.
             * @member {string} kind
             * @memberof ringmesh.v1.WatchRequest
             * @instance
             */
            WatchRequest.prototype.kind = "";

            /**
             * WatchRequest organisation.
             * @member {string} organisation
             * @memberof ringmesh.v1.WatchRequest
             * @instance
             */
            WatchRequest.prototype.organisation = "";

            /**
             * Creates a new WatchRequest instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {ringmesh.v1.WatchRequest.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.WatchRequest} WatchRequest instance
             * @type {{
             *   (properties: ringmesh.v1.WatchRequest.$Shape): ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape;
             *   (properties?: ringmesh.v1.WatchRequest.$Properties): ringmesh.v1.WatchRequest;
             * }}
             */
            WatchRequest.create = function(properties) {
                return new WatchRequest(properties);
            };

            /**
             * Encodes the specified WatchRequest message. Does not implicitly {@link ringmesh.v1.WatchRequest.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {ringmesh.v1.WatchRequest.$Properties} message WatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation") && message.organisation !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.organisation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WatchRequest message, length delimited. Does not implicitly {@link ringmesh.v1.WatchRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {ringmesh.v1.WatchRequest.$Properties} message WatchRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.WatchRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.organisation = value;
                            else
                                delete message.organisation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WatchRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WatchRequest & ringmesh.v1.WatchRequest.$Shape} WatchRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchRequest message.
             * @function verify
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    if (!$util.isString(message.organisation))
                        return "organisation: string expected";
                return null;
            };

            /**
             * Creates a WatchRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.WatchRequest} WatchRequest
             */
            WatchRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.WatchRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.WatchRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.WatchRequest();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.organisation != null)
                    if (typeof object.organisation !== "string" || object.organisation.length)
                        message.organisation = $String(object.organisation);
                return message;
            };

            /**
             * Creates a plain object from a WatchRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {ringmesh.v1.WatchRequest} message WatchRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.organisation = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    object.organisation = message.organisation;
                return object;
            };

            /**
             * Converts this WatchRequest to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.WatchRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchRequest.prototype.toJSON = function() {
                return WatchRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchRequest
             * @function getTypeUrl
             * @memberof ringmesh.v1.WatchRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.WatchRequest";
            };

            return WatchRequest;
        })();

        /**
         * WatchOp enum.
         * @name ringmesh.v1.WatchOp
         * @enum {number}
         * @property {number} WATCH_OP_UNSPECIFIED=0 WATCH_OP_UNSPECIFIED value
         * @property {number} PUT=1 PUT value
         * @property {number} DELETE=2 DELETE value
         */
        v1.WatchOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "WATCH_OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PUT"] = 1;
            values[valuesById[2] = "DELETE"] = 2;
            return values;
        })();

        v1.WatchEvent = (function() {

            /**
             * Properties of a WatchEvent.
             * @typedef {Object} ringmesh.v1.WatchEvent.$Properties
             * @property {ringmesh.v1.WatchOp|null} [op] WatchEvent op
             * @property {ringmesh.v1.Document.$Properties|null} [document] WatchEvent document
             * @property {string|null} [resourceVersion] WatchEvent resourceVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchEvent.
             * @memberof ringmesh.v1
             * @interface IWatchEvent
             * @augments ringmesh.v1.WatchEvent.$Properties
             * @deprecated Use ringmesh.v1.WatchEvent.$Properties instead.
             */

            /**
             * Shape of a WatchEvent.
             * @typedef {{
             *   op?: ringmesh.v1.WatchOp|null;
             *   document?: ringmesh.v1.Document.$Shape|null;
             *   resourceVersion?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} ringmesh.v1.WatchEvent.$Shape
             */

            /**
             * Constructs a new WatchEvent.
             * @memberof ringmesh.v1
             * @classdesc Represents a WatchEvent.
             * @constructor
             * @param {ringmesh.v1.WatchEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WatchEvent op.
             * @member {ringmesh.v1.WatchOp} op
             * @memberof ringmesh.v1.WatchEvent
             * @instance
             */
            WatchEvent.prototype.op = 0;

            /**
             * WatchEvent document.
             * @member {ringmesh.v1.Document.$Properties|null|undefined} document
             * @memberof ringmesh.v1.WatchEvent
             * @instance
             */
            WatchEvent.prototype.document = null;

            /**
             * WatchEvent resourceVersion.
             * @member {string} resourceVersion
             * @memberof ringmesh.v1.WatchEvent
             * @instance
             */
            WatchEvent.prototype.resourceVersion = "";

            /**
             * Creates a new WatchEvent instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {ringmesh.v1.WatchEvent.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.WatchEvent} WatchEvent instance
             * @type {{
             *   (properties: ringmesh.v1.WatchEvent.$Shape): ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape;
             *   (properties?: ringmesh.v1.WatchEvent.$Properties): ringmesh.v1.WatchEvent;
             * }}
             */
            WatchEvent.create = function(properties) {
                return new WatchEvent(properties);
            };

            /**
             * Encodes the specified WatchEvent message. Does not implicitly {@link ringmesh.v1.WatchEvent.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {ringmesh.v1.WatchEvent.$Properties} message WatchEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.op);
                if (message.document != null && $Object.hasOwnProperty.call(message, "document"))
                    $root.ringmesh.v1.Document.encode(message.document, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion") && message.resourceVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.resourceVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WatchEvent message, length delimited. Does not implicitly {@link ringmesh.v1.WatchEvent.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {ringmesh.v1.WatchEvent.$Properties} message WatchEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchEvent.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchEvent message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape} WatchEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.WatchEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.document = $root.ringmesh.v1.Document.decode(reader, reader.size(), $undefined, _depth + 1, message.document);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceVersion = value;
                            else
                                delete message.resourceVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WatchEvent message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WatchEvent & ringmesh.v1.WatchEvent.$Shape} WatchEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchEvent.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchEvent message.
             * @function verify
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchEvent.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                        return "op: enum value expected";
                if (message.document != null && $Object.hasOwnProperty.call(message, "document")) {
                    let error = $root.ringmesh.v1.Document.verify(message.document, _depth + 1);
                    if (error)
                        return "document." + error;
                }
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    if (!$util.isString(message.resourceVersion))
                        return "resourceVersion: string expected";
                return null;
            };

            /**
             * Creates a WatchEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.WatchEvent} WatchEvent
             */
            WatchEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.WatchEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.WatchEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.WatchEvent();
                if (object.op !== 0 && (typeof object.op !== "string" || $root.ringmesh.v1.WatchOp[object.op] !== 0))
                    switch (object.op) {
                    case "WATCH_OP_UNSPECIFIED":
                    case 0:
                        message.op = 0;
                        break;
                    case "PUT":
                    case 1:
                        message.op = 1;
                        break;
                    case "DELETE":
                    case 2:
                        message.op = 2;
                        break;
                    default:
                        if (typeof object.op === "number" && (object.op | 0) === object.op)
                            message.op = object.op;
                    }
                if (object.document != null) {
                    if (!$util.isObject(object.document))
                        throw $TypeError(".ringmesh.v1.WatchEvent.document: object expected");
                    message.document = $root.ringmesh.v1.Document.fromObject(object.document, _depth + 1);
                }
                if (object.resourceVersion != null)
                    if (typeof object.resourceVersion !== "string" || object.resourceVersion.length)
                        message.resourceVersion = $String(object.resourceVersion);
                return message;
            };

            /**
             * Creates a plain object from a WatchEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {ringmesh.v1.WatchEvent} message WatchEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.op = options.enums === $String ? "WATCH_OP_UNSPECIFIED" : 0;
                    object.document = null;
                    object.resourceVersion = "";
                }
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = options.enums === $String ? $root.ringmesh.v1.WatchOp[message.op] === $undefined ? message.op : $root.ringmesh.v1.WatchOp[message.op] : message.op;
                if (message.document != null && $Object.hasOwnProperty.call(message, "document"))
                    object.document = $root.ringmesh.v1.Document.toObject(message.document, options, _depth + 1);
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    object.resourceVersion = message.resourceVersion;
                return object;
            };

            /**
             * Converts this WatchEvent to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.WatchEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchEvent.prototype.toJSON = function() {
                return WatchEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchEvent
             * @function getTypeUrl
             * @memberof ringmesh.v1.WatchEvent
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchEvent.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.WatchEvent";
            };

            return WatchEvent;
        })();

        v1.FieldError = (function() {

            /**
             * Properties of a FieldError.
             * @typedef {Object} ringmesh.v1.FieldError.$Properties
             * @property {string|null} [document] FieldError document
             * @property {string|null} [path] FieldError path
             * @property {string|null} [reason] FieldError reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FieldError.
             * @memberof ringmesh.v1
             * @interface IFieldError
             * @augments ringmesh.v1.FieldError.$Properties
             * @deprecated Use ringmesh.v1.FieldError.$Properties instead.
             */

            /**
             * Shape of a FieldError.
             * @typedef {ringmesh.v1.FieldError.$Properties} ringmesh.v1.FieldError.$Shape
             */

            /**
             * Constructs a new FieldError.
             * @memberof ringmesh.v1
             * @classdesc Represents a FieldError.
             * @constructor
             * @param {ringmesh.v1.FieldError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FieldError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FieldError document.
             * @member {string} document
             * @memberof ringmesh.v1.FieldError
             * @instance
             */
            FieldError.prototype.document = "";

            /**
             * FieldError path.
             * @member {string} path
             * @memberof ringmesh.v1.FieldError
             * @instance
             */
            FieldError.prototype.path = "";

            /**
             * FieldError reason.
             * @member {string} reason
             * @memberof ringmesh.v1.FieldError
             * @instance
             */
            FieldError.prototype.reason = "";

            /**
             * Creates a new FieldError instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {ringmesh.v1.FieldError.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.FieldError} FieldError instance
             * @type {{
             *   (properties: ringmesh.v1.FieldError.$Shape): ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape;
             *   (properties?: ringmesh.v1.FieldError.$Properties): ringmesh.v1.FieldError;
             * }}
             */
            FieldError.create = function(properties) {
                return new FieldError(properties);
            };

            /**
             * Encodes the specified FieldError message. Does not implicitly {@link ringmesh.v1.FieldError.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {ringmesh.v1.FieldError.$Properties} message FieldError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.document);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FieldError message, length delimited. Does not implicitly {@link ringmesh.v1.FieldError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {ringmesh.v1.FieldError.$Properties} message FieldError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FieldError message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape} FieldError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.FieldError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.document = value;
                            else
                                delete message.document;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FieldError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.FieldError & ringmesh.v1.FieldError.$Shape} FieldError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FieldError message.
             * @function verify
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FieldError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.document != null && $Object.hasOwnProperty.call(message, "document"))
                    if (!$util.isString(message.document))
                        return "document: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a FieldError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.FieldError} FieldError
             */
            FieldError.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.FieldError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.FieldError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.FieldError();
                if (object.document != null)
                    if (typeof object.document !== "string" || object.document.length)
                        message.document = $String(object.document);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a FieldError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {ringmesh.v1.FieldError} message FieldError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FieldError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.document = "";
                    object.path = "";
                    object.reason = "";
                }
                if (message.document != null && $Object.hasOwnProperty.call(message, "document"))
                    object.document = message.document;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this FieldError to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.FieldError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FieldError.prototype.toJSON = function() {
                return FieldError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FieldError
             * @function getTypeUrl
             * @memberof ringmesh.v1.FieldError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FieldError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.FieldError";
            };

            return FieldError;
        })();

        v1.FieldErrors = (function() {

            /**
             * Properties of a FieldErrors.
             * @typedef {Object} ringmesh.v1.FieldErrors.$Properties
             * @property {Array.<ringmesh.v1.FieldError.$Properties>|null} [errors] FieldErrors errors
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FieldErrors.
             * @memberof ringmesh.v1
             * @interface IFieldErrors
             * @augments ringmesh.v1.FieldErrors.$Properties
             * @deprecated Use ringmesh.v1.FieldErrors.$Properties instead.
             */

            /**
             * Shape of a FieldErrors.
             * @typedef {ringmesh.v1.FieldErrors.$Properties} ringmesh.v1.FieldErrors.$Shape
             */

            /**
             * Constructs a new FieldErrors.
             * @memberof ringmesh.v1
             * @classdesc Represents a FieldErrors.
             * @constructor
             * @param {ringmesh.v1.FieldErrors.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FieldErrors = function (properties) {
                this.errors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * FieldErrors errors.
             * @member {Array.<ringmesh.v1.FieldError.$Properties>} errors
             * @memberof ringmesh.v1.FieldErrors
             * @instance
             */
            FieldErrors.prototype.errors = $util.emptyArray;

            /**
             * Creates a new FieldErrors instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {ringmesh.v1.FieldErrors.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.FieldErrors} FieldErrors instance
             * @type {{
             *   (properties: ringmesh.v1.FieldErrors.$Shape): ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape;
             *   (properties?: ringmesh.v1.FieldErrors.$Properties): ringmesh.v1.FieldErrors;
             * }}
             */
            FieldErrors.create = function(properties) {
                return new FieldErrors(properties);
            };

            /**
             * Encodes the specified FieldErrors message. Does not implicitly {@link ringmesh.v1.FieldErrors.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {ringmesh.v1.FieldErrors.$Properties} message FieldErrors message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldErrors.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.errors != null && message.errors.length)
                    for (let i = 0; i < message.errors.length; ++i)
                        $root.ringmesh.v1.FieldError.encode(message.errors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified FieldErrors message, length delimited. Does not implicitly {@link ringmesh.v1.FieldErrors.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {ringmesh.v1.FieldErrors.$Properties} message FieldErrors message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldErrors.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FieldErrors message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape} FieldErrors
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldErrors.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.FieldErrors();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errors && message.errors.length))
                                message.errors = [];
                            message.errors.push($root.ringmesh.v1.FieldError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a FieldErrors message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.FieldErrors & ringmesh.v1.FieldErrors.$Shape} FieldErrors
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldErrors.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FieldErrors message.
             * @function verify
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FieldErrors.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.errors != null && $Object.hasOwnProperty.call(message, "errors")) {
                    if (!$Array.isArray(message.errors))
                        return "errors: array expected";
                    for (let i = 0; i < message.errors.length; ++i) {
                        let error = $root.ringmesh.v1.FieldError.verify(message.errors[i], _depth + 1);
                        if (error)
                            return "errors." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a FieldErrors message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.FieldErrors} FieldErrors
             */
            FieldErrors.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.FieldErrors)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.FieldErrors: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.FieldErrors();
                if (object.errors) {
                    if (!$Array.isArray(object.errors))
                        throw $TypeError(".ringmesh.v1.FieldErrors.errors: array expected");
                    message.errors = $Array(object.errors.length);
                    for (let i = 0; i < object.errors.length; ++i) {
                        if (!$util.isObject(object.errors[i]))
                            throw $TypeError(".ringmesh.v1.FieldErrors.errors: object expected");
                        message.errors[i] = $root.ringmesh.v1.FieldError.fromObject(object.errors[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a FieldErrors message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {ringmesh.v1.FieldErrors} message FieldErrors
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FieldErrors.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.errors = [];
                if (message.errors && message.errors.length) {
                    object.errors = $Array(message.errors.length);
                    for (let j = 0; j < message.errors.length; ++j)
                        object.errors[j] = $root.ringmesh.v1.FieldError.toObject(message.errors[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this FieldErrors to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.FieldErrors
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FieldErrors.prototype.toJSON = function() {
                return FieldErrors.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FieldErrors
             * @function getTypeUrl
             * @memberof ringmesh.v1.FieldErrors
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FieldErrors.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.FieldErrors";
            };

            return FieldErrors;
        })();

        v1.Referrers = (function() {

            /**
             * Properties of a Referrers.
             * @typedef {Object} ringmesh.v1.Referrers.$Properties
             * @property {string|null} [object] Referrers object
             * @property {Array.<string>|null} [referrers] Referrers referrers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Referrers.
             * @memberof ringmesh.v1
             * @interface IReferrers
             * @augments ringmesh.v1.Referrers.$Properties
             * @deprecated Use ringmesh.v1.Referrers.$Properties instead.
             */

            /**
             * Shape of a Referrers.
             * @typedef {ringmesh.v1.Referrers.$Properties} ringmesh.v1.Referrers.$Shape
             */

            /**
             * Constructs a new Referrers.
             * @memberof ringmesh.v1
             * @classdesc Represents a Referrers.
             * @constructor
             * @param {ringmesh.v1.Referrers.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Referrers = function (properties) {
                this.referrers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Referrers object.
             * @member {string} object
             * @memberof ringmesh.v1.Referrers
             * @instance
             */
            Referrers.prototype.object = "";

            /**
             * Referrers referrers.
             * @member {Array.<string>} referrers
             * @memberof ringmesh.v1.Referrers
             * @instance
             */
            Referrers.prototype.referrers = $util.emptyArray;

            /**
             * Creates a new Referrers instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {ringmesh.v1.Referrers.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Referrers} Referrers instance
             * @type {{
             *   (properties: ringmesh.v1.Referrers.$Shape): ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape;
             *   (properties?: ringmesh.v1.Referrers.$Properties): ringmesh.v1.Referrers;
             * }}
             */
            Referrers.create = function(properties) {
                return new Referrers(properties);
            };

            /**
             * Encodes the specified Referrers message. Does not implicitly {@link ringmesh.v1.Referrers.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {ringmesh.v1.Referrers.$Properties} message Referrers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Referrers.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.object != null && $Object.hasOwnProperty.call(message, "object") && message.object !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.object);
                if (message.referrers != null && message.referrers.length)
                    for (let i = 0; i < message.referrers.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.referrers[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Referrers message, length delimited. Does not implicitly {@link ringmesh.v1.Referrers.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {ringmesh.v1.Referrers.$Properties} message Referrers message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Referrers.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Referrers message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape} Referrers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Referrers.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Referrers();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.object = value;
                            else
                                delete message.object;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.referrers && message.referrers.length))
                                message.referrers = [];
                            message.referrers.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Referrers message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Referrers & ringmesh.v1.Referrers.$Shape} Referrers
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Referrers.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Referrers message.
             * @function verify
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Referrers.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    if (!$util.isString(message.object))
                        return "object: string expected";
                if (message.referrers != null && $Object.hasOwnProperty.call(message, "referrers")) {
                    if (!$Array.isArray(message.referrers))
                        return "referrers: array expected";
                    for (let i = 0; i < message.referrers.length; ++i)
                        if (!$util.isString(message.referrers[i]))
                            return "referrers: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Referrers message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Referrers} Referrers
             */
            Referrers.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Referrers)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Referrers: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Referrers();
                if (object.object != null)
                    if (typeof object.object !== "string" || object.object.length)
                        message.object = $String(object.object);
                if (object.referrers) {
                    if (!$Array.isArray(object.referrers))
                        throw $TypeError(".ringmesh.v1.Referrers.referrers: array expected");
                    message.referrers = $Array(object.referrers.length);
                    for (let i = 0; i < object.referrers.length; ++i)
                        message.referrers[i] = $String(object.referrers[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Referrers message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {ringmesh.v1.Referrers} message Referrers
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Referrers.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.referrers = [];
                if (options.defaults)
                    object.object = "";
                if (message.object != null && $Object.hasOwnProperty.call(message, "object"))
                    object.object = message.object;
                if (message.referrers && message.referrers.length) {
                    object.referrers = $Array(message.referrers.length);
                    for (let j = 0; j < message.referrers.length; ++j)
                        object.referrers[j] = message.referrers[j];
                }
                return object;
            };

            /**
             * Converts this Referrers to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Referrers
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Referrers.prototype.toJSON = function() {
                return Referrers.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Referrers
             * @function getTypeUrl
             * @memberof ringmesh.v1.Referrers
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Referrers.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Referrers";
            };

            return Referrers;
        })();

        v1.Metadata = (function() {

            /**
             * Properties of a Metadata.
             * @typedef {Object} ringmesh.v1.Metadata.$Properties
             * @property {string|null} [organisation] Metadata organisation
             * @property {string|null} [name] Metadata name
             * @property {string|null} [resourceVersion] Metadata resourceVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Metadata.
             * @memberof ringmesh.v1
             * @interface IMetadata
             * @augments ringmesh.v1.Metadata.$Properties
             * @deprecated Use ringmesh.v1.Metadata.$Properties instead.
             */

            /**
             * Shape of a Metadata.
             * @typedef {ringmesh.v1.Metadata.$Properties} ringmesh.v1.Metadata.$Shape
             */

            /**
             * Constructs a new Metadata.
             * @memberof ringmesh.v1
             * @classdesc Represents a Metadata.
             * @constructor
             * @param {ringmesh.v1.Metadata.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Metadata = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Metadata organisation.
             * @member {string} organisation
             * @memberof ringmesh.v1.Metadata
             * @instance
             */
            Metadata.prototype.organisation = "";

            /**
             * Metadata name.
             * @member {string} name
             * @memberof ringmesh.v1.Metadata
             * @instance
             */
            Metadata.prototype.name = "";

            /**
             * Metadata resourceVersion.
             * @member {string} resourceVersion
             * @memberof ringmesh.v1.Metadata
             * @instance
             */
            Metadata.prototype.resourceVersion = "";

            /**
             * Creates a new Metadata instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {ringmesh.v1.Metadata.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Metadata} Metadata instance
             * @type {{
             *   (properties: ringmesh.v1.Metadata.$Shape): ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape;
             *   (properties?: ringmesh.v1.Metadata.$Properties): ringmesh.v1.Metadata;
             * }}
             */
            Metadata.create = function(properties) {
                return new Metadata(properties);
            };

            /**
             * Encodes the specified Metadata message. Does not implicitly {@link ringmesh.v1.Metadata.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {ringmesh.v1.Metadata.$Properties} message Metadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metadata.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation") && message.organisation !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.organisation);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion") && message.resourceVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.resourceVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Metadata message, length delimited. Does not implicitly {@link ringmesh.v1.Metadata.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {ringmesh.v1.Metadata.$Properties} message Metadata message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Metadata.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Metadata message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape} Metadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metadata.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Metadata();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.organisation = value;
                            else
                                delete message.organisation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.resourceVersion = value;
                            else
                                delete message.resourceVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Metadata message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Metadata & ringmesh.v1.Metadata.$Shape} Metadata
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Metadata.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Metadata message.
             * @function verify
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Metadata.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    if (!$util.isString(message.organisation))
                        return "organisation: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    if (!$util.isString(message.resourceVersion))
                        return "resourceVersion: string expected";
                return null;
            };

            /**
             * Creates a Metadata message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Metadata} Metadata
             */
            Metadata.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Metadata)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Metadata: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Metadata();
                if (object.organisation != null)
                    if (typeof object.organisation !== "string" || object.organisation.length)
                        message.organisation = $String(object.organisation);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.resourceVersion != null)
                    if (typeof object.resourceVersion !== "string" || object.resourceVersion.length)
                        message.resourceVersion = $String(object.resourceVersion);
                return message;
            };

            /**
             * Creates a plain object from a Metadata message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {ringmesh.v1.Metadata} message Metadata
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Metadata.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.organisation = "";
                    object.name = "";
                    object.resourceVersion = "";
                }
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    object.organisation = message.organisation;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.resourceVersion != null && $Object.hasOwnProperty.call(message, "resourceVersion"))
                    object.resourceVersion = message.resourceVersion;
                return object;
            };

            /**
             * Converts this Metadata to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Metadata
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Metadata.prototype.toJSON = function() {
                return Metadata.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Metadata
             * @function getTypeUrl
             * @memberof ringmesh.v1.Metadata
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Metadata.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Metadata";
            };

            return Metadata;
        })();

        v1.Document = (function() {

            /**
             * Properties of a Document.
             * @typedef {Object} ringmesh.v1.Document.$Properties
             * @property {string|null} [apiVersion] Document apiVersion
             * @property {string|null} [kind] Document kind
             * @property {ringmesh.v1.Metadata.$Properties|null} [metadata] Document metadata
             * @property {ringmesh.v1.OrganisationSpec.$Properties|null} [organisation] Document organisation
             * @property {ringmesh.v1.UserSpec.$Properties|null} [user] Document user
             * @property {ringmesh.v1.AnnouncementSpec.$Properties|null} [announcement] Document announcement
             * @property {ringmesh.v1.ScheduleSpec.$Properties|null} [schedule] Document schedule
             * @property {ringmesh.v1.IvrMenuSpec.$Properties|null} [ivrMenu] Document ivrMenu
             * @property {ringmesh.v1.AnswerGroupSpec.$Properties|null} [answerGroup] Document answerGroup
             * @property {"organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup"} [spec] Document spec
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Document.
             * @memberof ringmesh.v1
             * @interface IDocument
             * @augments ringmesh.v1.Document.$Properties
             * @deprecated Use ringmesh.v1.Document.$Properties instead.
             */

            /**
             * Narrowed shape of a Document.
             * @typedef {{
             *   apiVersion?: string|null;
             *   kind?: string|null;
             *   metadata?: ringmesh.v1.Metadata.$Shape|null;
             *   organisation?: ringmesh.v1.OrganisationSpec.$Shape|null;
             *   user?: ringmesh.v1.UserSpec.$Shape|null;
             *   announcement?: ringmesh.v1.AnnouncementSpec.$Shape|null;
             *   schedule?: ringmesh.v1.ScheduleSpec.$Shape|null;
             *   ivrMenu?: ringmesh.v1.IvrMenuSpec.$Shape|null;
             *   answerGroup?: ringmesh.v1.AnswerGroupSpec.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ spec?: undefined; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "organisation"; organisation: ringmesh.v1.OrganisationSpec.$Shape; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "user"; organisation?: null; user: ringmesh.v1.UserSpec.$Shape; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "announcement"; organisation?: null; user?: null; announcement: ringmesh.v1.AnnouncementSpec.$Shape; schedule?: null; ivrMenu?: null; answerGroup?: null }|{ spec?: "schedule"; organisation?: null; user?: null; announcement?: null; schedule: ringmesh.v1.ScheduleSpec.$Shape; ivrMenu?: null; answerGroup?: null }|{ spec?: "ivrMenu"; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu: ringmesh.v1.IvrMenuSpec.$Shape; answerGroup?: null }|{ spec?: "answerGroup"; organisation?: null; user?: null; announcement?: null; schedule?: null; ivrMenu?: null; answerGroup: ringmesh.v1.AnswerGroupSpec.$Shape })
             * )} ringmesh.v1.Document.$Shape
             */

            /**
             * Constructs a new Document.
             * @memberof ringmesh.v1
             * @classdesc Represents a Document.
             * @constructor
             * @param {ringmesh.v1.Document.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Document = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Document apiVersion.
             * @member {string} apiVersion
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.apiVersion = "";

            /**
             * Document kind.
             * @member {string} kind
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.kind = "";

            /**
             * Document metadata.
             * @member {ringmesh.v1.Metadata.$Properties|null|undefined} metadata
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.metadata = null;

            /**
             * Document organisation.
             * @member {ringmesh.v1.OrganisationSpec.$Properties|null|undefined} organisation
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.organisation = null;

            /**
             * Document user.
             * @member {ringmesh.v1.UserSpec.$Properties|null|undefined} user
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.user = null;

            /**
             * Document announcement.
             * @member {ringmesh.v1.AnnouncementSpec.$Properties|null|undefined} announcement
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.announcement = null;

            /**
             * Document schedule.
             * @member {ringmesh.v1.ScheduleSpec.$Properties|null|undefined} schedule
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.schedule = null;

            /**
             * Document ivrMenu.
             * @member {ringmesh.v1.IvrMenuSpec.$Properties|null|undefined} ivrMenu
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.ivrMenu = null;

            /**
             * Document answerGroup.
             * @member {ringmesh.v1.AnswerGroupSpec.$Properties|null|undefined} answerGroup
             * @memberof ringmesh.v1.Document
             * @instance
             */
            Document.prototype.answerGroup = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Document spec.
             * @member {"organisation"|"user"|"announcement"|"schedule"|"ivrMenu"|"answerGroup"|undefined} spec
             * @memberof ringmesh.v1.Document
             * @instance
             */
            $Object.defineProperty(Document.prototype, "spec", {
                get: $util.oneOfGetter($oneOfFields = ["organisation", "user", "announcement", "schedule", "ivrMenu", "answerGroup"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Document instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Document
             * @static
             * @param {ringmesh.v1.Document.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Document} Document instance
             * @type {{
             *   (properties: ringmesh.v1.Document.$Shape): ringmesh.v1.Document & ringmesh.v1.Document.$Shape;
             *   (properties?: ringmesh.v1.Document.$Properties): ringmesh.v1.Document;
             * }}
             */
            Document.create = function(properties) {
                return new Document(properties);
            };

            /**
             * Encodes the specified Document message. Does not implicitly {@link ringmesh.v1.Document.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Document
             * @static
             * @param {ringmesh.v1.Document.$Properties} message Document message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Document.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion") && message.apiVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.apiVersion);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.ringmesh.v1.Metadata.encode(message.metadata, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation"))
                    $root.ringmesh.v1.OrganisationSpec.encode(message.organisation, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    $root.ringmesh.v1.UserSpec.encode(message.user, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
                    $root.ringmesh.v1.AnnouncementSpec.encode(message.announcement, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    $root.ringmesh.v1.ScheduleSpec.encode(message.schedule, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.ivrMenu != null && $Object.hasOwnProperty.call(message, "ivrMenu"))
                    $root.ringmesh.v1.IvrMenuSpec.encode(message.ivrMenu, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.answerGroup != null && $Object.hasOwnProperty.call(message, "answerGroup"))
                    $root.ringmesh.v1.AnswerGroupSpec.encode(message.answerGroup, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Document message, length delimited. Does not implicitly {@link ringmesh.v1.Document.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Document
             * @static
             * @param {ringmesh.v1.Document.$Properties} message Document message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Document.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Document message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Document
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Document & ringmesh.v1.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Document.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Document();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.apiVersion = value;
                            else
                                delete message.apiVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.ringmesh.v1.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.organisation = $root.ringmesh.v1.OrganisationSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.organisation);
                            message.spec = "organisation";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.user = $root.ringmesh.v1.UserSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.user);
                            message.spec = "user";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.announcement = $root.ringmesh.v1.AnnouncementSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.announcement);
                            message.spec = "announcement";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.schedule = $root.ringmesh.v1.ScheduleSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.schedule);
                            message.spec = "schedule";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.ivrMenu = $root.ringmesh.v1.IvrMenuSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.ivrMenu);
                            message.spec = "ivrMenu";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.answerGroup = $root.ringmesh.v1.AnswerGroupSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.answerGroup);
                            message.spec = "answerGroup";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Document message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Document
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Document & ringmesh.v1.Document.$Shape} Document
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Document.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Document message.
             * @function verify
             * @memberof ringmesh.v1.Document
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Document.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion"))
                    if (!$util.isString(message.apiVersion))
                        return "apiVersion: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    let error = $root.ringmesh.v1.Metadata.verify(message.metadata, _depth + 1);
                    if (error)
                        return "metadata." + error;
                }
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation")) {
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.OrganisationSpec.verify(message.organisation, _depth + 1);
                        if (error)
                            return "organisation." + error;
                    }
                }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user")) {
                    if (properties.spec === 1)
                        return "spec: multiple values";
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.UserSpec.verify(message.user, _depth + 1);
                        if (error)
                            return "user." + error;
                    }
                }
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement")) {
                    if (properties.spec === 1)
                        return "spec: multiple values";
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.AnnouncementSpec.verify(message.announcement, _depth + 1);
                        if (error)
                            return "announcement." + error;
                    }
                }
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule")) {
                    if (properties.spec === 1)
                        return "spec: multiple values";
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.ScheduleSpec.verify(message.schedule, _depth + 1);
                        if (error)
                            return "schedule." + error;
                    }
                }
                if (message.ivrMenu != null && $Object.hasOwnProperty.call(message, "ivrMenu")) {
                    if (properties.spec === 1)
                        return "spec: multiple values";
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.IvrMenuSpec.verify(message.ivrMenu, _depth + 1);
                        if (error)
                            return "ivrMenu." + error;
                    }
                }
                if (message.answerGroup != null && $Object.hasOwnProperty.call(message, "answerGroup")) {
                    if (properties.spec === 1)
                        return "spec: multiple values";
                    properties.spec = 1;
                    {
                        let error = $root.ringmesh.v1.AnswerGroupSpec.verify(message.answerGroup, _depth + 1);
                        if (error)
                            return "answerGroup." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Document message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Document
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Document} Document
             */
            Document.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Document)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Document: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Document();
                if (object.apiVersion != null)
                    if (typeof object.apiVersion !== "string" || object.apiVersion.length)
                        message.apiVersion = $String(object.apiVersion);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".ringmesh.v1.Document.metadata: object expected");
                    message.metadata = $root.ringmesh.v1.Metadata.fromObject(object.metadata, _depth + 1);
                }
                if (object.organisation != null) {
                    if (!$util.isObject(object.organisation))
                        throw $TypeError(".ringmesh.v1.Document.organisation: object expected");
                    message.organisation = $root.ringmesh.v1.OrganisationSpec.fromObject(object.organisation, _depth + 1);
                }
                if (object.user != null) {
                    if (!$util.isObject(object.user))
                        throw $TypeError(".ringmesh.v1.Document.user: object expected");
                    message.user = $root.ringmesh.v1.UserSpec.fromObject(object.user, _depth + 1);
                }
                if (object.announcement != null) {
                    if (!$util.isObject(object.announcement))
                        throw $TypeError(".ringmesh.v1.Document.announcement: object expected");
                    message.announcement = $root.ringmesh.v1.AnnouncementSpec.fromObject(object.announcement, _depth + 1);
                }
                if (object.schedule != null) {
                    if (!$util.isObject(object.schedule))
                        throw $TypeError(".ringmesh.v1.Document.schedule: object expected");
                    message.schedule = $root.ringmesh.v1.ScheduleSpec.fromObject(object.schedule, _depth + 1);
                }
                if (object.ivrMenu != null) {
                    if (!$util.isObject(object.ivrMenu))
                        throw $TypeError(".ringmesh.v1.Document.ivrMenu: object expected");
                    message.ivrMenu = $root.ringmesh.v1.IvrMenuSpec.fromObject(object.ivrMenu, _depth + 1);
                }
                if (object.answerGroup != null) {
                    if (!$util.isObject(object.answerGroup))
                        throw $TypeError(".ringmesh.v1.Document.answerGroup: object expected");
                    message.answerGroup = $root.ringmesh.v1.AnswerGroupSpec.fromObject(object.answerGroup, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Document message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Document
             * @static
             * @param {ringmesh.v1.Document} message Document
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Document.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.apiVersion = "";
                    object.kind = "";
                    object.metadata = null;
                }
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion"))
                    object.apiVersion = message.apiVersion;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.ringmesh.v1.Metadata.toObject(message.metadata, options, _depth + 1);
                if (message.organisation != null && $Object.hasOwnProperty.call(message, "organisation")) {
                    object.organisation = $root.ringmesh.v1.OrganisationSpec.toObject(message.organisation, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "organisation";
                }
                if (message.user != null && $Object.hasOwnProperty.call(message, "user")) {
                    object.user = $root.ringmesh.v1.UserSpec.toObject(message.user, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "user";
                }
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement")) {
                    object.announcement = $root.ringmesh.v1.AnnouncementSpec.toObject(message.announcement, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "announcement";
                }
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule")) {
                    object.schedule = $root.ringmesh.v1.ScheduleSpec.toObject(message.schedule, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "schedule";
                }
                if (message.ivrMenu != null && $Object.hasOwnProperty.call(message, "ivrMenu")) {
                    object.ivrMenu = $root.ringmesh.v1.IvrMenuSpec.toObject(message.ivrMenu, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "ivrMenu";
                }
                if (message.answerGroup != null && $Object.hasOwnProperty.call(message, "answerGroup")) {
                    object.answerGroup = $root.ringmesh.v1.AnswerGroupSpec.toObject(message.answerGroup, options, _depth + 1);
                    if (options.oneofs)
                        object.spec = "answerGroup";
                }
                return object;
            };

            /**
             * Converts this Document to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Document
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Document.prototype.toJSON = function() {
                return Document.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Document
             * @function getTypeUrl
             * @memberof ringmesh.v1.Document
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Document.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Document";
            };

            return Document;
        })();

        v1.Destination = (function() {

            /**
             * Properties of a Destination.
             * @typedef {Object} ringmesh.v1.Destination.$Properties
             * @property {string|null} [type] Destination type
             * @property {string|null} [group] Destination group
             * @property {string|null} [user] Destination user
             * @property {string|null} [ivr] Destination ivr
             * @property {string|null} [number] Destination number
             * @property {string|null} [announcement] Destination announcement
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Destination.
             * @memberof ringmesh.v1
             * @interface IDestination
             * @augments ringmesh.v1.Destination.$Properties
             * @deprecated Use ringmesh.v1.Destination.$Properties instead.
             */

            /**
             * Shape of a Destination.
             * @typedef {ringmesh.v1.Destination.$Properties} ringmesh.v1.Destination.$Shape
             */

            /**
             * Constructs a new Destination.
             * @memberof ringmesh.v1
             * @classdesc Represents a Destination.
             * @constructor
             * @param {ringmesh.v1.Destination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Destination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Destination type.
             * @member {string} type
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.type = "";

            /**
             * Destination group.
             * @member {string} group
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.group = "";

            /**
             * Destination user.
             * @member {string} user
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.user = "";

            /**
             * Destination ivr.
             * @member {string} ivr
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.ivr = "";

            /**
             * Destination number.
             * @member {string} number
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.number = "";

            /**
             * Destination announcement.
             * @member {string} announcement
             * @memberof ringmesh.v1.Destination
             * @instance
             */
            Destination.prototype.announcement = "";

            /**
             * Creates a new Destination instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {ringmesh.v1.Destination.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Destination} Destination instance
             * @type {{
             *   (properties: ringmesh.v1.Destination.$Shape): ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape;
             *   (properties?: ringmesh.v1.Destination.$Properties): ringmesh.v1.Destination;
             * }}
             */
            Destination.create = function(properties) {
                return new Destination(properties);
            };

            /**
             * Encodes the specified Destination message. Does not implicitly {@link ringmesh.v1.Destination.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {ringmesh.v1.Destination.$Properties} message Destination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Destination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.user);
                if (message.ivr != null && $Object.hasOwnProperty.call(message, "ivr") && message.ivr !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ivr);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.number);
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement") && message.announcement !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.announcement);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Destination message, length delimited. Does not implicitly {@link ringmesh.v1.Destination.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {ringmesh.v1.Destination.$Properties} message Destination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Destination.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Destination message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Destination.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Destination();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.group = value;
                            else
                                delete message.group;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ivr = value;
                            else
                                delete message.ivr;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.announcement = value;
                            else
                                delete message.announcement;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Destination message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Destination & ringmesh.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Destination.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Destination message.
             * @function verify
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Destination.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    if (!$util.isString(message.group))
                        return "group: string expected";
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.ivr != null && $Object.hasOwnProperty.call(message, "ivr"))
                    if (!$util.isString(message.ivr))
                        return "ivr: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isString(message.number))
                        return "number: string expected";
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
                    if (!$util.isString(message.announcement))
                        return "announcement: string expected";
                return null;
            };

            /**
             * Creates a Destination message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Destination} Destination
             */
            Destination.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Destination)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Destination: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Destination();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.group != null)
                    if (typeof object.group !== "string" || object.group.length)
                        message.group = $String(object.group);
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.ivr != null)
                    if (typeof object.ivr !== "string" || object.ivr.length)
                        message.ivr = $String(object.ivr);
                if (object.number != null)
                    if (typeof object.number !== "string" || object.number.length)
                        message.number = $String(object.number);
                if (object.announcement != null)
                    if (typeof object.announcement !== "string" || object.announcement.length)
                        message.announcement = $String(object.announcement);
                return message;
            };

            /**
             * Creates a plain object from a Destination message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {ringmesh.v1.Destination} message Destination
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Destination.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.group = "";
                    object.user = "";
                    object.ivr = "";
                    object.number = "";
                    object.announcement = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                    object.group = message.group;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.ivr != null && $Object.hasOwnProperty.call(message, "ivr"))
                    object.ivr = message.ivr;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.announcement != null && $Object.hasOwnProperty.call(message, "announcement"))
                    object.announcement = message.announcement;
                return object;
            };

            /**
             * Converts this Destination to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Destination
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Destination.prototype.toJSON = function() {
                return Destination.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Destination
             * @function getTypeUrl
             * @memberof ringmesh.v1.Destination
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Destination.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Destination";
            };

            return Destination;
        })();

        v1.OrganisationSpec = (function() {

            /**
             * Properties of an OrganisationSpec.
             * @typedef {Object} ringmesh.v1.OrganisationSpec.$Properties
             * @property {string|null} [domain] OrganisationSpec domain
             * @property {Array.<string>|null} [numbers] OrganisationSpec numbers
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OrganisationSpec.
             * @memberof ringmesh.v1
             * @interface IOrganisationSpec
             * @augments ringmesh.v1.OrganisationSpec.$Properties
             * @deprecated Use ringmesh.v1.OrganisationSpec.$Properties instead.
             */

            /**
             * Shape of an OrganisationSpec.
             * @typedef {ringmesh.v1.OrganisationSpec.$Properties} ringmesh.v1.OrganisationSpec.$Shape
             */

            /**
             * Constructs a new OrganisationSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents an OrganisationSpec.
             * @constructor
             * @param {ringmesh.v1.OrganisationSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OrganisationSpec = function (properties) {
                this.numbers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OrganisationSpec domain.
             * @member {string} domain
             * @memberof ringmesh.v1.OrganisationSpec
             * @instance
             */
            OrganisationSpec.prototype.domain = "";

            /**
             * OrganisationSpec numbers.
             * @member {Array.<string>} numbers
             * @memberof ringmesh.v1.OrganisationSpec
             * @instance
             */
            OrganisationSpec.prototype.numbers = $util.emptyArray;

            /**
             * Creates a new OrganisationSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {ringmesh.v1.OrganisationSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.OrganisationSpec} OrganisationSpec instance
             * @type {{
             *   (properties: ringmesh.v1.OrganisationSpec.$Shape): ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape;
             *   (properties?: ringmesh.v1.OrganisationSpec.$Properties): ringmesh.v1.OrganisationSpec;
             * }}
             */
            OrganisationSpec.create = function(properties) {
                return new OrganisationSpec(properties);
            };

            /**
             * Encodes the specified OrganisationSpec message. Does not implicitly {@link ringmesh.v1.OrganisationSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {ringmesh.v1.OrganisationSpec.$Properties} message OrganisationSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrganisationSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain") && message.domain !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
                if (message.numbers != null && message.numbers.length)
                    for (let i = 0; i < message.numbers.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.numbers[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OrganisationSpec message, length delimited. Does not implicitly {@link ringmesh.v1.OrganisationSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {ringmesh.v1.OrganisationSpec.$Properties} message OrganisationSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OrganisationSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OrganisationSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape} OrganisationSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrganisationSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.OrganisationSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.domain = value;
                            else
                                delete message.domain;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.numbers && message.numbers.length))
                                message.numbers = [];
                            message.numbers.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OrganisationSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OrganisationSpec & ringmesh.v1.OrganisationSpec.$Shape} OrganisationSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OrganisationSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OrganisationSpec message.
             * @function verify
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OrganisationSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    if (!$util.isString(message.domain))
                        return "domain: string expected";
                if (message.numbers != null && $Object.hasOwnProperty.call(message, "numbers")) {
                    if (!$Array.isArray(message.numbers))
                        return "numbers: array expected";
                    for (let i = 0; i < message.numbers.length; ++i)
                        if (!$util.isString(message.numbers[i]))
                            return "numbers: string[] expected";
                }
                return null;
            };

            /**
             * Creates an OrganisationSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.OrganisationSpec} OrganisationSpec
             */
            OrganisationSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.OrganisationSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.OrganisationSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.OrganisationSpec();
                if (object.domain != null)
                    if (typeof object.domain !== "string" || object.domain.length)
                        message.domain = $String(object.domain);
                if (object.numbers) {
                    if (!$Array.isArray(object.numbers))
                        throw $TypeError(".ringmesh.v1.OrganisationSpec.numbers: array expected");
                    message.numbers = $Array(object.numbers.length);
                    for (let i = 0; i < object.numbers.length; ++i)
                        message.numbers[i] = $String(object.numbers[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an OrganisationSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {ringmesh.v1.OrganisationSpec} message OrganisationSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OrganisationSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.numbers = [];
                if (options.defaults)
                    object.domain = "";
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    object.domain = message.domain;
                if (message.numbers && message.numbers.length) {
                    object.numbers = $Array(message.numbers.length);
                    for (let j = 0; j < message.numbers.length; ++j)
                        object.numbers[j] = message.numbers[j];
                }
                return object;
            };

            /**
             * Converts this OrganisationSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.OrganisationSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OrganisationSpec.prototype.toJSON = function() {
                return OrganisationSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OrganisationSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.OrganisationSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OrganisationSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.OrganisationSpec";
            };

            return OrganisationSpec;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} ringmesh.v1.Device.$Properties
             * @property {string|null} [kind] Device kind
             * @property {string|null} [sipUser] Device sipUser
             * @property {string|null} [password] Device password
             * @property {string|null} [ha1] Device ha1
             * @property {string|null} [number] Device number
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof ringmesh.v1
             * @interface IDevice
             * @augments ringmesh.v1.Device.$Properties
             * @deprecated Use ringmesh.v1.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {ringmesh.v1.Device.$Properties} ringmesh.v1.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof ringmesh.v1
             * @classdesc Represents a Device.
             * @constructor
             * @param {ringmesh.v1.Device.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Device kind.
             * @member {string} kind
             * @memberof ringmesh.v1.Device
             * @instance
             */
            Device.prototype.kind = "";

            /**
             * Device sipUser.
             * @member {string} sipUser
             * @memberof ringmesh.v1.Device
             * @instance
             */
            Device.prototype.sipUser = "";

            /**
             * Device password.
             * @member {string} password
             * @memberof ringmesh.v1.Device
             * @instance
             */
            Device.prototype.password = "";

            /**
             * Device ha1.
             * @member {string} ha1
             * @memberof ringmesh.v1.Device
             * @instance
             */
            Device.prototype.ha1 = "";

            /**
             * Device number.
             * @member {string} number
             * @memberof ringmesh.v1.Device
             * @instance
             */
            Device.prototype.number = "";

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Device
             * @static
             * @param {ringmesh.v1.Device.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Device} Device instance
             * @type {{
             *   (properties: ringmesh.v1.Device.$Shape): ringmesh.v1.Device & ringmesh.v1.Device.$Shape;
             *   (properties?: ringmesh.v1.Device.$Properties): ringmesh.v1.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link ringmesh.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Device
             * @static
             * @param {ringmesh.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.sipUser != null && $Object.hasOwnProperty.call(message, "sipUser") && message.sipUser !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sipUser);
                if (message.password != null && $Object.hasOwnProperty.call(message, "password") && message.password !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.password);
                if (message.ha1 != null && $Object.hasOwnProperty.call(message, "ha1") && message.ha1 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ha1);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.number);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link ringmesh.v1.Device.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Device
             * @static
             * @param {ringmesh.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Device & ringmesh.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Device();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sipUser = value;
                            else
                                delete message.sipUser;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.password = value;
                            else
                                delete message.password;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ha1 = value;
                            else
                                delete message.ha1;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Device & ringmesh.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof ringmesh.v1.Device
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.sipUser != null && $Object.hasOwnProperty.call(message, "sipUser"))
                    if (!$util.isString(message.sipUser))
                        return "sipUser: string expected";
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    if (!$util.isString(message.password))
                        return "password: string expected";
                if (message.ha1 != null && $Object.hasOwnProperty.call(message, "ha1"))
                    if (!$util.isString(message.ha1))
                        return "ha1: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isString(message.number))
                        return "number: string expected";
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Device} Device
             */
            Device.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Device)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Device: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Device();
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.sipUser != null)
                    if (typeof object.sipUser !== "string" || object.sipUser.length)
                        message.sipUser = $String(object.sipUser);
                if (object.password != null)
                    if (typeof object.password !== "string" || object.password.length)
                        message.password = $String(object.password);
                if (object.ha1 != null)
                    if (typeof object.ha1 !== "string" || object.ha1.length)
                        message.ha1 = $String(object.ha1);
                if (object.number != null)
                    if (typeof object.number !== "string" || object.number.length)
                        message.number = $String(object.number);
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Device
             * @static
             * @param {ringmesh.v1.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = "";
                    object.sipUser = "";
                    object.password = "";
                    object.ha1 = "";
                    object.number = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.sipUser != null && $Object.hasOwnProperty.call(message, "sipUser"))
                    object.sipUser = message.sipUser;
                if (message.password != null && $Object.hasOwnProperty.call(message, "password"))
                    object.password = message.password;
                if (message.ha1 != null && $Object.hasOwnProperty.call(message, "ha1"))
                    object.ha1 = message.ha1;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Device
             * @function getTypeUrl
             * @memberof ringmesh.v1.Device
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Device.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Device";
            };

            return Device;
        })();

        v1.UserSpec = (function() {

            /**
             * Properties of a UserSpec.
             * @typedef {Object} ringmesh.v1.UserSpec.$Properties
             * @property {string|null} [displayName] UserSpec displayName
             * @property {string|null} [profile] UserSpec profile
             * @property {string|null} [presence] UserSpec presence
             * @property {Array.<ringmesh.v1.Device.$Properties>|null} [devices] UserSpec devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserSpec.
             * @memberof ringmesh.v1
             * @interface IUserSpec
             * @augments ringmesh.v1.UserSpec.$Properties
             * @deprecated Use ringmesh.v1.UserSpec.$Properties instead.
             */

            /**
             * Shape of a UserSpec.
             * @typedef {ringmesh.v1.UserSpec.$Properties} ringmesh.v1.UserSpec.$Shape
             */

            /**
             * Constructs a new UserSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents a UserSpec.
             * @constructor
             * @param {ringmesh.v1.UserSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserSpec = function (properties) {
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserSpec displayName.
             * @member {string} displayName
             * @memberof ringmesh.v1.UserSpec
             * @instance
             */
            UserSpec.prototype.displayName = "";

            /**
             * UserSpec profile.
             * @member {string|null|undefined} profile
             * @memberof ringmesh.v1.UserSpec
             * @instance
             */
            UserSpec.prototype.profile = null;

            /**
             * UserSpec presence.
             * @member {string|null|undefined} presence
             * @memberof ringmesh.v1.UserSpec
             * @instance
             */
            UserSpec.prototype.presence = null;

            /**
             * UserSpec devices.
             * @member {Array.<ringmesh.v1.Device.$Properties>} devices
             * @memberof ringmesh.v1.UserSpec
             * @instance
             */
            UserSpec.prototype.devices = $util.emptyArray;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserSpec.prototype, "_profile", {
                get: $util.oneOfGetter($oneOfFields = ["profile"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(UserSpec.prototype, "_presence", {
                get: $util.oneOfGetter($oneOfFields = ["presence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UserSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {ringmesh.v1.UserSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.UserSpec} UserSpec instance
             * @type {{
             *   (properties: ringmesh.v1.UserSpec.$Shape): ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape;
             *   (properties?: ringmesh.v1.UserSpec.$Properties): ringmesh.v1.UserSpec;
             * }}
             */
            UserSpec.create = function(properties) {
                return new UserSpec(properties);
            };

            /**
             * Encodes the specified UserSpec message. Does not implicitly {@link ringmesh.v1.UserSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {ringmesh.v1.UserSpec.$Properties} message UserSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.displayName);
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.profile);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.presence);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.ringmesh.v1.Device.encode(message.devices[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified UserSpec message, length delimited. Does not implicitly {@link ringmesh.v1.UserSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {ringmesh.v1.UserSpec.$Properties} message UserSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a UserSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape} UserSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.UserSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.profile = reader.stringVerify();
                            message._profile = "profile";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.presence = reader.stringVerify();
                            message._presence = "presence";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.ringmesh.v1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a UserSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.UserSpec & ringmesh.v1.UserSpec.$Shape} UserSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a UserSpec message.
             * @function verify
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UserSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile")) {
                    properties._profile = 1;
                    if (!$util.isString(message.profile))
                        return "profile: string expected";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    properties._presence = 1;
                    if (!$util.isString(message.presence))
                        return "presence: string expected";
                }
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.ringmesh.v1.Device.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a UserSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.UserSpec} UserSpec
             */
            UserSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.UserSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.UserSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.UserSpec();
                if (object.displayName != null)
                    if (typeof object.displayName !== "string" || object.displayName.length)
                        message.displayName = $String(object.displayName);
                if (object.profile != null)
                    message.profile = $String(object.profile);
                if (object.presence != null)
                    message.presence = $String(object.presence);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".ringmesh.v1.UserSpec.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".ringmesh.v1.UserSpec.devices: object expected");
                        message.devices[i] = $root.ringmesh.v1.Device.fromObject(object.devices[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a UserSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {ringmesh.v1.UserSpec} message UserSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.devices = [];
                if (options.defaults)
                    object.displayName = "";
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                    object.profile = message.profile;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = message.presence;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.ringmesh.v1.Device.toObject(message.devices[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this UserSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.UserSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserSpec.prototype.toJSON = function() {
                return UserSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UserSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.UserSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UserSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.UserSpec";
            };

            return UserSpec;
        })();

        v1.AnnouncementSpec = (function() {

            /**
             * Properties of an AnnouncementSpec.
             * @typedef {Object} ringmesh.v1.AnnouncementSpec.$Properties
             * @property {string|null} [file] AnnouncementSpec file
             * @property {string|null} [sha256] AnnouncementSpec sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnnouncementSpec.
             * @memberof ringmesh.v1
             * @interface IAnnouncementSpec
             * @augments ringmesh.v1.AnnouncementSpec.$Properties
             * @deprecated Use ringmesh.v1.AnnouncementSpec.$Properties instead.
             */

            /**
             * Shape of an AnnouncementSpec.
             * @typedef {ringmesh.v1.AnnouncementSpec.$Properties} ringmesh.v1.AnnouncementSpec.$Shape
             */

            /**
             * Constructs a new AnnouncementSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents an AnnouncementSpec.
             * @constructor
             * @param {ringmesh.v1.AnnouncementSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnnouncementSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnnouncementSpec file.
             * @member {string} file
             * @memberof ringmesh.v1.AnnouncementSpec
             * @instance
             */
            AnnouncementSpec.prototype.file = "";

            /**
             * AnnouncementSpec sha256.
             * @member {string} sha256
             * @memberof ringmesh.v1.AnnouncementSpec
             * @instance
             */
            AnnouncementSpec.prototype.sha256 = "";

            /**
             * Creates a new AnnouncementSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {ringmesh.v1.AnnouncementSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.AnnouncementSpec} AnnouncementSpec instance
             * @type {{
             *   (properties: ringmesh.v1.AnnouncementSpec.$Shape): ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape;
             *   (properties?: ringmesh.v1.AnnouncementSpec.$Properties): ringmesh.v1.AnnouncementSpec;
             * }}
             */
            AnnouncementSpec.create = function(properties) {
                return new AnnouncementSpec(properties);
            };

            /**
             * Encodes the specified AnnouncementSpec message. Does not implicitly {@link ringmesh.v1.AnnouncementSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {ringmesh.v1.AnnouncementSpec.$Properties} message AnnouncementSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnouncementSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.file != null && $Object.hasOwnProperty.call(message, "file") && message.file !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.file);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AnnouncementSpec message, length delimited. Does not implicitly {@link ringmesh.v1.AnnouncementSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {ringmesh.v1.AnnouncementSpec.$Properties} message AnnouncementSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnouncementSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AnnouncementSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape} AnnouncementSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnouncementSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.AnnouncementSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.file = value;
                            else
                                delete message.file;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AnnouncementSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnnouncementSpec & ringmesh.v1.AnnouncementSpec.$Shape} AnnouncementSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnouncementSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AnnouncementSpec message.
             * @function verify
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnnouncementSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    if (!$util.isString(message.file))
                        return "file: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                return null;
            };

            /**
             * Creates an AnnouncementSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.AnnouncementSpec} AnnouncementSpec
             */
            AnnouncementSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.AnnouncementSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.AnnouncementSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.AnnouncementSpec();
                if (object.file != null)
                    if (typeof object.file !== "string" || object.file.length)
                        message.file = $String(object.file);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from an AnnouncementSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {ringmesh.v1.AnnouncementSpec} message AnnouncementSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnnouncementSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.file = "";
                    object.sha256 = "";
                }
                if (message.file != null && $Object.hasOwnProperty.call(message, "file"))
                    object.file = message.file;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this AnnouncementSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.AnnouncementSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnnouncementSpec.prototype.toJSON = function() {
                return AnnouncementSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnnouncementSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.AnnouncementSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnnouncementSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.AnnouncementSpec";
            };

            return AnnouncementSpec;
        })();

        v1.WeeklyInterval = (function() {

            /**
             * Properties of a WeeklyInterval.
             * @typedef {Object} ringmesh.v1.WeeklyInterval.$Properties
             * @property {Array.<string>|null} [days] WeeklyInterval days
             * @property {string|null} [open] WeeklyInterval open
             * @property {string|null} [close] WeeklyInterval close
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WeeklyInterval.
             * @memberof ringmesh.v1
             * @interface IWeeklyInterval
             * @augments ringmesh.v1.WeeklyInterval.$Properties
             * @deprecated Use ringmesh.v1.WeeklyInterval.$Properties instead.
             */

            /**
             * Shape of a WeeklyInterval.
             * @typedef {ringmesh.v1.WeeklyInterval.$Properties} ringmesh.v1.WeeklyInterval.$Shape
             */

            /**
             * Constructs a new WeeklyInterval.
             * @memberof ringmesh.v1
             * @classdesc Represents a WeeklyInterval.
             * @constructor
             * @param {ringmesh.v1.WeeklyInterval.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WeeklyInterval = function (properties) {
                this.days = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WeeklyInterval days.
             * @member {Array.<string>} days
             * @memberof ringmesh.v1.WeeklyInterval
             * @instance
             */
            WeeklyInterval.prototype.days = $util.emptyArray;

            /**
             * WeeklyInterval open.
             * @member {string} open
             * @memberof ringmesh.v1.WeeklyInterval
             * @instance
             */
            WeeklyInterval.prototype.open = "";

            /**
             * WeeklyInterval close.
             * @member {string} close
             * @memberof ringmesh.v1.WeeklyInterval
             * @instance
             */
            WeeklyInterval.prototype.close = "";

            /**
             * Creates a new WeeklyInterval instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {ringmesh.v1.WeeklyInterval.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.WeeklyInterval} WeeklyInterval instance
             * @type {{
             *   (properties: ringmesh.v1.WeeklyInterval.$Shape): ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape;
             *   (properties?: ringmesh.v1.WeeklyInterval.$Properties): ringmesh.v1.WeeklyInterval;
             * }}
             */
            WeeklyInterval.create = function(properties) {
                return new WeeklyInterval(properties);
            };

            /**
             * Encodes the specified WeeklyInterval message. Does not implicitly {@link ringmesh.v1.WeeklyInterval.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {ringmesh.v1.WeeklyInterval.$Properties} message WeeklyInterval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WeeklyInterval.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.days != null && message.days.length)
                    for (let i = 0; i < message.days.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.days[i]);
                if (message.open != null && $Object.hasOwnProperty.call(message, "open") && message.open !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.open);
                if (message.close != null && $Object.hasOwnProperty.call(message, "close") && message.close !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.close);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified WeeklyInterval message, length delimited. Does not implicitly {@link ringmesh.v1.WeeklyInterval.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {ringmesh.v1.WeeklyInterval.$Properties} message WeeklyInterval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WeeklyInterval.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WeeklyInterval message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape} WeeklyInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WeeklyInterval.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.WeeklyInterval();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.days && message.days.length))
                                message.days = [];
                            message.days.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.open = value;
                            else
                                delete message.open;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.close = value;
                            else
                                delete message.close;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a WeeklyInterval message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.WeeklyInterval & ringmesh.v1.WeeklyInterval.$Shape} WeeklyInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WeeklyInterval.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WeeklyInterval message.
             * @function verify
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WeeklyInterval.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.days != null && $Object.hasOwnProperty.call(message, "days")) {
                    if (!$Array.isArray(message.days))
                        return "days: array expected";
                    for (let i = 0; i < message.days.length; ++i)
                        if (!$util.isString(message.days[i]))
                            return "days: string[] expected";
                }
                if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                    if (!$util.isString(message.open))
                        return "open: string expected";
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    if (!$util.isString(message.close))
                        return "close: string expected";
                return null;
            };

            /**
             * Creates a WeeklyInterval message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.WeeklyInterval} WeeklyInterval
             */
            WeeklyInterval.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.WeeklyInterval)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.WeeklyInterval: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.WeeklyInterval();
                if (object.days) {
                    if (!$Array.isArray(object.days))
                        throw $TypeError(".ringmesh.v1.WeeklyInterval.days: array expected");
                    message.days = $Array(object.days.length);
                    for (let i = 0; i < object.days.length; ++i)
                        message.days[i] = $String(object.days[i]);
                }
                if (object.open != null)
                    if (typeof object.open !== "string" || object.open.length)
                        message.open = $String(object.open);
                if (object.close != null)
                    if (typeof object.close !== "string" || object.close.length)
                        message.close = $String(object.close);
                return message;
            };

            /**
             * Creates a plain object from a WeeklyInterval message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {ringmesh.v1.WeeklyInterval} message WeeklyInterval
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WeeklyInterval.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.days = [];
                if (options.defaults) {
                    object.open = "";
                    object.close = "";
                }
                if (message.days && message.days.length) {
                    object.days = $Array(message.days.length);
                    for (let j = 0; j < message.days.length; ++j)
                        object.days[j] = message.days[j];
                }
                if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                    object.open = message.open;
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    object.close = message.close;
                return object;
            };

            /**
             * Converts this WeeklyInterval to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.WeeklyInterval
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WeeklyInterval.prototype.toJSON = function() {
                return WeeklyInterval.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WeeklyInterval
             * @function getTypeUrl
             * @memberof ringmesh.v1.WeeklyInterval
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WeeklyInterval.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.WeeklyInterval";
            };

            return WeeklyInterval;
        })();

        v1.ScheduleException = (function() {

            /**
             * Properties of a ScheduleException.
             * @typedef {Object} ringmesh.v1.ScheduleException.$Properties
             * @property {string|null} [date] ScheduleException date
             * @property {boolean|null} [closed] ScheduleException closed
             * @property {string|null} [open] ScheduleException open
             * @property {string|null} [close] ScheduleException close
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScheduleException.
             * @memberof ringmesh.v1
             * @interface IScheduleException
             * @augments ringmesh.v1.ScheduleException.$Properties
             * @deprecated Use ringmesh.v1.ScheduleException.$Properties instead.
             */

            /**
             * Shape of a ScheduleException.
             * @typedef {ringmesh.v1.ScheduleException.$Properties} ringmesh.v1.ScheduleException.$Shape
             */

            /**
             * Constructs a new ScheduleException.
             * @memberof ringmesh.v1
             * @classdesc Represents a ScheduleException.
             * @constructor
             * @param {ringmesh.v1.ScheduleException.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScheduleException = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ScheduleException date.
             * @member {string} date
             * @memberof ringmesh.v1.ScheduleException
             * @instance
             */
            ScheduleException.prototype.date = "";

            /**
             * ScheduleException closed.
             * @member {boolean|null|undefined} closed
             * @memberof ringmesh.v1.ScheduleException
             * @instance
             */
            ScheduleException.prototype.closed = null;

            /**
             * ScheduleException open.
             * @member {string} open
             * @memberof ringmesh.v1.ScheduleException
             * @instance
             */
            ScheduleException.prototype.open = "";

            /**
             * ScheduleException close.
             * @member {string} close
             * @memberof ringmesh.v1.ScheduleException
             * @instance
             */
            ScheduleException.prototype.close = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ScheduleException.prototype, "_closed", {
                get: $util.oneOfGetter($oneOfFields = ["closed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ScheduleException instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {ringmesh.v1.ScheduleException.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ScheduleException} ScheduleException instance
             * @type {{
             *   (properties: ringmesh.v1.ScheduleException.$Shape): ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape;
             *   (properties?: ringmesh.v1.ScheduleException.$Properties): ringmesh.v1.ScheduleException;
             * }}
             */
            ScheduleException.create = function(properties) {
                return new ScheduleException(properties);
            };

            /**
             * Encodes the specified ScheduleException message. Does not implicitly {@link ringmesh.v1.ScheduleException.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {ringmesh.v1.ScheduleException.$Properties} message ScheduleException message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScheduleException.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.date != null && $Object.hasOwnProperty.call(message, "date") && message.date !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.date);
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.closed);
                if (message.open != null && $Object.hasOwnProperty.call(message, "open") && message.open !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.open);
                if (message.close != null && $Object.hasOwnProperty.call(message, "close") && message.close !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.close);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ScheduleException message, length delimited. Does not implicitly {@link ringmesh.v1.ScheduleException.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {ringmesh.v1.ScheduleException.$Properties} message ScheduleException message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScheduleException.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ScheduleException message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape} ScheduleException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScheduleException.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ScheduleException();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.date = value;
                            else
                                delete message.date;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.closed = reader.bool();
                            message._closed = "closed";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.open = value;
                            else
                                delete message.open;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.close = value;
                            else
                                delete message.close;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ScheduleException message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ScheduleException & ringmesh.v1.ScheduleException.$Shape} ScheduleException
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScheduleException.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ScheduleException message.
             * @function verify
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ScheduleException.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.date != null && $Object.hasOwnProperty.call(message, "date"))
                    if (!$util.isString(message.date))
                        return "date: string expected";
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed")) {
                    properties._closed = 1;
                    if (typeof message.closed !== "boolean")
                        return "closed: boolean expected";
                }
                if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                    if (!$util.isString(message.open))
                        return "open: string expected";
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    if (!$util.isString(message.close))
                        return "close: string expected";
                return null;
            };

            /**
             * Creates a ScheduleException message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ScheduleException} ScheduleException
             */
            ScheduleException.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ScheduleException)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ScheduleException: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ScheduleException();
                if (object.date != null)
                    if (typeof object.date !== "string" || object.date.length)
                        message.date = $String(object.date);
                if (object.closed != null)
                    message.closed = $Boolean(object.closed);
                if (object.open != null)
                    if (typeof object.open !== "string" || object.open.length)
                        message.open = $String(object.open);
                if (object.close != null)
                    if (typeof object.close !== "string" || object.close.length)
                        message.close = $String(object.close);
                return message;
            };

            /**
             * Creates a plain object from a ScheduleException message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {ringmesh.v1.ScheduleException} message ScheduleException
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ScheduleException.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.date = "";
                    object.open = "";
                    object.close = "";
                }
                if (message.date != null && $Object.hasOwnProperty.call(message, "date"))
                    object.date = message.date;
                if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                    object.closed = message.closed;
                if (message.open != null && $Object.hasOwnProperty.call(message, "open"))
                    object.open = message.open;
                if (message.close != null && $Object.hasOwnProperty.call(message, "close"))
                    object.close = message.close;
                return object;
            };

            /**
             * Converts this ScheduleException to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ScheduleException
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ScheduleException.prototype.toJSON = function() {
                return ScheduleException.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ScheduleException
             * @function getTypeUrl
             * @memberof ringmesh.v1.ScheduleException
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ScheduleException.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ScheduleException";
            };

            return ScheduleException;
        })();

        v1.ScheduleSpec = (function() {

            /**
             * Properties of a ScheduleSpec.
             * @typedef {Object} ringmesh.v1.ScheduleSpec.$Properties
             * @property {string|null} [timeZone] ScheduleSpec timeZone
             * @property {Array.<ringmesh.v1.WeeklyInterval.$Properties>|null} [weekly] ScheduleSpec weekly
             * @property {Array.<ringmesh.v1.ScheduleException.$Properties>|null} [exceptions] ScheduleSpec exceptions
             * @property {ringmesh.v1.Destination.$Properties|null} [closedDestination] ScheduleSpec closedDestination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ScheduleSpec.
             * @memberof ringmesh.v1
             * @interface IScheduleSpec
             * @augments ringmesh.v1.ScheduleSpec.$Properties
             * @deprecated Use ringmesh.v1.ScheduleSpec.$Properties instead.
             */

            /**
             * Shape of a ScheduleSpec.
             * @typedef {ringmesh.v1.ScheduleSpec.$Properties} ringmesh.v1.ScheduleSpec.$Shape
             */

            /**
             * Constructs a new ScheduleSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents a ScheduleSpec.
             * @constructor
             * @param {ringmesh.v1.ScheduleSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ScheduleSpec = function (properties) {
                this.weekly = [];
                this.exceptions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ScheduleSpec timeZone.
             * @member {string} timeZone
             * @memberof ringmesh.v1.ScheduleSpec
             * @instance
             */
            ScheduleSpec.prototype.timeZone = "";

            /**
             * ScheduleSpec weekly.
             * @member {Array.<ringmesh.v1.WeeklyInterval.$Properties>} weekly
             * @memberof ringmesh.v1.ScheduleSpec
             * @instance
             */
            ScheduleSpec.prototype.weekly = $util.emptyArray;

            /**
             * ScheduleSpec exceptions.
             * @member {Array.<ringmesh.v1.ScheduleException.$Properties>} exceptions
             * @memberof ringmesh.v1.ScheduleSpec
             * @instance
             */
            ScheduleSpec.prototype.exceptions = $util.emptyArray;

            /**
             * ScheduleSpec closedDestination.
             * @member {ringmesh.v1.Destination.$Properties|null|undefined} closedDestination
             * @memberof ringmesh.v1.ScheduleSpec
             * @instance
             */
            ScheduleSpec.prototype.closedDestination = null;

            /**
             * Creates a new ScheduleSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {ringmesh.v1.ScheduleSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.ScheduleSpec} ScheduleSpec instance
             * @type {{
             *   (properties: ringmesh.v1.ScheduleSpec.$Shape): ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape;
             *   (properties?: ringmesh.v1.ScheduleSpec.$Properties): ringmesh.v1.ScheduleSpec;
             * }}
             */
            ScheduleSpec.create = function(properties) {
                return new ScheduleSpec(properties);
            };

            /**
             * Encodes the specified ScheduleSpec message. Does not implicitly {@link ringmesh.v1.ScheduleSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {ringmesh.v1.ScheduleSpec.$Properties} message ScheduleSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScheduleSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone") && message.timeZone !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.timeZone);
                if (message.weekly != null && message.weekly.length)
                    for (let i = 0; i < message.weekly.length; ++i)
                        $root.ringmesh.v1.WeeklyInterval.encode(message.weekly[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.exceptions != null && message.exceptions.length)
                    for (let i = 0; i < message.exceptions.length; ++i)
                        $root.ringmesh.v1.ScheduleException.encode(message.exceptions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.closedDestination != null && $Object.hasOwnProperty.call(message, "closedDestination"))
                    $root.ringmesh.v1.Destination.encode(message.closedDestination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ScheduleSpec message, length delimited. Does not implicitly {@link ringmesh.v1.ScheduleSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {ringmesh.v1.ScheduleSpec.$Properties} message ScheduleSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ScheduleSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ScheduleSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape} ScheduleSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScheduleSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.ScheduleSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.timeZone = value;
                            else
                                delete message.timeZone;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.weekly && message.weekly.length))
                                message.weekly = [];
                            message.weekly.push($root.ringmesh.v1.WeeklyInterval.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.exceptions && message.exceptions.length))
                                message.exceptions = [];
                            message.exceptions.push($root.ringmesh.v1.ScheduleException.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.closedDestination = $root.ringmesh.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.closedDestination);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a ScheduleSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.ScheduleSpec & ringmesh.v1.ScheduleSpec.$Shape} ScheduleSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ScheduleSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ScheduleSpec message.
             * @function verify
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ScheduleSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone"))
                    if (!$util.isString(message.timeZone))
                        return "timeZone: string expected";
                if (message.weekly != null && $Object.hasOwnProperty.call(message, "weekly")) {
                    if (!$Array.isArray(message.weekly))
                        return "weekly: array expected";
                    for (let i = 0; i < message.weekly.length; ++i) {
                        let error = $root.ringmesh.v1.WeeklyInterval.verify(message.weekly[i], _depth + 1);
                        if (error)
                            return "weekly." + error;
                    }
                }
                if (message.exceptions != null && $Object.hasOwnProperty.call(message, "exceptions")) {
                    if (!$Array.isArray(message.exceptions))
                        return "exceptions: array expected";
                    for (let i = 0; i < message.exceptions.length; ++i) {
                        let error = $root.ringmesh.v1.ScheduleException.verify(message.exceptions[i], _depth + 1);
                        if (error)
                            return "exceptions." + error;
                    }
                }
                if (message.closedDestination != null && $Object.hasOwnProperty.call(message, "closedDestination")) {
                    let error = $root.ringmesh.v1.Destination.verify(message.closedDestination, _depth + 1);
                    if (error)
                        return "closedDestination." + error;
                }
                return null;
            };

            /**
             * Creates a ScheduleSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.ScheduleSpec} ScheduleSpec
             */
            ScheduleSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.ScheduleSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.ScheduleSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.ScheduleSpec();
                if (object.timeZone != null)
                    if (typeof object.timeZone !== "string" || object.timeZone.length)
                        message.timeZone = $String(object.timeZone);
                if (object.weekly) {
                    if (!$Array.isArray(object.weekly))
                        throw $TypeError(".ringmesh.v1.ScheduleSpec.weekly: array expected");
                    message.weekly = $Array(object.weekly.length);
                    for (let i = 0; i < object.weekly.length; ++i) {
                        if (!$util.isObject(object.weekly[i]))
                            throw $TypeError(".ringmesh.v1.ScheduleSpec.weekly: object expected");
                        message.weekly[i] = $root.ringmesh.v1.WeeklyInterval.fromObject(object.weekly[i], _depth + 1);
                    }
                }
                if (object.exceptions) {
                    if (!$Array.isArray(object.exceptions))
                        throw $TypeError(".ringmesh.v1.ScheduleSpec.exceptions: array expected");
                    message.exceptions = $Array(object.exceptions.length);
                    for (let i = 0; i < object.exceptions.length; ++i) {
                        if (!$util.isObject(object.exceptions[i]))
                            throw $TypeError(".ringmesh.v1.ScheduleSpec.exceptions: object expected");
                        message.exceptions[i] = $root.ringmesh.v1.ScheduleException.fromObject(object.exceptions[i], _depth + 1);
                    }
                }
                if (object.closedDestination != null) {
                    if (!$util.isObject(object.closedDestination))
                        throw $TypeError(".ringmesh.v1.ScheduleSpec.closedDestination: object expected");
                    message.closedDestination = $root.ringmesh.v1.Destination.fromObject(object.closedDestination, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ScheduleSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {ringmesh.v1.ScheduleSpec} message ScheduleSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ScheduleSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.weekly = [];
                    object.exceptions = [];
                }
                if (options.defaults) {
                    object.timeZone = "";
                    object.closedDestination = null;
                }
                if (message.timeZone != null && $Object.hasOwnProperty.call(message, "timeZone"))
                    object.timeZone = message.timeZone;
                if (message.weekly && message.weekly.length) {
                    object.weekly = $Array(message.weekly.length);
                    for (let j = 0; j < message.weekly.length; ++j)
                        object.weekly[j] = $root.ringmesh.v1.WeeklyInterval.toObject(message.weekly[j], options, _depth + 1);
                }
                if (message.exceptions && message.exceptions.length) {
                    object.exceptions = $Array(message.exceptions.length);
                    for (let j = 0; j < message.exceptions.length; ++j)
                        object.exceptions[j] = $root.ringmesh.v1.ScheduleException.toObject(message.exceptions[j], options, _depth + 1);
                }
                if (message.closedDestination != null && $Object.hasOwnProperty.call(message, "closedDestination"))
                    object.closedDestination = $root.ringmesh.v1.Destination.toObject(message.closedDestination, options, _depth + 1);
                return object;
            };

            /**
             * Converts this ScheduleSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.ScheduleSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ScheduleSpec.prototype.toJSON = function() {
                return ScheduleSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ScheduleSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.ScheduleSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ScheduleSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.ScheduleSpec";
            };

            return ScheduleSpec;
        })();

        v1.IvrMenuSpec = (function() {

            /**
             * Properties of an IvrMenuSpec.
             * @typedef {Object} ringmesh.v1.IvrMenuSpec.$Properties
             * @property {string|null} [prompt] IvrMenuSpec prompt
             * @property {Object.<string,ringmesh.v1.Destination.$Properties>|null} [options] IvrMenuSpec options
             * @property {number|null} [timeoutSeconds] IvrMenuSpec timeoutSeconds
             * @property {number|null} [retries] IvrMenuSpec retries
             * @property {string|null} [invalidPrompt] IvrMenuSpec invalidPrompt
             * @property {ringmesh.v1.Destination.$Properties|null} [defaultDestination] IvrMenuSpec defaultDestination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IvrMenuSpec.
             * @memberof ringmesh.v1
             * @interface IIvrMenuSpec
             * @augments ringmesh.v1.IvrMenuSpec.$Properties
             * @deprecated Use ringmesh.v1.IvrMenuSpec.$Properties instead.
             */

            /**
             * Shape of an IvrMenuSpec.
             * @typedef {ringmesh.v1.IvrMenuSpec.$Properties} ringmesh.v1.IvrMenuSpec.$Shape
             */

            /**
             * Constructs a new IvrMenuSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents an IvrMenuSpec.
             * @constructor
             * @param {ringmesh.v1.IvrMenuSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IvrMenuSpec = function (properties) {
                this.options = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IvrMenuSpec prompt.
             * @member {string} prompt
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.prompt = "";

            /**
             * IvrMenuSpec options.
             * @member {Object.<string,ringmesh.v1.Destination.$Properties>} options
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.options = $util.emptyObject;

            /**
             * IvrMenuSpec timeoutSeconds.
             * @member {number|null|undefined} timeoutSeconds
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.timeoutSeconds = null;

            /**
             * IvrMenuSpec retries.
             * @member {number|null|undefined} retries
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.retries = null;

            /**
             * IvrMenuSpec invalidPrompt.
             * @member {string} invalidPrompt
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.invalidPrompt = "";

            /**
             * IvrMenuSpec defaultDestination.
             * @member {ringmesh.v1.Destination.$Properties|null|undefined} defaultDestination
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             */
            IvrMenuSpec.prototype.defaultDestination = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IvrMenuSpec.prototype, "_timeoutSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["timeoutSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(IvrMenuSpec.prototype, "_retries", {
                get: $util.oneOfGetter($oneOfFields = ["retries"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new IvrMenuSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {ringmesh.v1.IvrMenuSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.IvrMenuSpec} IvrMenuSpec instance
             * @type {{
             *   (properties: ringmesh.v1.IvrMenuSpec.$Shape): ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape;
             *   (properties?: ringmesh.v1.IvrMenuSpec.$Properties): ringmesh.v1.IvrMenuSpec;
             * }}
             */
            IvrMenuSpec.create = function(properties) {
                return new IvrMenuSpec(properties);
            };

            /**
             * Encodes the specified IvrMenuSpec message. Does not implicitly {@link ringmesh.v1.IvrMenuSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {ringmesh.v1.IvrMenuSpec.$Properties} message IvrMenuSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IvrMenuSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.prompt);
                if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                    for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.ringmesh.v1.Destination.encode(message.options[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.timeoutSeconds);
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.retries);
                if (message.invalidPrompt != null && $Object.hasOwnProperty.call(message, "invalidPrompt") && message.invalidPrompt !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.invalidPrompt);
                if (message.defaultDestination != null && $Object.hasOwnProperty.call(message, "defaultDestination"))
                    $root.ringmesh.v1.Destination.encode(message.defaultDestination, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified IvrMenuSpec message, length delimited. Does not implicitly {@link ringmesh.v1.IvrMenuSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {ringmesh.v1.IvrMenuSpec.$Properties} message IvrMenuSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IvrMenuSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an IvrMenuSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape} IvrMenuSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IvrMenuSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.IvrMenuSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.options === $util.emptyObject)
                                message.options = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.ringmesh.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.options, key);
                            message.options[key] = value || new $root.ringmesh.v1.Destination();
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.timeoutSeconds = reader.int32();
                            message._timeoutSeconds = "timeoutSeconds";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.retries = reader.int32();
                            message._retries = "retries";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.invalidPrompt = value;
                            else
                                delete message.invalidPrompt;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.defaultDestination = $root.ringmesh.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.defaultDestination);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an IvrMenuSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.IvrMenuSpec & ringmesh.v1.IvrMenuSpec.$Shape} IvrMenuSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IvrMenuSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an IvrMenuSpec message.
             * @function verify
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IvrMenuSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                    if (!$util.isObject(message.options))
                        return "options: object expected";
                    let key = $Object.keys(message.options);
                    for (let i = 0; i < key.length; ++i) {
                        let error = $root.ringmesh.v1.Destination.verify(message.options[key[i]], _depth + 1);
                        if (error)
                            return "options." + error;
                    }
                }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds")) {
                    properties._timeoutSeconds = 1;
                    if (!$util.isInteger(message.timeoutSeconds))
                        return "timeoutSeconds: integer expected";
                }
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries")) {
                    properties._retries = 1;
                    if (!$util.isInteger(message.retries))
                        return "retries: integer expected";
                }
                if (message.invalidPrompt != null && $Object.hasOwnProperty.call(message, "invalidPrompt"))
                    if (!$util.isString(message.invalidPrompt))
                        return "invalidPrompt: string expected";
                if (message.defaultDestination != null && $Object.hasOwnProperty.call(message, "defaultDestination")) {
                    let error = $root.ringmesh.v1.Destination.verify(message.defaultDestination, _depth + 1);
                    if (error)
                        return "defaultDestination." + error;
                }
                return null;
            };

            /**
             * Creates an IvrMenuSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.IvrMenuSpec} IvrMenuSpec
             */
            IvrMenuSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.IvrMenuSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.IvrMenuSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.IvrMenuSpec();
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                if (object.options) {
                    if (!$util.isObject(object.options))
                        throw $TypeError(".ringmesh.v1.IvrMenuSpec.options: object expected");
                    message.options = {};
                    for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.options, keys[i]);
                        if (!$util.isObject(object.options[keys[i]]))
                            throw $TypeError(".ringmesh.v1.IvrMenuSpec.options: object expected");
                        message.options[keys[i]] = $root.ringmesh.v1.Destination.fromObject(object.options[keys[i]], _depth + 1);
                    }
                }
                if (object.timeoutSeconds != null)
                    message.timeoutSeconds = object.timeoutSeconds | 0;
                if (object.retries != null)
                    message.retries = object.retries | 0;
                if (object.invalidPrompt != null)
                    if (typeof object.invalidPrompt !== "string" || object.invalidPrompt.length)
                        message.invalidPrompt = $String(object.invalidPrompt);
                if (object.defaultDestination != null) {
                    if (!$util.isObject(object.defaultDestination))
                        throw $TypeError(".ringmesh.v1.IvrMenuSpec.defaultDestination: object expected");
                    message.defaultDestination = $root.ringmesh.v1.Destination.fromObject(object.defaultDestination, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an IvrMenuSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {ringmesh.v1.IvrMenuSpec} message IvrMenuSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IvrMenuSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.options = {};
                if (options.defaults) {
                    object.prompt = "";
                    object.invalidPrompt = "";
                    object.defaultDestination = null;
                }
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                let keys2;
                if (message.options && (keys2 = $Object.keys(message.options)).length) {
                    object.options = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.options, keys2[j]);
                        object.options[keys2[j]] = $root.ringmesh.v1.Destination.toObject(message.options[keys2[j]], options, _depth + 1);
                    }
                }
                if (message.timeoutSeconds != null && $Object.hasOwnProperty.call(message, "timeoutSeconds"))
                    object.timeoutSeconds = message.timeoutSeconds;
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                    object.retries = message.retries;
                if (message.invalidPrompt != null && $Object.hasOwnProperty.call(message, "invalidPrompt"))
                    object.invalidPrompt = message.invalidPrompt;
                if (message.defaultDestination != null && $Object.hasOwnProperty.call(message, "defaultDestination"))
                    object.defaultDestination = $root.ringmesh.v1.Destination.toObject(message.defaultDestination, options, _depth + 1);
                return object;
            };

            /**
             * Converts this IvrMenuSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.IvrMenuSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IvrMenuSpec.prototype.toJSON = function() {
                return IvrMenuSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IvrMenuSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.IvrMenuSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IvrMenuSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.IvrMenuSpec";
            };

            return IvrMenuSpec;
        })();

        v1.OfferedNumber = (function() {

            /**
             * Properties of an OfferedNumber.
             * @typedef {Object} ringmesh.v1.OfferedNumber.$Properties
             * @property {string|null} [show] OfferedNumber show
             * @property {string|null} [prefix] OfferedNumber prefix
             * @property {string|null} [suffix] OfferedNumber suffix
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfferedNumber.
             * @memberof ringmesh.v1
             * @interface IOfferedNumber
             * @augments ringmesh.v1.OfferedNumber.$Properties
             * @deprecated Use ringmesh.v1.OfferedNumber.$Properties instead.
             */

            /**
             * Shape of an OfferedNumber.
             * @typedef {ringmesh.v1.OfferedNumber.$Properties} ringmesh.v1.OfferedNumber.$Shape
             */

            /**
             * Constructs a new OfferedNumber.
             * @memberof ringmesh.v1
             * @classdesc Represents an OfferedNumber.
             * @constructor
             * @param {ringmesh.v1.OfferedNumber.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfferedNumber = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfferedNumber show.
             * @member {string|null|undefined} show
             * @memberof ringmesh.v1.OfferedNumber
             * @instance
             */
            OfferedNumber.prototype.show = null;

            /**
             * OfferedNumber prefix.
             * @member {string} prefix
             * @memberof ringmesh.v1.OfferedNumber
             * @instance
             */
            OfferedNumber.prototype.prefix = "";

            /**
             * OfferedNumber suffix.
             * @member {string} suffix
             * @memberof ringmesh.v1.OfferedNumber
             * @instance
             */
            OfferedNumber.prototype.suffix = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(OfferedNumber.prototype, "_show", {
                get: $util.oneOfGetter($oneOfFields = ["show"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new OfferedNumber instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {ringmesh.v1.OfferedNumber.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.OfferedNumber} OfferedNumber instance
             * @type {{
             *   (properties: ringmesh.v1.OfferedNumber.$Shape): ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape;
             *   (properties?: ringmesh.v1.OfferedNumber.$Properties): ringmesh.v1.OfferedNumber;
             * }}
             */
            OfferedNumber.create = function(properties) {
                return new OfferedNumber(properties);
            };

            /**
             * Encodes the specified OfferedNumber message. Does not implicitly {@link ringmesh.v1.OfferedNumber.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {ringmesh.v1.OfferedNumber.$Properties} message OfferedNumber message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfferedNumber.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.show != null && $Object.hasOwnProperty.call(message, "show"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.show);
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix") && message.prefix !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.prefix);
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix") && message.suffix !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.suffix);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified OfferedNumber message, length delimited. Does not implicitly {@link ringmesh.v1.OfferedNumber.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {ringmesh.v1.OfferedNumber.$Properties} message OfferedNumber message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfferedNumber.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an OfferedNumber message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape} OfferedNumber
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfferedNumber.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.OfferedNumber();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.show = reader.stringVerify();
                            message._show = "show";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prefix = value;
                            else
                                delete message.prefix;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.suffix = value;
                            else
                                delete message.suffix;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an OfferedNumber message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.OfferedNumber & ringmesh.v1.OfferedNumber.$Shape} OfferedNumber
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfferedNumber.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an OfferedNumber message.
             * @function verify
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OfferedNumber.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.show != null && $Object.hasOwnProperty.call(message, "show")) {
                    properties._show = 1;
                    if (!$util.isString(message.show))
                        return "show: string expected";
                }
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    if (!$util.isString(message.prefix))
                        return "prefix: string expected";
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                    if (!$util.isString(message.suffix))
                        return "suffix: string expected";
                return null;
            };

            /**
             * Creates an OfferedNumber message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.OfferedNumber} OfferedNumber
             */
            OfferedNumber.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.OfferedNumber)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.OfferedNumber: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.OfferedNumber();
                if (object.show != null)
                    message.show = $String(object.show);
                if (object.prefix != null)
                    if (typeof object.prefix !== "string" || object.prefix.length)
                        message.prefix = $String(object.prefix);
                if (object.suffix != null)
                    if (typeof object.suffix !== "string" || object.suffix.length)
                        message.suffix = $String(object.suffix);
                return message;
            };

            /**
             * Creates a plain object from an OfferedNumber message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {ringmesh.v1.OfferedNumber} message OfferedNumber
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OfferedNumber.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.prefix = "";
                    object.suffix = "";
                }
                if (message.show != null && $Object.hasOwnProperty.call(message, "show"))
                    object.show = message.show;
                if (message.prefix != null && $Object.hasOwnProperty.call(message, "prefix"))
                    object.prefix = message.prefix;
                if (message.suffix != null && $Object.hasOwnProperty.call(message, "suffix"))
                    object.suffix = message.suffix;
                return object;
            };

            /**
             * Converts this OfferedNumber to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.OfferedNumber
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OfferedNumber.prototype.toJSON = function() {
                return OfferedNumber.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OfferedNumber
             * @function getTypeUrl
             * @memberof ringmesh.v1.OfferedNumber
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OfferedNumber.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.OfferedNumber";
            };

            return OfferedNumber;
        })();

        v1.QueueSettings = (function() {

            /**
             * Properties of a QueueSettings.
             * @typedef {Object} ringmesh.v1.QueueSettings.$Properties
             * @property {number|null} [maxWaitSeconds] QueueSettings maxWaitSeconds
             * @property {number|null} [maxRingAttempts] QueueSettings maxRingAttempts
             * @property {number|null} [maxQueueLength] QueueSettings maxQueueLength
             * @property {ringmesh.v1.Destination.$Properties|null} [noAgentsDestination] QueueSettings noAgentsDestination
             * @property {ringmesh.v1.Destination.$Properties|null} [overflowDestination] QueueSettings overflowDestination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueSettings.
             * @memberof ringmesh.v1
             * @interface IQueueSettings
             * @augments ringmesh.v1.QueueSettings.$Properties
             * @deprecated Use ringmesh.v1.QueueSettings.$Properties instead.
             */

            /**
             * Shape of a QueueSettings.
             * @typedef {ringmesh.v1.QueueSettings.$Properties} ringmesh.v1.QueueSettings.$Shape
             */

            /**
             * Constructs a new QueueSettings.
             * @memberof ringmesh.v1
             * @classdesc Represents a QueueSettings.
             * @constructor
             * @param {ringmesh.v1.QueueSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueSettings maxWaitSeconds.
             * @member {number} maxWaitSeconds
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             */
            QueueSettings.prototype.maxWaitSeconds = 0;

            /**
             * QueueSettings maxRingAttempts.
             * @member {number} maxRingAttempts
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             */
            QueueSettings.prototype.maxRingAttempts = 0;

            /**
             * QueueSettings maxQueueLength.
             * @member {number} maxQueueLength
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             */
            QueueSettings.prototype.maxQueueLength = 0;

            /**
             * QueueSettings noAgentsDestination.
             * @member {ringmesh.v1.Destination.$Properties|null|undefined} noAgentsDestination
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             */
            QueueSettings.prototype.noAgentsDestination = null;

            /**
             * QueueSettings overflowDestination.
             * @member {ringmesh.v1.Destination.$Properties|null|undefined} overflowDestination
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             */
            QueueSettings.prototype.overflowDestination = null;

            /**
             * Creates a new QueueSettings instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {ringmesh.v1.QueueSettings.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.QueueSettings} QueueSettings instance
             * @type {{
             *   (properties: ringmesh.v1.QueueSettings.$Shape): ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape;
             *   (properties?: ringmesh.v1.QueueSettings.$Properties): ringmesh.v1.QueueSettings;
             * }}
             */
            QueueSettings.create = function(properties) {
                return new QueueSettings(properties);
            };

            /**
             * Encodes the specified QueueSettings message. Does not implicitly {@link ringmesh.v1.QueueSettings.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {ringmesh.v1.QueueSettings.$Properties} message QueueSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxWaitSeconds != null && $Object.hasOwnProperty.call(message, "maxWaitSeconds") && message.maxWaitSeconds !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.maxWaitSeconds);
                if (message.maxRingAttempts != null && $Object.hasOwnProperty.call(message, "maxRingAttempts") && message.maxRingAttempts !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.maxRingAttempts);
                if (message.maxQueueLength != null && $Object.hasOwnProperty.call(message, "maxQueueLength") && message.maxQueueLength !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.maxQueueLength);
                if (message.noAgentsDestination != null && $Object.hasOwnProperty.call(message, "noAgentsDestination"))
                    $root.ringmesh.v1.Destination.encode(message.noAgentsDestination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.overflowDestination != null && $Object.hasOwnProperty.call(message, "overflowDestination"))
                    $root.ringmesh.v1.Destination.encode(message.overflowDestination, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified QueueSettings message, length delimited. Does not implicitly {@link ringmesh.v1.QueueSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {ringmesh.v1.QueueSettings.$Properties} message QueueSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a QueueSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape} QueueSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.QueueSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxWaitSeconds = value;
                            else
                                delete message.maxWaitSeconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxRingAttempts = value;
                            else
                                delete message.maxRingAttempts;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.maxQueueLength = value;
                            else
                                delete message.maxQueueLength;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.noAgentsDestination = $root.ringmesh.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.noAgentsDestination);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.overflowDestination = $root.ringmesh.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.overflowDestination);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a QueueSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.QueueSettings & ringmesh.v1.QueueSettings.$Shape} QueueSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a QueueSettings message.
             * @function verify
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueueSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.maxWaitSeconds != null && $Object.hasOwnProperty.call(message, "maxWaitSeconds"))
                    if (!$util.isInteger(message.maxWaitSeconds))
                        return "maxWaitSeconds: integer expected";
                if (message.maxRingAttempts != null && $Object.hasOwnProperty.call(message, "maxRingAttempts"))
                    if (!$util.isInteger(message.maxRingAttempts))
                        return "maxRingAttempts: integer expected";
                if (message.maxQueueLength != null && $Object.hasOwnProperty.call(message, "maxQueueLength"))
                    if (!$util.isInteger(message.maxQueueLength))
                        return "maxQueueLength: integer expected";
                if (message.noAgentsDestination != null && $Object.hasOwnProperty.call(message, "noAgentsDestination")) {
                    let error = $root.ringmesh.v1.Destination.verify(message.noAgentsDestination, _depth + 1);
                    if (error)
                        return "noAgentsDestination." + error;
                }
                if (message.overflowDestination != null && $Object.hasOwnProperty.call(message, "overflowDestination")) {
                    let error = $root.ringmesh.v1.Destination.verify(message.overflowDestination, _depth + 1);
                    if (error)
                        return "overflowDestination." + error;
                }
                return null;
            };

            /**
             * Creates a QueueSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.QueueSettings} QueueSettings
             */
            QueueSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.QueueSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.QueueSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.QueueSettings();
                if (object.maxWaitSeconds != null)
                    if ($Number(object.maxWaitSeconds) !== 0)
                        message.maxWaitSeconds = object.maxWaitSeconds | 0;
                if (object.maxRingAttempts != null)
                    if ($Number(object.maxRingAttempts) !== 0)
                        message.maxRingAttempts = object.maxRingAttempts | 0;
                if (object.maxQueueLength != null)
                    if ($Number(object.maxQueueLength) !== 0)
                        message.maxQueueLength = object.maxQueueLength | 0;
                if (object.noAgentsDestination != null) {
                    if (!$util.isObject(object.noAgentsDestination))
                        throw $TypeError(".ringmesh.v1.QueueSettings.noAgentsDestination: object expected");
                    message.noAgentsDestination = $root.ringmesh.v1.Destination.fromObject(object.noAgentsDestination, _depth + 1);
                }
                if (object.overflowDestination != null) {
                    if (!$util.isObject(object.overflowDestination))
                        throw $TypeError(".ringmesh.v1.QueueSettings.overflowDestination: object expected");
                    message.overflowDestination = $root.ringmesh.v1.Destination.fromObject(object.overflowDestination, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a QueueSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {ringmesh.v1.QueueSettings} message QueueSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueueSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.maxWaitSeconds = 0;
                    object.maxRingAttempts = 0;
                    object.maxQueueLength = 0;
                    object.noAgentsDestination = null;
                    object.overflowDestination = null;
                }
                if (message.maxWaitSeconds != null && $Object.hasOwnProperty.call(message, "maxWaitSeconds"))
                    object.maxWaitSeconds = message.maxWaitSeconds;
                if (message.maxRingAttempts != null && $Object.hasOwnProperty.call(message, "maxRingAttempts"))
                    object.maxRingAttempts = message.maxRingAttempts;
                if (message.maxQueueLength != null && $Object.hasOwnProperty.call(message, "maxQueueLength"))
                    object.maxQueueLength = message.maxQueueLength;
                if (message.noAgentsDestination != null && $Object.hasOwnProperty.call(message, "noAgentsDestination"))
                    object.noAgentsDestination = $root.ringmesh.v1.Destination.toObject(message.noAgentsDestination, options, _depth + 1);
                if (message.overflowDestination != null && $Object.hasOwnProperty.call(message, "overflowDestination"))
                    object.overflowDestination = $root.ringmesh.v1.Destination.toObject(message.overflowDestination, options, _depth + 1);
                return object;
            };

            /**
             * Converts this QueueSettings to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.QueueSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueueSettings.prototype.toJSON = function() {
                return QueueSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueueSettings
             * @function getTypeUrl
             * @memberof ringmesh.v1.QueueSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueueSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.QueueSettings";
            };

            return QueueSettings;
        })();

        v1.RoutingSettings = (function() {

            /**
             * Properties of a RoutingSettings.
             * @typedef {Object} ringmesh.v1.RoutingSettings.$Properties
             * @property {string|null} [mode] RoutingSettings mode
             * @property {boolean|null} [presenceAware] RoutingSettings presenceAware
             * @property {boolean|null} [longestIdle] RoutingSettings longestIdle
             * @property {Array.<string>|null} [ringDevices] RoutingSettings ringDevices
             * @property {number|null} [simultaneousAgents] RoutingSettings simultaneousAgents
             * @property {number|null} [wrapUpSeconds] RoutingSettings wrapUpSeconds
             * @property {number|null} [ringSeconds] RoutingSettings ringSeconds
             * @property {number|null} [autoLogoutAfterMissed] RoutingSettings autoLogoutAfterMissed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RoutingSettings.
             * @memberof ringmesh.v1
             * @interface IRoutingSettings
             * @augments ringmesh.v1.RoutingSettings.$Properties
             * @deprecated Use ringmesh.v1.RoutingSettings.$Properties instead.
             */

            /**
             * Shape of a RoutingSettings.
             * @typedef {ringmesh.v1.RoutingSettings.$Properties} ringmesh.v1.RoutingSettings.$Shape
             */

            /**
             * Constructs a new RoutingSettings.
             * @memberof ringmesh.v1
             * @classdesc Represents a RoutingSettings.
             * @constructor
             * @param {ringmesh.v1.RoutingSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RoutingSettings = function (properties) {
                this.ringDevices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RoutingSettings mode.
             * @member {string|null|undefined} mode
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.mode = null;

            /**
             * RoutingSettings presenceAware.
             * @member {boolean|null|undefined} presenceAware
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.presenceAware = null;

            /**
             * RoutingSettings longestIdle.
             * @member {boolean|null|undefined} longestIdle
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.longestIdle = null;

            /**
             * RoutingSettings ringDevices.
             * @member {Array.<string>} ringDevices
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.ringDevices = $util.emptyArray;

            /**
             * RoutingSettings simultaneousAgents.
             * @member {number|null|undefined} simultaneousAgents
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.simultaneousAgents = null;

            /**
             * RoutingSettings wrapUpSeconds.
             * @member {number} wrapUpSeconds
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.wrapUpSeconds = 0;

            /**
             * RoutingSettings ringSeconds.
             * @member {number|null|undefined} ringSeconds
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.ringSeconds = null;

            /**
             * RoutingSettings autoLogoutAfterMissed.
             * @member {number} autoLogoutAfterMissed
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             */
            RoutingSettings.prototype.autoLogoutAfterMissed = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RoutingSettings.prototype, "_mode", {
                get: $util.oneOfGetter($oneOfFields = ["mode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RoutingSettings.prototype, "_presenceAware", {
                get: $util.oneOfGetter($oneOfFields = ["presenceAware"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RoutingSettings.prototype, "_longestIdle", {
                get: $util.oneOfGetter($oneOfFields = ["longestIdle"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RoutingSettings.prototype, "_simultaneousAgents", {
                get: $util.oneOfGetter($oneOfFields = ["simultaneousAgents"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RoutingSettings.prototype, "_ringSeconds", {
                get: $util.oneOfGetter($oneOfFields = ["ringSeconds"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RoutingSettings instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {ringmesh.v1.RoutingSettings.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.RoutingSettings} RoutingSettings instance
             * @type {{
             *   (properties: ringmesh.v1.RoutingSettings.$Shape): ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape;
             *   (properties?: ringmesh.v1.RoutingSettings.$Properties): ringmesh.v1.RoutingSettings;
             * }}
             */
            RoutingSettings.create = function(properties) {
                return new RoutingSettings(properties);
            };

            /**
             * Encodes the specified RoutingSettings message. Does not implicitly {@link ringmesh.v1.RoutingSettings.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {ringmesh.v1.RoutingSettings.$Properties} message RoutingSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoutingSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mode);
                if (message.presenceAware != null && $Object.hasOwnProperty.call(message, "presenceAware"))
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.presenceAware);
                if (message.longestIdle != null && $Object.hasOwnProperty.call(message, "longestIdle"))
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.longestIdle);
                if (message.ringDevices != null && message.ringDevices.length)
                    for (let i = 0; i < message.ringDevices.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.ringDevices[i]);
                if (message.simultaneousAgents != null && $Object.hasOwnProperty.call(message, "simultaneousAgents"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.simultaneousAgents);
                if (message.wrapUpSeconds != null && $Object.hasOwnProperty.call(message, "wrapUpSeconds") && message.wrapUpSeconds !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.wrapUpSeconds);
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds"))
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.ringSeconds);
                if (message.autoLogoutAfterMissed != null && $Object.hasOwnProperty.call(message, "autoLogoutAfterMissed") && message.autoLogoutAfterMissed !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.autoLogoutAfterMissed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RoutingSettings message, length delimited. Does not implicitly {@link ringmesh.v1.RoutingSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {ringmesh.v1.RoutingSettings.$Properties} message RoutingSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RoutingSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RoutingSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape} RoutingSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoutingSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.RoutingSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.mode = reader.stringVerify();
                            message._mode = "mode";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.presenceAware = reader.bool();
                            message._presenceAware = "presenceAware";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.longestIdle = reader.bool();
                            message._longestIdle = "longestIdle";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ringDevices && message.ringDevices.length))
                                message.ringDevices = [];
                            message.ringDevices.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.simultaneousAgents = reader.int32();
                            message._simultaneousAgents = "simultaneousAgents";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.wrapUpSeconds = value;
                            else
                                delete message.wrapUpSeconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.ringSeconds = reader.int32();
                            message._ringSeconds = "ringSeconds";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.autoLogoutAfterMissed = value;
                            else
                                delete message.autoLogoutAfterMissed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a RoutingSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.RoutingSettings & ringmesh.v1.RoutingSettings.$Shape} RoutingSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RoutingSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RoutingSettings message.
             * @function verify
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RoutingSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode")) {
                    properties._mode = 1;
                    if (!$util.isString(message.mode))
                        return "mode: string expected";
                }
                if (message.presenceAware != null && $Object.hasOwnProperty.call(message, "presenceAware")) {
                    properties._presenceAware = 1;
                    if (typeof message.presenceAware !== "boolean")
                        return "presenceAware: boolean expected";
                }
                if (message.longestIdle != null && $Object.hasOwnProperty.call(message, "longestIdle")) {
                    properties._longestIdle = 1;
                    if (typeof message.longestIdle !== "boolean")
                        return "longestIdle: boolean expected";
                }
                if (message.ringDevices != null && $Object.hasOwnProperty.call(message, "ringDevices")) {
                    if (!$Array.isArray(message.ringDevices))
                        return "ringDevices: array expected";
                    for (let i = 0; i < message.ringDevices.length; ++i)
                        if (!$util.isString(message.ringDevices[i]))
                            return "ringDevices: string[] expected";
                }
                if (message.simultaneousAgents != null && $Object.hasOwnProperty.call(message, "simultaneousAgents")) {
                    properties._simultaneousAgents = 1;
                    if (!$util.isInteger(message.simultaneousAgents))
                        return "simultaneousAgents: integer expected";
                }
                if (message.wrapUpSeconds != null && $Object.hasOwnProperty.call(message, "wrapUpSeconds"))
                    if (!$util.isInteger(message.wrapUpSeconds))
                        return "wrapUpSeconds: integer expected";
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds")) {
                    properties._ringSeconds = 1;
                    if (!$util.isInteger(message.ringSeconds))
                        return "ringSeconds: integer expected";
                }
                if (message.autoLogoutAfterMissed != null && $Object.hasOwnProperty.call(message, "autoLogoutAfterMissed"))
                    if (!$util.isInteger(message.autoLogoutAfterMissed))
                        return "autoLogoutAfterMissed: integer expected";
                return null;
            };

            /**
             * Creates a RoutingSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.RoutingSettings} RoutingSettings
             */
            RoutingSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.RoutingSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.RoutingSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.RoutingSettings();
                if (object.mode != null)
                    message.mode = $String(object.mode);
                if (object.presenceAware != null)
                    message.presenceAware = $Boolean(object.presenceAware);
                if (object.longestIdle != null)
                    message.longestIdle = $Boolean(object.longestIdle);
                if (object.ringDevices) {
                    if (!$Array.isArray(object.ringDevices))
                        throw $TypeError(".ringmesh.v1.RoutingSettings.ringDevices: array expected");
                    message.ringDevices = $Array(object.ringDevices.length);
                    for (let i = 0; i < object.ringDevices.length; ++i)
                        message.ringDevices[i] = $String(object.ringDevices[i]);
                }
                if (object.simultaneousAgents != null)
                    message.simultaneousAgents = object.simultaneousAgents | 0;
                if (object.wrapUpSeconds != null)
                    if ($Number(object.wrapUpSeconds) !== 0)
                        message.wrapUpSeconds = object.wrapUpSeconds | 0;
                if (object.ringSeconds != null)
                    message.ringSeconds = object.ringSeconds | 0;
                if (object.autoLogoutAfterMissed != null)
                    if ($Number(object.autoLogoutAfterMissed) !== 0)
                        message.autoLogoutAfterMissed = object.autoLogoutAfterMissed | 0;
                return message;
            };

            /**
             * Creates a plain object from a RoutingSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {ringmesh.v1.RoutingSettings} message RoutingSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RoutingSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ringDevices = [];
                if (options.defaults) {
                    object.wrapUpSeconds = 0;
                    object.autoLogoutAfterMissed = 0;
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.presenceAware != null && $Object.hasOwnProperty.call(message, "presenceAware"))
                    object.presenceAware = message.presenceAware;
                if (message.longestIdle != null && $Object.hasOwnProperty.call(message, "longestIdle"))
                    object.longestIdle = message.longestIdle;
                if (message.ringDevices && message.ringDevices.length) {
                    object.ringDevices = $Array(message.ringDevices.length);
                    for (let j = 0; j < message.ringDevices.length; ++j)
                        object.ringDevices[j] = message.ringDevices[j];
                }
                if (message.simultaneousAgents != null && $Object.hasOwnProperty.call(message, "simultaneousAgents"))
                    object.simultaneousAgents = message.simultaneousAgents;
                if (message.wrapUpSeconds != null && $Object.hasOwnProperty.call(message, "wrapUpSeconds"))
                    object.wrapUpSeconds = message.wrapUpSeconds;
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds"))
                    object.ringSeconds = message.ringSeconds;
                if (message.autoLogoutAfterMissed != null && $Object.hasOwnProperty.call(message, "autoLogoutAfterMissed"))
                    object.autoLogoutAfterMissed = message.autoLogoutAfterMissed;
                return object;
            };

            /**
             * Converts this RoutingSettings to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.RoutingSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RoutingSettings.prototype.toJSON = function() {
                return RoutingSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RoutingSettings
             * @function getTypeUrl
             * @memberof ringmesh.v1.RoutingSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RoutingSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.RoutingSettings";
            };

            return RoutingSettings;
        })();

        v1.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} ringmesh.v1.Member.$Properties
             * @property {string|null} [user] Member user
             * @property {number|null} [skillLevel] Member skillLevel
             * @property {number|null} [ringOrder] Member ringOrder
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof ringmesh.v1
             * @interface IMember
             * @augments ringmesh.v1.Member.$Properties
             * @deprecated Use ringmesh.v1.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {ringmesh.v1.Member.$Properties} ringmesh.v1.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof ringmesh.v1
             * @classdesc Represents a Member.
             * @constructor
             * @param {ringmesh.v1.Member.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Member = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Member user.
             * @member {string} user
             * @memberof ringmesh.v1.Member
             * @instance
             */
            Member.prototype.user = "";

            /**
             * Member skillLevel.
             * @member {number|null|undefined} skillLevel
             * @memberof ringmesh.v1.Member
             * @instance
             */
            Member.prototype.skillLevel = null;

            /**
             * Member ringOrder.
             * @member {number|null|undefined} ringOrder
             * @memberof ringmesh.v1.Member
             * @instance
             */
            Member.prototype.ringOrder = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Member.prototype, "_skillLevel", {
                get: $util.oneOfGetter($oneOfFields = ["skillLevel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Member.prototype, "_ringOrder", {
                get: $util.oneOfGetter($oneOfFields = ["ringOrder"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Member instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.Member
             * @static
             * @param {ringmesh.v1.Member.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.Member} Member instance
             * @type {{
             *   (properties: ringmesh.v1.Member.$Shape): ringmesh.v1.Member & ringmesh.v1.Member.$Shape;
             *   (properties?: ringmesh.v1.Member.$Properties): ringmesh.v1.Member;
             * }}
             */
            Member.create = function(properties) {
                return new Member(properties);
            };

            /**
             * Encodes the specified Member message. Does not implicitly {@link ringmesh.v1.Member.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.Member
             * @static
             * @param {ringmesh.v1.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user);
                if (message.skillLevel != null && $Object.hasOwnProperty.call(message, "skillLevel"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.skillLevel);
                if (message.ringOrder != null && $Object.hasOwnProperty.call(message, "ringOrder"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.ringOrder);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Member message, length delimited. Does not implicitly {@link ringmesh.v1.Member.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.Member
             * @static
             * @param {ringmesh.v1.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.Member & ringmesh.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.skillLevel = reader.int32();
                            message._skillLevel = "skillLevel";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.ringOrder = reader.int32();
                            message._ringOrder = "ringOrder";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Member message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.Member & ringmesh.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Member message.
             * @function verify
             * @memberof ringmesh.v1.Member
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Member.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.skillLevel != null && $Object.hasOwnProperty.call(message, "skillLevel")) {
                    properties._skillLevel = 1;
                    if (!$util.isInteger(message.skillLevel))
                        return "skillLevel: integer expected";
                }
                if (message.ringOrder != null && $Object.hasOwnProperty.call(message, "ringOrder")) {
                    properties._ringOrder = 1;
                    if (!$util.isInteger(message.ringOrder))
                        return "ringOrder: integer expected";
                }
                return null;
            };

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.Member
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.Member} Member
             */
            Member.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.Member)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.Member: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.Member();
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.skillLevel != null)
                    message.skillLevel = object.skillLevel | 0;
                if (object.ringOrder != null)
                    message.ringOrder = object.ringOrder | 0;
                return message;
            };

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.Member
             * @static
             * @param {ringmesh.v1.Member} message Member
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Member.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.user = "";
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.skillLevel != null && $Object.hasOwnProperty.call(message, "skillLevel"))
                    object.skillLevel = message.skillLevel;
                if (message.ringOrder != null && $Object.hasOwnProperty.call(message, "ringOrder"))
                    object.ringOrder = message.ringOrder;
                return object;
            };

            /**
             * Converts this Member to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.Member
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Member
             * @function getTypeUrl
             * @memberof ringmesh.v1.Member
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.Member";
            };

            return Member;
        })();

        v1.AnnouncementSettings = (function() {

            /**
             * Properties of an AnnouncementSettings.
             * @typedef {Object} ringmesh.v1.AnnouncementSettings.$Properties
             * @property {string|null} [entry] AnnouncementSettings entry
             * @property {string|null} [hold] AnnouncementSettings hold
             * @property {string|null} [progress] AnnouncementSettings progress
             * @property {number|null} [progressIntervalSeconds] AnnouncementSettings progressIntervalSeconds
             * @property {boolean|null} [ringbackOnOffer] AnnouncementSettings ringbackOnOffer
             * @property {boolean|null} [announcePosition] AnnouncementSettings announcePosition
             * @property {boolean|null} [announceEstimatedWait] AnnouncementSettings announceEstimatedWait
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnnouncementSettings.
             * @memberof ringmesh.v1
             * @interface IAnnouncementSettings
             * @augments ringmesh.v1.AnnouncementSettings.$Properties
             * @deprecated Use ringmesh.v1.AnnouncementSettings.$Properties instead.
             */

            /**
             * Shape of an AnnouncementSettings.
             * @typedef {ringmesh.v1.AnnouncementSettings.$Properties} ringmesh.v1.AnnouncementSettings.$Shape
             */

            /**
             * Constructs a new AnnouncementSettings.
             * @memberof ringmesh.v1
             * @classdesc Represents an AnnouncementSettings.
             * @constructor
             * @param {ringmesh.v1.AnnouncementSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnnouncementSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnnouncementSettings entry.
             * @member {string} entry
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.entry = "";

            /**
             * AnnouncementSettings hold.
             * @member {string} hold
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.hold = "";

            /**
             * AnnouncementSettings progress.
             * @member {string} progress
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.progress = "";

            /**
             * AnnouncementSettings progressIntervalSeconds.
             * @member {number} progressIntervalSeconds
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.progressIntervalSeconds = 0;

            /**
             * AnnouncementSettings ringbackOnOffer.
             * @member {boolean|null|undefined} ringbackOnOffer
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.ringbackOnOffer = null;

            /**
             * AnnouncementSettings announcePosition.
             * @member {boolean|null|undefined} announcePosition
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.announcePosition = null;

            /**
             * AnnouncementSettings announceEstimatedWait.
             * @member {boolean|null|undefined} announceEstimatedWait
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             */
            AnnouncementSettings.prototype.announceEstimatedWait = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnnouncementSettings.prototype, "_ringbackOnOffer", {
                get: $util.oneOfGetter($oneOfFields = ["ringbackOnOffer"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnnouncementSettings.prototype, "_announcePosition", {
                get: $util.oneOfGetter($oneOfFields = ["announcePosition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnnouncementSettings.prototype, "_announceEstimatedWait", {
                get: $util.oneOfGetter($oneOfFields = ["announceEstimatedWait"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AnnouncementSettings instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {ringmesh.v1.AnnouncementSettings.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.AnnouncementSettings} AnnouncementSettings instance
             * @type {{
             *   (properties: ringmesh.v1.AnnouncementSettings.$Shape): ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape;
             *   (properties?: ringmesh.v1.AnnouncementSettings.$Properties): ringmesh.v1.AnnouncementSettings;
             * }}
             */
            AnnouncementSettings.create = function(properties) {
                return new AnnouncementSettings(properties);
            };

            /**
             * Encodes the specified AnnouncementSettings message. Does not implicitly {@link ringmesh.v1.AnnouncementSettings.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {ringmesh.v1.AnnouncementSettings.$Properties} message AnnouncementSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnouncementSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry") && message.entry !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.entry);
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold") && message.hold !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.hold);
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress") && message.progress !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.progress);
                if (message.progressIntervalSeconds != null && $Object.hasOwnProperty.call(message, "progressIntervalSeconds") && message.progressIntervalSeconds !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.progressIntervalSeconds);
                if (message.ringbackOnOffer != null && $Object.hasOwnProperty.call(message, "ringbackOnOffer"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.ringbackOnOffer);
                if (message.announcePosition != null && $Object.hasOwnProperty.call(message, "announcePosition"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.announcePosition);
                if (message.announceEstimatedWait != null && $Object.hasOwnProperty.call(message, "announceEstimatedWait"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.announceEstimatedWait);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AnnouncementSettings message, length delimited. Does not implicitly {@link ringmesh.v1.AnnouncementSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {ringmesh.v1.AnnouncementSettings.$Properties} message AnnouncementSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnnouncementSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AnnouncementSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape} AnnouncementSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnouncementSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.AnnouncementSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.entry = value;
                            else
                                delete message.entry;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hold = value;
                            else
                                delete message.hold;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.progress = value;
                            else
                                delete message.progress;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.progressIntervalSeconds = value;
                            else
                                delete message.progressIntervalSeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.ringbackOnOffer = reader.bool();
                            message._ringbackOnOffer = "ringbackOnOffer";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.announcePosition = reader.bool();
                            message._announcePosition = "announcePosition";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.announceEstimatedWait = reader.bool();
                            message._announceEstimatedWait = "announceEstimatedWait";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AnnouncementSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnnouncementSettings & ringmesh.v1.AnnouncementSettings.$Shape} AnnouncementSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnnouncementSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AnnouncementSettings message.
             * @function verify
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnnouncementSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    if (!$util.isString(message.entry))
                        return "entry: string expected";
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold"))
                    if (!$util.isString(message.hold))
                        return "hold: string expected";
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                    if (!$util.isString(message.progress))
                        return "progress: string expected";
                if (message.progressIntervalSeconds != null && $Object.hasOwnProperty.call(message, "progressIntervalSeconds"))
                    if (!$util.isInteger(message.progressIntervalSeconds))
                        return "progressIntervalSeconds: integer expected";
                if (message.ringbackOnOffer != null && $Object.hasOwnProperty.call(message, "ringbackOnOffer")) {
                    properties._ringbackOnOffer = 1;
                    if (typeof message.ringbackOnOffer !== "boolean")
                        return "ringbackOnOffer: boolean expected";
                }
                if (message.announcePosition != null && $Object.hasOwnProperty.call(message, "announcePosition")) {
                    properties._announcePosition = 1;
                    if (typeof message.announcePosition !== "boolean")
                        return "announcePosition: boolean expected";
                }
                if (message.announceEstimatedWait != null && $Object.hasOwnProperty.call(message, "announceEstimatedWait")) {
                    properties._announceEstimatedWait = 1;
                    if (typeof message.announceEstimatedWait !== "boolean")
                        return "announceEstimatedWait: boolean expected";
                }
                return null;
            };

            /**
             * Creates an AnnouncementSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.AnnouncementSettings} AnnouncementSettings
             */
            AnnouncementSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.AnnouncementSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.AnnouncementSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.AnnouncementSettings();
                if (object.entry != null)
                    if (typeof object.entry !== "string" || object.entry.length)
                        message.entry = $String(object.entry);
                if (object.hold != null)
                    if (typeof object.hold !== "string" || object.hold.length)
                        message.hold = $String(object.hold);
                if (object.progress != null)
                    if (typeof object.progress !== "string" || object.progress.length)
                        message.progress = $String(object.progress);
                if (object.progressIntervalSeconds != null)
                    if ($Number(object.progressIntervalSeconds) !== 0)
                        message.progressIntervalSeconds = object.progressIntervalSeconds | 0;
                if (object.ringbackOnOffer != null)
                    message.ringbackOnOffer = $Boolean(object.ringbackOnOffer);
                if (object.announcePosition != null)
                    message.announcePosition = $Boolean(object.announcePosition);
                if (object.announceEstimatedWait != null)
                    message.announceEstimatedWait = $Boolean(object.announceEstimatedWait);
                return message;
            };

            /**
             * Creates a plain object from an AnnouncementSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {ringmesh.v1.AnnouncementSettings} message AnnouncementSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnnouncementSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.entry = "";
                    object.hold = "";
                    object.progress = "";
                    object.progressIntervalSeconds = 0;
                }
                if (message.entry != null && $Object.hasOwnProperty.call(message, "entry"))
                    object.entry = message.entry;
                if (message.hold != null && $Object.hasOwnProperty.call(message, "hold"))
                    object.hold = message.hold;
                if (message.progress != null && $Object.hasOwnProperty.call(message, "progress"))
                    object.progress = message.progress;
                if (message.progressIntervalSeconds != null && $Object.hasOwnProperty.call(message, "progressIntervalSeconds"))
                    object.progressIntervalSeconds = message.progressIntervalSeconds;
                if (message.ringbackOnOffer != null && $Object.hasOwnProperty.call(message, "ringbackOnOffer"))
                    object.ringbackOnOffer = message.ringbackOnOffer;
                if (message.announcePosition != null && $Object.hasOwnProperty.call(message, "announcePosition"))
                    object.announcePosition = message.announcePosition;
                if (message.announceEstimatedWait != null && $Object.hasOwnProperty.call(message, "announceEstimatedWait"))
                    object.announceEstimatedWait = message.announceEstimatedWait;
                return object;
            };

            /**
             * Converts this AnnouncementSettings to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.AnnouncementSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnnouncementSettings.prototype.toJSON = function() {
                return AnnouncementSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnnouncementSettings
             * @function getTypeUrl
             * @memberof ringmesh.v1.AnnouncementSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnnouncementSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.AnnouncementSettings";
            };

            return AnnouncementSettings;
        })();

        v1.CallbackSettings = (function() {

            /**
             * Properties of a CallbackSettings.
             * @typedef {Object} ringmesh.v1.CallbackSettings.$Properties
             * @property {boolean|null} [enabled] CallbackSettings enabled
             * @property {number|null} [ringSeconds] CallbackSettings ringSeconds
             * @property {number|null} [attempts] CallbackSettings attempts
             * @property {number|null} [validityMinutes] CallbackSettings validityMinutes
             * @property {string|null} [agentMetadata] CallbackSettings agentMetadata
             * @property {string|null} [agentAnnouncement] CallbackSettings agentAnnouncement
             * @property {string|null} [offerAnnouncement] CallbackSettings offerAnnouncement
             * @property {number|null} [offerAfterOpenMinutes] CallbackSettings offerAfterOpenMinutes
             * @property {number|null} [offerWhenQueuedAbove] CallbackSettings offerWhenQueuedAbove
             * @property {number|null} [offerWhenLongestWaitMinutes] CallbackSettings offerWhenLongestWaitMinutes
             * @property {number|null} [offerWhenEstimatedWaitMinutes] CallbackSettings offerWhenEstimatedWaitMinutes
             * @property {number|null} [stopBeforeCloseMinutes] CallbackSettings stopBeforeCloseMinutes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CallbackSettings.
             * @memberof ringmesh.v1
             * @interface ICallbackSettings
             * @augments ringmesh.v1.CallbackSettings.$Properties
             * @deprecated Use ringmesh.v1.CallbackSettings.$Properties instead.
             */

            /**
             * Shape of a CallbackSettings.
             * @typedef {ringmesh.v1.CallbackSettings.$Properties} ringmesh.v1.CallbackSettings.$Shape
             */

            /**
             * Constructs a new CallbackSettings.
             * @memberof ringmesh.v1
             * @classdesc Represents a CallbackSettings.
             * @constructor
             * @param {ringmesh.v1.CallbackSettings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CallbackSettings = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CallbackSettings enabled.
             * @member {boolean} enabled
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.enabled = false;

            /**
             * CallbackSettings ringSeconds.
             * @member {number} ringSeconds
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.ringSeconds = 0;

            /**
             * CallbackSettings attempts.
             * @member {number} attempts
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.attempts = 0;

            /**
             * CallbackSettings validityMinutes.
             * @member {number} validityMinutes
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.validityMinutes = 0;

            /**
             * CallbackSettings agentMetadata.
             * @member {string} agentMetadata
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.agentMetadata = "";

            /**
             * CallbackSettings agentAnnouncement.
             * @member {string} agentAnnouncement
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.agentAnnouncement = "";

            /**
             * CallbackSettings offerAnnouncement.
             * @member {string} offerAnnouncement
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.offerAnnouncement = "";

            /**
             * CallbackSettings offerAfterOpenMinutes.
             * @member {number} offerAfterOpenMinutes
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.offerAfterOpenMinutes = 0;

            /**
             * CallbackSettings offerWhenQueuedAbove.
             * @member {number} offerWhenQueuedAbove
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.offerWhenQueuedAbove = 0;

            /**
             * CallbackSettings offerWhenLongestWaitMinutes.
             * @member {number} offerWhenLongestWaitMinutes
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.offerWhenLongestWaitMinutes = 0;

            /**
             * CallbackSettings offerWhenEstimatedWaitMinutes.
             * @member {number} offerWhenEstimatedWaitMinutes
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.offerWhenEstimatedWaitMinutes = 0;

            /**
             * CallbackSettings stopBeforeCloseMinutes.
             * @member {number} stopBeforeCloseMinutes
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             */
            CallbackSettings.prototype.stopBeforeCloseMinutes = 0;

            /**
             * Creates a new CallbackSettings instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {ringmesh.v1.CallbackSettings.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.CallbackSettings} CallbackSettings instance
             * @type {{
             *   (properties: ringmesh.v1.CallbackSettings.$Shape): ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape;
             *   (properties?: ringmesh.v1.CallbackSettings.$Properties): ringmesh.v1.CallbackSettings;
             * }}
             */
            CallbackSettings.create = function(properties) {
                return new CallbackSettings(properties);
            };

            /**
             * Encodes the specified CallbackSettings message. Does not implicitly {@link ringmesh.v1.CallbackSettings.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {ringmesh.v1.CallbackSettings.$Properties} message CallbackSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallbackSettings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled") && message.enabled !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.enabled);
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds") && message.ringSeconds !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.ringSeconds);
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts") && message.attempts !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.attempts);
                if (message.validityMinutes != null && $Object.hasOwnProperty.call(message, "validityMinutes") && message.validityMinutes !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.validityMinutes);
                if (message.agentMetadata != null && $Object.hasOwnProperty.call(message, "agentMetadata") && message.agentMetadata !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.agentMetadata);
                if (message.agentAnnouncement != null && $Object.hasOwnProperty.call(message, "agentAnnouncement") && message.agentAnnouncement !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.agentAnnouncement);
                if (message.offerAnnouncement != null && $Object.hasOwnProperty.call(message, "offerAnnouncement") && message.offerAnnouncement !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.offerAnnouncement);
                if (message.offerAfterOpenMinutes != null && $Object.hasOwnProperty.call(message, "offerAfterOpenMinutes") && message.offerAfterOpenMinutes !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.offerAfterOpenMinutes);
                if (message.offerWhenQueuedAbove != null && $Object.hasOwnProperty.call(message, "offerWhenQueuedAbove") && message.offerWhenQueuedAbove !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.offerWhenQueuedAbove);
                if (message.offerWhenLongestWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenLongestWaitMinutes") && message.offerWhenLongestWaitMinutes !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.offerWhenLongestWaitMinutes);
                if (message.offerWhenEstimatedWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenEstimatedWaitMinutes") && message.offerWhenEstimatedWaitMinutes !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.offerWhenEstimatedWaitMinutes);
                if (message.stopBeforeCloseMinutes != null && $Object.hasOwnProperty.call(message, "stopBeforeCloseMinutes") && message.stopBeforeCloseMinutes !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.stopBeforeCloseMinutes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CallbackSettings message, length delimited. Does not implicitly {@link ringmesh.v1.CallbackSettings.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {ringmesh.v1.CallbackSettings.$Properties} message CallbackSettings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CallbackSettings.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CallbackSettings message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape} CallbackSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallbackSettings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.CallbackSettings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.enabled = value;
                            else
                                delete message.enabled;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.ringSeconds = value;
                            else
                                delete message.ringSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.attempts = value;
                            else
                                delete message.attempts;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.validityMinutes = value;
                            else
                                delete message.validityMinutes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentMetadata = value;
                            else
                                delete message.agentMetadata;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentAnnouncement = value;
                            else
                                delete message.agentAnnouncement;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.offerAnnouncement = value;
                            else
                                delete message.offerAnnouncement;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.offerAfterOpenMinutes = value;
                            else
                                delete message.offerAfterOpenMinutes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.offerWhenQueuedAbove = value;
                            else
                                delete message.offerWhenQueuedAbove;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.offerWhenLongestWaitMinutes = value;
                            else
                                delete message.offerWhenLongestWaitMinutes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.offerWhenEstimatedWaitMinutes = value;
                            else
                                delete message.offerWhenEstimatedWaitMinutes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.stopBeforeCloseMinutes = value;
                            else
                                delete message.stopBeforeCloseMinutes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a CallbackSettings message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.CallbackSettings & ringmesh.v1.CallbackSettings.$Shape} CallbackSettings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CallbackSettings.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CallbackSettings message.
             * @function verify
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CallbackSettings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    if (typeof message.enabled !== "boolean")
                        return "enabled: boolean expected";
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds"))
                    if (!$util.isInteger(message.ringSeconds))
                        return "ringSeconds: integer expected";
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    if (!$util.isInteger(message.attempts))
                        return "attempts: integer expected";
                if (message.validityMinutes != null && $Object.hasOwnProperty.call(message, "validityMinutes"))
                    if (!$util.isInteger(message.validityMinutes))
                        return "validityMinutes: integer expected";
                if (message.agentMetadata != null && $Object.hasOwnProperty.call(message, "agentMetadata"))
                    if (!$util.isString(message.agentMetadata))
                        return "agentMetadata: string expected";
                if (message.agentAnnouncement != null && $Object.hasOwnProperty.call(message, "agentAnnouncement"))
                    if (!$util.isString(message.agentAnnouncement))
                        return "agentAnnouncement: string expected";
                if (message.offerAnnouncement != null && $Object.hasOwnProperty.call(message, "offerAnnouncement"))
                    if (!$util.isString(message.offerAnnouncement))
                        return "offerAnnouncement: string expected";
                if (message.offerAfterOpenMinutes != null && $Object.hasOwnProperty.call(message, "offerAfterOpenMinutes"))
                    if (!$util.isInteger(message.offerAfterOpenMinutes))
                        return "offerAfterOpenMinutes: integer expected";
                if (message.offerWhenQueuedAbove != null && $Object.hasOwnProperty.call(message, "offerWhenQueuedAbove"))
                    if (!$util.isInteger(message.offerWhenQueuedAbove))
                        return "offerWhenQueuedAbove: integer expected";
                if (message.offerWhenLongestWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenLongestWaitMinutes"))
                    if (!$util.isInteger(message.offerWhenLongestWaitMinutes))
                        return "offerWhenLongestWaitMinutes: integer expected";
                if (message.offerWhenEstimatedWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenEstimatedWaitMinutes"))
                    if (!$util.isInteger(message.offerWhenEstimatedWaitMinutes))
                        return "offerWhenEstimatedWaitMinutes: integer expected";
                if (message.stopBeforeCloseMinutes != null && $Object.hasOwnProperty.call(message, "stopBeforeCloseMinutes"))
                    if (!$util.isInteger(message.stopBeforeCloseMinutes))
                        return "stopBeforeCloseMinutes: integer expected";
                return null;
            };

            /**
             * Creates a CallbackSettings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.CallbackSettings} CallbackSettings
             */
            CallbackSettings.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.CallbackSettings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.CallbackSettings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.CallbackSettings();
                if (object.enabled != null)
                    if (object.enabled)
                        message.enabled = $Boolean(object.enabled);
                if (object.ringSeconds != null)
                    if ($Number(object.ringSeconds) !== 0)
                        message.ringSeconds = object.ringSeconds | 0;
                if (object.attempts != null)
                    if ($Number(object.attempts) !== 0)
                        message.attempts = object.attempts | 0;
                if (object.validityMinutes != null)
                    if ($Number(object.validityMinutes) !== 0)
                        message.validityMinutes = object.validityMinutes | 0;
                if (object.agentMetadata != null)
                    if (typeof object.agentMetadata !== "string" || object.agentMetadata.length)
                        message.agentMetadata = $String(object.agentMetadata);
                if (object.agentAnnouncement != null)
                    if (typeof object.agentAnnouncement !== "string" || object.agentAnnouncement.length)
                        message.agentAnnouncement = $String(object.agentAnnouncement);
                if (object.offerAnnouncement != null)
                    if (typeof object.offerAnnouncement !== "string" || object.offerAnnouncement.length)
                        message.offerAnnouncement = $String(object.offerAnnouncement);
                if (object.offerAfterOpenMinutes != null)
                    if ($Number(object.offerAfterOpenMinutes) !== 0)
                        message.offerAfterOpenMinutes = object.offerAfterOpenMinutes | 0;
                if (object.offerWhenQueuedAbove != null)
                    if ($Number(object.offerWhenQueuedAbove) !== 0)
                        message.offerWhenQueuedAbove = object.offerWhenQueuedAbove | 0;
                if (object.offerWhenLongestWaitMinutes != null)
                    if ($Number(object.offerWhenLongestWaitMinutes) !== 0)
                        message.offerWhenLongestWaitMinutes = object.offerWhenLongestWaitMinutes | 0;
                if (object.offerWhenEstimatedWaitMinutes != null)
                    if ($Number(object.offerWhenEstimatedWaitMinutes) !== 0)
                        message.offerWhenEstimatedWaitMinutes = object.offerWhenEstimatedWaitMinutes | 0;
                if (object.stopBeforeCloseMinutes != null)
                    if ($Number(object.stopBeforeCloseMinutes) !== 0)
                        message.stopBeforeCloseMinutes = object.stopBeforeCloseMinutes | 0;
                return message;
            };

            /**
             * Creates a plain object from a CallbackSettings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {ringmesh.v1.CallbackSettings} message CallbackSettings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CallbackSettings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.enabled = false;
                    object.ringSeconds = 0;
                    object.attempts = 0;
                    object.validityMinutes = 0;
                    object.agentMetadata = "";
                    object.agentAnnouncement = "";
                    object.offerAnnouncement = "";
                    object.offerAfterOpenMinutes = 0;
                    object.offerWhenQueuedAbove = 0;
                    object.offerWhenLongestWaitMinutes = 0;
                    object.offerWhenEstimatedWaitMinutes = 0;
                    object.stopBeforeCloseMinutes = 0;
                }
                if (message.enabled != null && $Object.hasOwnProperty.call(message, "enabled"))
                    object.enabled = message.enabled;
                if (message.ringSeconds != null && $Object.hasOwnProperty.call(message, "ringSeconds"))
                    object.ringSeconds = message.ringSeconds;
                if (message.attempts != null && $Object.hasOwnProperty.call(message, "attempts"))
                    object.attempts = message.attempts;
                if (message.validityMinutes != null && $Object.hasOwnProperty.call(message, "validityMinutes"))
                    object.validityMinutes = message.validityMinutes;
                if (message.agentMetadata != null && $Object.hasOwnProperty.call(message, "agentMetadata"))
                    object.agentMetadata = message.agentMetadata;
                if (message.agentAnnouncement != null && $Object.hasOwnProperty.call(message, "agentAnnouncement"))
                    object.agentAnnouncement = message.agentAnnouncement;
                if (message.offerAnnouncement != null && $Object.hasOwnProperty.call(message, "offerAnnouncement"))
                    object.offerAnnouncement = message.offerAnnouncement;
                if (message.offerAfterOpenMinutes != null && $Object.hasOwnProperty.call(message, "offerAfterOpenMinutes"))
                    object.offerAfterOpenMinutes = message.offerAfterOpenMinutes;
                if (message.offerWhenQueuedAbove != null && $Object.hasOwnProperty.call(message, "offerWhenQueuedAbove"))
                    object.offerWhenQueuedAbove = message.offerWhenQueuedAbove;
                if (message.offerWhenLongestWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenLongestWaitMinutes"))
                    object.offerWhenLongestWaitMinutes = message.offerWhenLongestWaitMinutes;
                if (message.offerWhenEstimatedWaitMinutes != null && $Object.hasOwnProperty.call(message, "offerWhenEstimatedWaitMinutes"))
                    object.offerWhenEstimatedWaitMinutes = message.offerWhenEstimatedWaitMinutes;
                if (message.stopBeforeCloseMinutes != null && $Object.hasOwnProperty.call(message, "stopBeforeCloseMinutes"))
                    object.stopBeforeCloseMinutes = message.stopBeforeCloseMinutes;
                return object;
            };

            /**
             * Converts this CallbackSettings to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.CallbackSettings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CallbackSettings.prototype.toJSON = function() {
                return CallbackSettings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CallbackSettings
             * @function getTypeUrl
             * @memberof ringmesh.v1.CallbackSettings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CallbackSettings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.CallbackSettings";
            };

            return CallbackSettings;
        })();

        v1.AnswerGroupSpec = (function() {

            /**
             * Properties of an AnswerGroupSpec.
             * @typedef {Object} ringmesh.v1.AnswerGroupSpec.$Properties
             * @property {string|null} [type] AnswerGroupSpec type
             * @property {string|null} [displayName] AnswerGroupSpec displayName
             * @property {string|null} [billingId] AnswerGroupSpec billingId
             * @property {string|null} [number] AnswerGroupSpec number
             * @property {boolean|null} [hiddenFromDirectory] AnswerGroupSpec hiddenFromDirectory
             * @property {boolean|null} [allowNumberDisplay] AnswerGroupSpec allowNumberDisplay
             * @property {ringmesh.v1.OfferedNumber.$Properties|null} [offeredNumber] AnswerGroupSpec offeredNumber
             * @property {string|null} [schedule] AnswerGroupSpec schedule
             * @property {ringmesh.v1.QueueSettings.$Properties|null} [queue] AnswerGroupSpec queue
             * @property {ringmesh.v1.RoutingSettings.$Properties|null} [routing] AnswerGroupSpec routing
             * @property {Array.<ringmesh.v1.Member.$Properties>|null} [members] AnswerGroupSpec members
             * @property {Array.<string>|null} [supervisors] AnswerGroupSpec supervisors
             * @property {ringmesh.v1.AnnouncementSettings.$Properties|null} [announcements] AnswerGroupSpec announcements
             * @property {ringmesh.v1.CallbackSettings.$Properties|null} [callback] AnswerGroupSpec callback
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AnswerGroupSpec.
             * @memberof ringmesh.v1
             * @interface IAnswerGroupSpec
             * @augments ringmesh.v1.AnswerGroupSpec.$Properties
             * @deprecated Use ringmesh.v1.AnswerGroupSpec.$Properties instead.
             */

            /**
             * Shape of an AnswerGroupSpec.
             * @typedef {ringmesh.v1.AnswerGroupSpec.$Properties} ringmesh.v1.AnswerGroupSpec.$Shape
             */

            /**
             * Constructs a new AnswerGroupSpec.
             * @memberof ringmesh.v1
             * @classdesc Represents an AnswerGroupSpec.
             * @constructor
             * @param {ringmesh.v1.AnswerGroupSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AnswerGroupSpec = function (properties) {
                this.members = [];
                this.supervisors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AnswerGroupSpec type.
             * @member {string|null|undefined} type
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.type = null;

            /**
             * AnswerGroupSpec displayName.
             * @member {string} displayName
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.displayName = "";

            /**
             * AnswerGroupSpec billingId.
             * @member {string} billingId
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.billingId = "";

            /**
             * AnswerGroupSpec number.
             * @member {string} number
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.number = "";

            /**
             * AnswerGroupSpec hiddenFromDirectory.
             * @member {boolean|null|undefined} hiddenFromDirectory
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.hiddenFromDirectory = null;

            /**
             * AnswerGroupSpec allowNumberDisplay.
             * @member {boolean|null|undefined} allowNumberDisplay
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.allowNumberDisplay = null;

            /**
             * AnswerGroupSpec offeredNumber.
             * @member {ringmesh.v1.OfferedNumber.$Properties|null|undefined} offeredNumber
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.offeredNumber = null;

            /**
             * AnswerGroupSpec schedule.
             * @member {string} schedule
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.schedule = "";

            /**
             * AnswerGroupSpec queue.
             * @member {ringmesh.v1.QueueSettings.$Properties|null|undefined} queue
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.queue = null;

            /**
             * AnswerGroupSpec routing.
             * @member {ringmesh.v1.RoutingSettings.$Properties|null|undefined} routing
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.routing = null;

            /**
             * AnswerGroupSpec members.
             * @member {Array.<ringmesh.v1.Member.$Properties>} members
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.members = $util.emptyArray;

            /**
             * AnswerGroupSpec supervisors.
             * @member {Array.<string>} supervisors
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.supervisors = $util.emptyArray;

            /**
             * AnswerGroupSpec announcements.
             * @member {ringmesh.v1.AnnouncementSettings.$Properties|null|undefined} announcements
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.announcements = null;

            /**
             * AnswerGroupSpec callback.
             * @member {ringmesh.v1.CallbackSettings.$Properties|null|undefined} callback
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             */
            AnswerGroupSpec.prototype.callback = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnswerGroupSpec.prototype, "_type", {
                get: $util.oneOfGetter($oneOfFields = ["type"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnswerGroupSpec.prototype, "_hiddenFromDirectory", {
                get: $util.oneOfGetter($oneOfFields = ["hiddenFromDirectory"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AnswerGroupSpec.prototype, "_allowNumberDisplay", {
                get: $util.oneOfGetter($oneOfFields = ["allowNumberDisplay"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new AnswerGroupSpec instance using the specified properties.
             * @function create
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {ringmesh.v1.AnswerGroupSpec.$Properties=} [properties] Properties to set
             * @returns {ringmesh.v1.AnswerGroupSpec} AnswerGroupSpec instance
             * @type {{
             *   (properties: ringmesh.v1.AnswerGroupSpec.$Shape): ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape;
             *   (properties?: ringmesh.v1.AnswerGroupSpec.$Properties): ringmesh.v1.AnswerGroupSpec;
             * }}
             */
            AnswerGroupSpec.create = function(properties) {
                return new AnswerGroupSpec(properties);
            };

            /**
             * Encodes the specified AnswerGroupSpec message. Does not implicitly {@link ringmesh.v1.AnswerGroupSpec.verify|verify} messages.
             * @function encode
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {ringmesh.v1.AnswerGroupSpec.$Properties} message AnswerGroupSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerGroupSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
                if (message.billingId != null && $Object.hasOwnProperty.call(message, "billingId") && message.billingId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.billingId);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.number);
                if (message.hiddenFromDirectory != null && $Object.hasOwnProperty.call(message, "hiddenFromDirectory"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.hiddenFromDirectory);
                if (message.allowNumberDisplay != null && $Object.hasOwnProperty.call(message, "allowNumberDisplay"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.allowNumberDisplay);
                if (message.offeredNumber != null && $Object.hasOwnProperty.call(message, "offeredNumber"))
                    $root.ringmesh.v1.OfferedNumber.encode(message.offeredNumber, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule") && message.schedule !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.schedule);
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    $root.ringmesh.v1.QueueSettings.encode(message.queue, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.routing != null && $Object.hasOwnProperty.call(message, "routing"))
                    $root.ringmesh.v1.RoutingSettings.encode(message.routing, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.ringmesh.v1.Member.encode(message.members[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.supervisors != null && message.supervisors.length)
                    for (let i = 0; i < message.supervisors.length; ++i)
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.supervisors[i]);
                if (message.announcements != null && $Object.hasOwnProperty.call(message, "announcements"))
                    $root.ringmesh.v1.AnnouncementSettings.encode(message.announcements, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                    $root.ringmesh.v1.CallbackSettings.encode(message.callback, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AnswerGroupSpec message, length delimited. Does not implicitly {@link ringmesh.v1.AnswerGroupSpec.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {ringmesh.v1.AnswerGroupSpec.$Properties} message AnswerGroupSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AnswerGroupSpec.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AnswerGroupSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape} AnswerGroupSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerGroupSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ringmesh.v1.AnswerGroupSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.type = reader.stringVerify();
                            message._type = "type";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.displayName = value;
                            else
                                delete message.displayName;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.billingId = value;
                            else
                                delete message.billingId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.hiddenFromDirectory = reader.bool();
                            message._hiddenFromDirectory = "hiddenFromDirectory";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.allowNumberDisplay = reader.bool();
                            message._allowNumberDisplay = "allowNumberDisplay";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.offeredNumber = $root.ringmesh.v1.OfferedNumber.decode(reader, reader.size(), $undefined, _depth + 1, message.offeredNumber);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedule = value;
                            else
                                delete message.schedule;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.queue = $root.ringmesh.v1.QueueSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.queue);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.routing = $root.ringmesh.v1.RoutingSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.routing);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.ringmesh.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.supervisors && message.supervisors.length))
                                message.supervisors = [];
                            message.supervisors.push(reader.stringVerify());
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.announcements = $root.ringmesh.v1.AnnouncementSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.announcements);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.callback = $root.ringmesh.v1.CallbackSettings.decode(reader, reader.size(), $undefined, _depth + 1, message.callback);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an AnswerGroupSpec message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ringmesh.v1.AnswerGroupSpec & ringmesh.v1.AnswerGroupSpec.$Shape} AnswerGroupSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AnswerGroupSpec.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AnswerGroupSpec message.
             * @function verify
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AnswerGroupSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    properties._type = 1;
                    if (!$util.isString(message.type))
                        return "type: string expected";
                }
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    if (!$util.isString(message.displayName))
                        return "displayName: string expected";
                if (message.billingId != null && $Object.hasOwnProperty.call(message, "billingId"))
                    if (!$util.isString(message.billingId))
                        return "billingId: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isString(message.number))
                        return "number: string expected";
                if (message.hiddenFromDirectory != null && $Object.hasOwnProperty.call(message, "hiddenFromDirectory")) {
                    properties._hiddenFromDirectory = 1;
                    if (typeof message.hiddenFromDirectory !== "boolean")
                        return "hiddenFromDirectory: boolean expected";
                }
                if (message.allowNumberDisplay != null && $Object.hasOwnProperty.call(message, "allowNumberDisplay")) {
                    properties._allowNumberDisplay = 1;
                    if (typeof message.allowNumberDisplay !== "boolean")
                        return "allowNumberDisplay: boolean expected";
                }
                if (message.offeredNumber != null && $Object.hasOwnProperty.call(message, "offeredNumber")) {
                    let error = $root.ringmesh.v1.OfferedNumber.verify(message.offeredNumber, _depth + 1);
                    if (error)
                        return "offeredNumber." + error;
                }
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    if (!$util.isString(message.schedule))
                        return "schedule: string expected";
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue")) {
                    let error = $root.ringmesh.v1.QueueSettings.verify(message.queue, _depth + 1);
                    if (error)
                        return "queue." + error;
                }
                if (message.routing != null && $Object.hasOwnProperty.call(message, "routing")) {
                    let error = $root.ringmesh.v1.RoutingSettings.verify(message.routing, _depth + 1);
                    if (error)
                        return "routing." + error;
                }
                if (message.members != null && $Object.hasOwnProperty.call(message, "members")) {
                    if (!$Array.isArray(message.members))
                        return "members: array expected";
                    for (let i = 0; i < message.members.length; ++i) {
                        let error = $root.ringmesh.v1.Member.verify(message.members[i], _depth + 1);
                        if (error)
                            return "members." + error;
                    }
                }
                if (message.supervisors != null && $Object.hasOwnProperty.call(message, "supervisors")) {
                    if (!$Array.isArray(message.supervisors))
                        return "supervisors: array expected";
                    for (let i = 0; i < message.supervisors.length; ++i)
                        if (!$util.isString(message.supervisors[i]))
                            return "supervisors: string[] expected";
                }
                if (message.announcements != null && $Object.hasOwnProperty.call(message, "announcements")) {
                    let error = $root.ringmesh.v1.AnnouncementSettings.verify(message.announcements, _depth + 1);
                    if (error)
                        return "announcements." + error;
                }
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback")) {
                    let error = $root.ringmesh.v1.CallbackSettings.verify(message.callback, _depth + 1);
                    if (error)
                        return "callback." + error;
                }
                return null;
            };

            /**
             * Creates an AnswerGroupSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ringmesh.v1.AnswerGroupSpec} AnswerGroupSpec
             */
            AnswerGroupSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.ringmesh.v1.AnswerGroupSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".ringmesh.v1.AnswerGroupSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.ringmesh.v1.AnswerGroupSpec();
                if (object.type != null)
                    message.type = $String(object.type);
                if (object.displayName != null)
                    if (typeof object.displayName !== "string" || object.displayName.length)
                        message.displayName = $String(object.displayName);
                if (object.billingId != null)
                    if (typeof object.billingId !== "string" || object.billingId.length)
                        message.billingId = $String(object.billingId);
                if (object.number != null)
                    if (typeof object.number !== "string" || object.number.length)
                        message.number = $String(object.number);
                if (object.hiddenFromDirectory != null)
                    message.hiddenFromDirectory = $Boolean(object.hiddenFromDirectory);
                if (object.allowNumberDisplay != null)
                    message.allowNumberDisplay = $Boolean(object.allowNumberDisplay);
                if (object.offeredNumber != null) {
                    if (!$util.isObject(object.offeredNumber))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.offeredNumber: object expected");
                    message.offeredNumber = $root.ringmesh.v1.OfferedNumber.fromObject(object.offeredNumber, _depth + 1);
                }
                if (object.schedule != null)
                    if (typeof object.schedule !== "string" || object.schedule.length)
                        message.schedule = $String(object.schedule);
                if (object.queue != null) {
                    if (!$util.isObject(object.queue))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.queue: object expected");
                    message.queue = $root.ringmesh.v1.QueueSettings.fromObject(object.queue, _depth + 1);
                }
                if (object.routing != null) {
                    if (!$util.isObject(object.routing))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.routing: object expected");
                    message.routing = $root.ringmesh.v1.RoutingSettings.fromObject(object.routing, _depth + 1);
                }
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i) {
                        if (!$util.isObject(object.members[i]))
                            throw $TypeError(".ringmesh.v1.AnswerGroupSpec.members: object expected");
                        message.members[i] = $root.ringmesh.v1.Member.fromObject(object.members[i], _depth + 1);
                    }
                }
                if (object.supervisors) {
                    if (!$Array.isArray(object.supervisors))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.supervisors: array expected");
                    message.supervisors = $Array(object.supervisors.length);
                    for (let i = 0; i < object.supervisors.length; ++i)
                        message.supervisors[i] = $String(object.supervisors[i]);
                }
                if (object.announcements != null) {
                    if (!$util.isObject(object.announcements))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.announcements: object expected");
                    message.announcements = $root.ringmesh.v1.AnnouncementSettings.fromObject(object.announcements, _depth + 1);
                }
                if (object.callback != null) {
                    if (!$util.isObject(object.callback))
                        throw $TypeError(".ringmesh.v1.AnswerGroupSpec.callback: object expected");
                    message.callback = $root.ringmesh.v1.CallbackSettings.fromObject(object.callback, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AnswerGroupSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {ringmesh.v1.AnswerGroupSpec} message AnswerGroupSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AnswerGroupSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.members = [];
                    object.supervisors = [];
                }
                if (options.defaults) {
                    object.displayName = "";
                    object.billingId = "";
                    object.number = "";
                    object.offeredNumber = null;
                    object.schedule = "";
                    object.queue = null;
                    object.routing = null;
                    object.announcements = null;
                    object.callback = null;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                    object.displayName = message.displayName;
                if (message.billingId != null && $Object.hasOwnProperty.call(message, "billingId"))
                    object.billingId = message.billingId;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    object.number = message.number;
                if (message.hiddenFromDirectory != null && $Object.hasOwnProperty.call(message, "hiddenFromDirectory"))
                    object.hiddenFromDirectory = message.hiddenFromDirectory;
                if (message.allowNumberDisplay != null && $Object.hasOwnProperty.call(message, "allowNumberDisplay"))
                    object.allowNumberDisplay = message.allowNumberDisplay;
                if (message.offeredNumber != null && $Object.hasOwnProperty.call(message, "offeredNumber"))
                    object.offeredNumber = $root.ringmesh.v1.OfferedNumber.toObject(message.offeredNumber, options, _depth + 1);
                if (message.schedule != null && $Object.hasOwnProperty.call(message, "schedule"))
                    object.schedule = message.schedule;
                if (message.queue != null && $Object.hasOwnProperty.call(message, "queue"))
                    object.queue = $root.ringmesh.v1.QueueSettings.toObject(message.queue, options, _depth + 1);
                if (message.routing != null && $Object.hasOwnProperty.call(message, "routing"))
                    object.routing = $root.ringmesh.v1.RoutingSettings.toObject(message.routing, options, _depth + 1);
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = $root.ringmesh.v1.Member.toObject(message.members[j], options, _depth + 1);
                }
                if (message.supervisors && message.supervisors.length) {
                    object.supervisors = $Array(message.supervisors.length);
                    for (let j = 0; j < message.supervisors.length; ++j)
                        object.supervisors[j] = message.supervisors[j];
                }
                if (message.announcements != null && $Object.hasOwnProperty.call(message, "announcements"))
                    object.announcements = $root.ringmesh.v1.AnnouncementSettings.toObject(message.announcements, options, _depth + 1);
                if (message.callback != null && $Object.hasOwnProperty.call(message, "callback"))
                    object.callback = $root.ringmesh.v1.CallbackSettings.toObject(message.callback, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AnswerGroupSpec to JSON.
             * @function toJSON
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AnswerGroupSpec.prototype.toJSON = function() {
                return AnswerGroupSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AnswerGroupSpec
             * @function getTypeUrl
             * @memberof ringmesh.v1.AnswerGroupSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AnswerGroupSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ringmesh.v1.AnswerGroupSpec";
            };

            return AnswerGroupSpec;
        })();

        return v1;
    })();

    return ringmesh;
})();

export {
  $root as default
};
