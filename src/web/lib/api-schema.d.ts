// Generated from the server's OpenAPI document by `npm run api-types`; do not edit.
// The route schemas in src/modules/*/routes.ts are the source.

export interface paths {
    "/api/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: 申请列表（需 services.read） Request list (needs services.read on the node) */
        get: {
            parameters: {
                query: {
                    jurisdiction_id: string;
                    service_code?: string;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agency_responsible: string;
                            description: string;
                            expected_datetime: string | null;
                            jurisdiction_id: string;
                            requested_datetime: string;
                            service_code: string;
                            service_name: string;
                            service_notice: string | null;
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            status_notes: string | null;
                            updated_datetime: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** GeoReport v2: 提交申请（需登录会话与 x-csrf-token；工作人员须给 resident_id） Create a request (session + x-csrf-token; staff give resident_id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        jurisdiction_id: string;
                        resident_id?: number;
                        service_code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account_id: string | null;
                            service_notice: string | null;
                            service_request_id: string;
                        }[];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: string;
                            title: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/requests/{service_request_id}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: 一项申请 One request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    service_request_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            agency_responsible: string;
                            description: string;
                            expected_datetime: string | null;
                            jurisdiction_id: string;
                            requested_datetime: string;
                            service_code: string;
                            service_name: string;
                            service_notice: string | null;
                            service_request_id: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            status_notes: string | null;
                            updated_datetime: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: 服务列表 Service list */
        get: {
            parameters: {
                query: {
                    jurisdiction_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            group: string;
                            keywords: string;
                            metadata: boolean;
                            service_code: string;
                            service_name: string;
                            /** @enum {string} */
                            type: "realtime";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/open311/v2/services/{service_code}.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: 服务定义（所需材料） Service definition (documents needed) */
        get: {
            parameters: {
                query: {
                    jurisdiction_id: string;
                };
                header?: never;
                path: {
                    service_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attributes: {
                                code: string;
                                /** @enum {string} */
                                datatype: "string";
                                datatype_description: string;
                                description: string;
                                order: number;
                                required: boolean;
                                variable: boolean;
                            }[];
                            service_code: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 附件（已发布的公开；草稿仅工作人员） An attachment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 附件（图片或 PDF） The attached image or PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/can": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 权限判断及理由 May I? With the reasons */
        get: {
            parameters: {
                query: {
                    action: string;
                    code: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed: boolean;
                            trace: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                displayName: string;
                                id: number;
                                residentId: number | null;
                                username: string;
                            };
                            actions: string[];
                            csrfToken: string;
                            grants: {
                                /** @description for department staff: the department they act for */
                                department?: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                                } | null;
                                id: number;
                                jurisdictionCode: string;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出 Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 The signed-in account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            account: {
                                displayName: string;
                                id: number;
                                residentId: number | null;
                                username: string;
                            };
                            actions: string[];
                            csrfToken: string;
                            grants: {
                                /** @description for department staff: the department they act for */
                                department?: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                                } | null;
                                id: number;
                                jurisdictionCode: string;
                                role: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历：是否已覆盖该年 Working-day calendar of a year */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: boolean;
                            coveredByPackage: boolean;
                            days: {
                                date: string;
                                note: string;
                                work: boolean;
                            }[];
                            enteredByCounty: boolean;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-list-entries/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销县清单条目 Withdraw a county entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项证明申请 One certificate request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificate: {
                                basis: string;
                                holderName: string;
                                holderResidentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByLabel: string;
                                issuedOn: string;
                                name: string;
                                number: string;
                                purpose: string;
                                requestId: number;
                                statement: string;
                                token: string;
                                villageCode: string;
                            } | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇决定清单外证明，并据此扩充县清单 The township decides an unlisted certificate, extending a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authority?: string | null;
                        basis: string;
                        /** @enum {string} */
                        list: "lawful" | "forbidden";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificate: {
                                basis: string;
                                holderName: string;
                                holderResidentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByLabel: string;
                                issuedOn: string;
                                name: string;
                                number: string;
                                purpose: string;
                                requestId: number;
                                statement: string;
                                token: string;
                                villageCode: string;
                            } | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificate-requests/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具乡镇已决定可以出具的证明 Issue an approved certificate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        statement: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificate: {
                                basis: string;
                                holderName: string;
                                holderResidentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByLabel: string;
                                issuedOn: string;
                                name: string;
                                number: string;
                                purpose: string;
                                requestId: number;
                                statement: string;
                                token: string;
                                villageCode: string;
                            } | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证明 PDF（带核验二维码） The certificate PDF with its verification QR */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 证明（PDF，带核验二维码） The certificate as a PDF with its verification QR */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{number}/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开核验证明（持证人姓名脱敏） Public verification (holder masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            holderMasked: string;
                            issuedBy: string;
                            issuedOn: string;
                            name: string;
                            number: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultation-comments/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 隐藏留言（须说明理由） Hide a comment, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议题、时间线 A topic with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                categoryId: number;
                                decision: string | null;
                                description: string;
                                feedback: string | null;
                                preReview: string | null;
                                sessionOutcome: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    categoryId?: number;
                                    description?: string;
                                    text?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 协商留言（每页 20 条） Comments, 20 a page */
        get: {
            parameters: {
                query?: {
                    cursor?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                authorName: string | null;
                                body: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                hidden: boolean;
                                hiddenReason: string | null;
                                id: number;
                                parentId: number | null;
                                replies: {
                                    authorName: string | null;
                                    body: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    hidden: boolean;
                                    hiddenReason: string | null;
                                    id: number;
                                    parentId: number | null;
                                }[];
                            }[];
                            nextCursor: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 留言或回复 Comment or reply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        parentId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consultations/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预审、记录协商、采纳、落实、反馈 Take the next step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text?: string;
                        /** @enum {string} */
                        type: "accept" | "decline" | "recordSession" | "adopt" | "notAdopt" | "implement" | "reportBack";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                categoryId: number;
                                decision: string | null;
                                description: string;
                                feedback: string | null;
                                preReview: string | null;
                                sessionOutcome: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    categoryId?: number;
                                    description?: string;
                                    text?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-comments/{id}/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳或不采纳，并说明理由 Adopted or not, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        disposition: "adopted" | "notAdopted";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-comments/{id}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 隐藏留言（须说明理由） Hide a comment, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-findings/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 乡镇对审查意见作出决定：必须修改，或认定合法（说明理由） The township decides a finding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "mustChange" | "lawful";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-revisions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 修订进程：步骤、时间线、草案及审查意见 A revision with its timeline, draft and findings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                adoptedOn: string | null;
                                approvedVersionId: number | null;
                                covenantId: number;
                                filedOn: string | null;
                                meetingId: number | null;
                                motionId: number | null;
                                publishedVersionId: number | null;
                                reviewVersionId: number | null;
                                womenPresent: number | null;
                            };
                            covenant: {
                                id: number;
                                inForceVersionId: number | null;
                                /** @enum {string} */
                                kind: "village" | "community";
                                title: string;
                            };
                            draft: {
                                chapters: {
                                    clauses: {
                                        article: number;
                                        chapter: number;
                                        id: string;
                                        label: string;
                                        text: string;
                                    }[];
                                    label: string;
                                    number: number;
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                note: string | null;
                                number: number;
                                screen: {
                                    findings: {
                                        basis: string;
                                        excerpt: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    id: string;
                                    lawful: boolean;
                                }[];
                            } | null;
                            findings: {
                                basis: string;
                                clauseId: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                decision: "mustChange" | "lawful" | null;
                                decisionReason: string | null;
                                excerpt: string;
                                id: number;
                                message: string;
                                procedureId: number;
                                rule: string;
                                /** @enum {string} */
                                stage: "review" | "vote";
                                versionId: number;
                                villageCode: string;
                            }[];
                            id: number;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            opinions: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                source: "online" | "paper" | "meeting" | "visit" | "phone";
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                state: string;
                            }[];
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    adoptedOn?: string | null;
                                    covenantId?: number;
                                    filedOn?: string;
                                    meetingId?: number | null;
                                    motionId?: number | null;
                                    reason?: string;
                                    versionId?: number | null;
                                    womenPresent?: number | null;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            versions: {
                                adoptedOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                ledgerHash: string | null;
                                ledgerSeq: number | null;
                                note: string | null;
                                number: number;
                                /** @enum {string} */
                                origin: "draft" | "registered";
                                procedureId: number | null;
                                /** @enum {string} */
                                status: "draft" | "inForce" | "superseded" | "notAdopted";
                            }[];
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-revisions/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对条款的意见及采纳情况（每页 20 条） Clause comments with dispositions, 20 a page */
        get: {
            parameters: {
                query?: {
                    clauseId?: string;
                    cursor?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                authorName: string;
                                body: string;
                                clauseId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string|null} */
                                disposition: "adopted" | "notAdopted" | null;
                                dispositionReason: string | null;
                                hidden: boolean;
                                hiddenReason: string | null;
                                id: number;
                                versionId: number;
                            }[];
                            nextCursor: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 对草案某一条提出意见 Comment on a clause of the draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        clauseId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clauseId: string;
                            id: number;
                            versionId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-revisions/{id}/opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 征集到的意见（含提出人与收集方式） Opinions with who and how */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authorName: string;
                            body: string;
                            collectedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @enum {string} */
                            source: "online" | "paper" | "meeting" | "visit" | "phone";
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提出意见（居民网上提交；工作人员录入纸质或当面收集的意见） Submit an opinion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorName?: string;
                        body: string;
                        /** @enum {string} */
                        source?: "online" | "paper" | "meeting" | "visit" | "phone";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-revisions/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进修订的下一步 Take the next step of the revision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filedOn?: string;
                        meetingId?: number;
                        motionId?: number;
                        reason?: string;
                        /** @enum {string} */
                        type: "draft" | "submitReview" | "approve" | "returnDraft" | "vote" | "file" | "publish";
                        womenPresent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                adoptedOn: string | null;
                                approvedVersionId: number | null;
                                covenantId: number;
                                filedOn: string | null;
                                meetingId: number | null;
                                motionId: number | null;
                                publishedVersionId: number | null;
                                reviewVersionId: number | null;
                                womenPresent: number | null;
                            };
                            covenant: {
                                id: number;
                                inForceVersionId: number | null;
                                /** @enum {string} */
                                kind: "village" | "community";
                                title: string;
                            };
                            draft: {
                                chapters: {
                                    clauses: {
                                        article: number;
                                        chapter: number;
                                        id: string;
                                        label: string;
                                        text: string;
                                    }[];
                                    label: string;
                                    number: number;
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                note: string | null;
                                number: number;
                                screen: {
                                    findings: {
                                        basis: string;
                                        excerpt: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    id: string;
                                    lawful: boolean;
                                }[];
                            } | null;
                            findings: {
                                basis: string;
                                clauseId: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                decision: "mustChange" | "lawful" | null;
                                decisionReason: string | null;
                                excerpt: string;
                                id: number;
                                message: string;
                                procedureId: number;
                                rule: string;
                                /** @enum {string} */
                                stage: "review" | "vote";
                                versionId: number;
                                villageCode: string;
                            }[];
                            id: number;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            opinions: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                source: "online" | "paper" | "meeting" | "visit" | "phone";
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                state: string;
                            }[];
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    adoptedOn?: string | null;
                                    covenantId?: number;
                                    filedOn?: string;
                                    meetingId?: number | null;
                                    motionId?: number | null;
                                    reason?: string;
                                    versionId?: number | null;
                                    womenPresent?: number | null;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            versions: {
                                adoptedOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                ledgerHash: string | null;
                                ledgerSeq: number | null;
                                note: string | null;
                                number: number;
                                /** @enum {string} */
                                origin: "draft" | "registered";
                                procedureId: number | null;
                                /** @enum {string} */
                                status: "draft" | "inForce" | "superseded" | "notAdopted";
                            }[];
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-revisions/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保存草案新版本（逐条自动审查） Save a new draft version (screened clause by clause) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        chapters: {
                            clauses: {
                                id?: string;
                                text: string;
                            }[];
                            title: string;
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoptedOn: string | null;
                            chapters: {
                                clauses: {
                                    article: number;
                                    chapter: number;
                                    id: string;
                                    label: string;
                                    text: string;
                                }[];
                                label: string;
                                number: number;
                                title: string;
                            }[];
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            note: string | null;
                            number: number;
                            /** @enum {string} */
                            origin: "draft" | "registered";
                            procedureId: number | null;
                            screen: {
                                findings: {
                                    basis: string;
                                    excerpt: string;
                                    message: string;
                                    rule: string;
                                }[];
                                id: string;
                                lawful: boolean;
                            }[];
                            /** @enum {string} */
                            status: "draft" | "inForce" | "superseded" | "notAdopted";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-roll/{id}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对黑榜记录申诉 Appeal a warning-roll entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appealDecidedBy: string | null;
                            /** @enum {string|null} */
                            appealDecision: "upheld" | "removed" | null;
                            appealedOn: string | null;
                            appealReason: string | null;
                            appealText: string | null;
                            clauseId: string;
                            clauseLabel: string;
                            clauseText: string;
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidence: string;
                            expiresOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "honor" | "warning";
                            personName: string;
                            recordedBy: string;
                            recordedOn: string;
                            residentId: number | null;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-roll/{id}/appeal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对申诉作出决定 Decide an appeal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "upheld" | "removed";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appealDecidedBy: string | null;
                            /** @enum {string|null} */
                            appealDecision: "upheld" | "removed" | null;
                            appealedOn: string | null;
                            appealReason: string | null;
                            appealText: string | null;
                            clauseId: string;
                            clauseLabel: string;
                            clauseText: string;
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidence: string;
                            expiresOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "honor" | "warning";
                            personName: string;
                            recordedBy: string;
                            recordedOn: string;
                            residentId: number | null;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个版本的全文 One version's text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoptedOn: string | null;
                            chapters: {
                                clauses: {
                                    article: number;
                                    chapter: number;
                                    id: string;
                                    label: string;
                                    text: string;
                                }[];
                                label: string;
                                number: number;
                                title: string;
                            }[];
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            note: string | null;
                            number: number;
                            /** @enum {string} */
                            origin: "draft" | "registered";
                            procedureId: number | null;
                            /** @enum {string} */
                            status: "draft" | "inForce" | "superseded" | "notAdopted";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/covenant-versions/{id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 与另一版本或施行中的公约逐条对照 Clause-by-clause diff against another version or the covenant in force */
        get: {
            parameters: {
                query: {
                    against: "inForce" | number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: {
                                id: number;
                                number: number;
                            } | null;
                            rows: {
                                after: {
                                    label: string;
                                    text: string;
                                } | null;
                                before: {
                                    label: string;
                                    text: string;
                                } | null;
                                /** @enum {string} */
                                change: "added" | "removed" | "changed" | "moved" | "same";
                                clauseId: string;
                            }[];
                            to: {
                                id: number;
                                number: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosure-catalog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改或停用目录事项 Edit or retire a catalogue item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string} */
                        cadence?: "quarterly" | "monthly" | "finance" | "immediate";
                        requirement?: string;
                        sort?: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            cadence: "quarterly" | "monthly" | "finance" | "immediate";
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            id: number;
                            requirement: string;
                            responsibleRole: string;
                            scopeCode: string;
                            sort: number;
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开内容详情及审核记录 An entry with its review timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改草稿（已发布的不能修改） Edit a draft (never a published entry) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyMd?: string;
                        catalogItemId?: number | null;
                        /** @enum {string} */
                        column?: "party" | "village" | "finance" | "services";
                        financeLines?: {
                            amountFen: number;
                            category: string;
                            counterparty: string;
                            /** @enum {string} */
                            direction: "income" | "expense";
                            occurredOn: string;
                            voucherNo: string;
                        }[];
                        periodEnd?: string | null;
                        periodStart?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/disclosures/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监委会审核通过 Approve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosures/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传附件（图片或 PDF） Attach an image or PDF */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filename: string;
                            id: number;
                            mime: string;
                            sha256: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosures/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正已发布内容：生成新草稿，原内容保留 Start a correction of a published entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosures/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布到公开栏和公开账本 Publish to the board and the ledger */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosures/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监委会退回（须说明理由） Return with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disclosures/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交监委会审核 Submit for review */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/duty-list-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改清单事项 Edit a list item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis?: string;
                        department?: string | null;
                        /** @enum {string} */
                        list?: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: string | null;
                            fromRequestId: number | null;
                            id: number;
                            /** @enum {string} */
                            list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/duty-list-items/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 移出清单 Retire a list item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 选举详情、法定时间表与各步状态 An election with its statutory timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/candidates/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布正式候选人（须差额） Publish the candidate list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 颁发当选证书 Issue the certificates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/certificates.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当选证书 PDF Certificates of election */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 当选证书（PDF） The certificates of election */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成工作移交 Record the handover */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提名与联审（含不通过理由，仅限授权人员） Nominations and vetting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exclusionReason: string | null;
                            female: boolean;
                            id: number;
                            nominators: number;
                            nomineeName: string;
                            nomineeVoterId: number;
                            position: string;
                            status: string;
                            vetting: {
                                department: string;
                                name: string;
                                passed: boolean | null;
                                reason: string | null;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记选民直接提名 Record a direct nomination */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nominatorVoterIds: number[];
                        nomineeVoterId: number;
                        /** @enum {string} */
                        position: "director" | "deputyDirector" | "member" | "womenMember";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            withdrew: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对选民名单提出异议 Object to the voter roll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        claim: "include" | "exclude";
                        statement: string;
                        subjectName: string;
                        voterId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decisionDue: string;
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记委托投票（附书面委托书） File a proxy with its written authorisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorisation?: {
                            filename?: string;
                            sha256: string;
                        };
                        principalVoterId: number;
                        proxyVoterId: number;
                        /** @enum {string} */
                        relation: "spouse" | "parent" | "child" | "sibling" | "grandparent" | "grandchild";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/proxies/{proxyId}/authorisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委托书扫描件（仅工作人员） The scanned authorisation (staff only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proxyId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 委托书扫描件（PDF、JPG 或 PNG） The scanned authorisation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/proxy-authorisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传委托书扫描件（PDF/JPG/PNG） Upload a scanned written authorisation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            filename: string;
                            mime: string;
                            sha256: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 选举的公示：选民名单、正式候选人、委托投票、选举结果 What an election published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            candidates: {
                                hash: string;
                                payload: {
                                    electionDay: string;
                                    electionId: number;
                                    positions: {
                                        candidates: string[];
                                        /** @enum {string} */
                                        position: "director" | "deputyDirector" | "member" | "womenMember";
                                        positionName: string;
                                        seats: number;
                                    }[];
                                    publishedOn: string;
                                    title: string;
                                };
                                publishedAt: string;
                                seq: number;
                            } | null;
                            electionDay: string;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            proxies: {
                                principal: string;
                                proxy: string;
                            }[];
                            results: {
                                hash: string;
                                payload: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        position: "director" | "deputyDirector" | "member" | "womenMember";
                                        positionName: string;
                                        round: number;
                                        votes: number;
                                    }[];
                                    electionDay: string;
                                    electionId: number;
                                    rounds: {
                                        kind: string;
                                        majorityMinVotes: number | null;
                                        /** @enum {string} */
                                        position: "director" | "deputyDirector" | "member" | "womenMember";
                                        reasons: {
                                            article: string;
                                            message: string;
                                            rule: string;
                                        }[];
                                        roundNo: number;
                                        seats: number;
                                        seatsUnfilled: number | null;
                                        thresholdMinVotes: number | null;
                                        vacancyMayRemain: boolean | null;
                                        valid: boolean | null;
                                    }[];
                                    title: string;
                                };
                                publishedAt: string;
                                seq: number;
                            } | null;
                            roll: {
                                hash: string;
                                payload: {
                                    count: number;
                                    electionDay: string;
                                    electionId: number;
                                    publishedOn: string;
                                    title: string;
                                    voters: {
                                        group: string | null;
                                        name: string;
                                    }[];
                                };
                                publishedAt: string;
                                seq: number;
                            } | null;
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登记参加选举的表示与申请（组织法第十三条第二款第二、三项） Declarations and applications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedOn: string | null;
                            declaredOn: string;
                            monthsResident: number | null;
                            recordedBy: string;
                            reference: string;
                            residentId: number;
                            way: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 记录本人表示参加选举（第二项）或经会议同意的申请（第三项），并重新生成名单 Record a way-2 declaration or way-3 application */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvedOn?: string | null;
                        declaredOn: string;
                        monthsResidentHere?: number | null;
                        reference: string;
                        residentId: number;
                        way: 2 | 3;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rollRebuilt: boolean;
                            voter: {
                                id: number;
                                included: boolean;
                                name: string;
                                reason: string;
                                way: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/results/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 当场公布选举结果 Publish the results */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从人口登记生成选民名单 Derive the voter roll from the register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            excluded: number;
                            included: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/roll/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布选民名单（选举日二十日前） Publish the voter roll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/rounds/{no}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入一个票箱的计票结果（两人分别录入） Enter a box's count */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    no: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        box: string;
                        issued: number;
                        returned: number;
                        spoiled: number;
                        votes: {
                            [key: string]: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            box: string;
                            entries: {
                                enteredBy: string;
                                entryNo: number;
                                issued: number;
                                returned: number;
                                spoiled: number;
                                votes: {
                                    [key: string]: {
                                        [key: string]: number;
                                    };
                                };
                            }[];
                            mismatches: string[];
                            mobile: boolean;
                            /** @description incomplete | mismatch | confirmed */
                            status: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/rounds/{no}/counts/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 两次录入不一致时重新清点该票箱 Clear a box's entries to recount */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    no: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        box: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            box: string;
                            entries: {
                                enteredBy: string;
                                entryNo: number;
                                issued: number;
                                returned: number;
                                spoiled: number;
                                votes: {
                                    [key: string]: {
                                        [key: string]: number;
                                    };
                                };
                            }[];
                            mismatches: string[];
                            mobile: boolean;
                            /** @description incomplete | mismatch | confirmed */
                            status: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/elections/{id}/rounds/{no}/tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 计票（依法定规则） Tally a round by the statutory rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    no: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ballotsReturned: number;
                            outcomes: {
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                };
                                position: string;
                            }[];
                            registeredVoters: number;
                            roundNo: number;
                            supplementaryRound: number | null;
                            votersWhoVoted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/errands/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代办办回：记录带回的材料或结果 The errand comes back: record what was returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        returned: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handedOver: string;
                            id: number;
                            matter: string;
                            office: string;
                            requestId: number | null;
                            residentId: number;
                            residentName: string;
                            returned: string | null;
                            returnedOn: string | null;
                            runnerLabel: string;
                            startedOn: string;
                            /** @enum {string} */
                            state: "out" | "returned";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监委会答复 Answer a question */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        private?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 Health */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改户信息 Edit a household */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        groupId?: number | null;
                        number?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            groupId: number | null;
                            id: number;
                            number: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按名称或代码搜索区划 Search the tree by name or code */
        get: {
            parameters: {
                query: {
                    q: string;
                    under?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            kind: string | null;
                            level: string;
                            name: string;
                            shortName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 区划节点及其下级 A node of the tree with its children */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                shortName: string;
                            }[];
                            code: string;
                            grids: {
                                description: string | null;
                                groupId: number | null;
                                id: number;
                                name: string;
                            }[];
                            groups: {
                                id: number;
                                name: string;
                                sort: number;
                            }[];
                            kind: string | null;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            path: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                shortName: string;
                            }[];
                            profile: {
                                households: number | null;
                                officeAddress: string | null;
                                officePhone: string | null;
                                population: number | null;
                            } | null;
                            shortName: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/admission-villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可提交事项的村(社区) Villages a request may be filed for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            shortName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 操作留痕（本辖区及下级） Audit log of a node and everything below it */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorLabel: string;
                                after: unknown;
                                /** Format: date-time */
                                at: string;
                                before: unknown;
                                capacityCode: string | null;
                                capacityRole: string;
                                id: number;
                                jurisdictionCode: string;
                                targetId: string;
                                targetType: string;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 县民政局录入国务院当年节假日通知 Enter a year's official holidays and adjusted workdays */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        complete: boolean;
                        days: {
                            date: string;
                            note: string;
                            work: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covered: boolean;
                            coveredByPackage: boolean;
                            days: {
                                date: string;
                                note: string;
                                work: boolean;
                            }[];
                            enteredByCounty: boolean;
                            year: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/certificate-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证明事项清单：可以出具（含依据）与不应出具（含应由哪个部门办理） The certificate lists in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            countyCode: string;
                            forbidden: {
                                aliases: string[];
                                authority: string;
                                basis: string;
                                id: number | null;
                                name: string;
                                /** @enum {string} */
                                source: "national" | "provincial" | "county" | "township";
                            }[];
                            lawful: {
                                aliases: string[];
                                basis: string;
                                id: number | null;
                                name: string;
                                /** @enum {string} */
                                source: "national" | "provincial" | "county" | "township";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 县民政局增加清单条目 The county adds a list entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        aliases?: string[];
                        authority?: string | null;
                        basis: string;
                        /** @enum {string} */
                        list: "lawful" | "forbidden";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            aliases: string[];
                            authority: string | null;
                            basis: string;
                            countyCode: string;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            decidedRequestId: number | null;
                            id: number;
                            /** @enum {string} */
                            list: "lawful" | "forbidden";
                            name: string;
                            /** @enum {string} */
                            source: "county" | "township";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/certificate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证明申请（本级及下级） Certificate requests */
        get: {
            parameters: {
                query?: {
                    outcome?: "issued" | "refused" | "pendingTownship" | "approved";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/committee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两委及监委会成员（公开） Committee members (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            body: "partyBranch" | "residentsCommittee" | "supervisoryCommittee";
                            id: number;
                            name: string;
                            /** @enum {string} */
                            post: "secretary" | "deputySecretary" | "chair" | "viceChair" | "member";
                            termEnd: string | null;
                            termStart: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/consultation-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事协商事项目录 The consultation catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            scopeCode: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/covenant-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内进行中的公约修订（乡镇审核待办） Revisions under way below a node (the township's review queue) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                            villageName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门：服务本区划的（上级乡镇和县的）与设在本区划及下级的 Departments serving a node (of its township and county) and those under it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            serving: {
                                id: number;
                                jurisdictionCode: string;
                                /** @enum {string} */
                                kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                                kindLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                name: string;
                            }[];
                            under: {
                                id: number;
                                jurisdictionCode: string;
                                /** @enum {string} */
                                kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                                kindLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 县民政局设立一个部门（设在本县或其乡镇） The county sets up a department of itself or of a township */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            jurisdictionCode: string;
                            /** @enum {string} */
                            kind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | "organisationDepartment" | "countyDepartment";
                            kindLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开目录（本级及上级设置的事项） The disclosure catalogue that applies to a node */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            cadence: "quarterly" | "monthly" | "finance" | "immediate";
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            id: number;
                            requirement: string;
                            responsibleRole: string;
                            scopeCode: string;
                            sort: number;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 新增目录事项 Add a catalogue item at this node */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cadence: "quarterly" | "monthly" | "finance" | "immediate";
                        /** @enum {string} */
                        column: "party" | "village" | "finance" | "services";
                        requirement: string;
                        sort?: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** @enum {string} */
                            cadence: "quarterly" | "monthly" | "finance" | "immediate";
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            id: number;
                            requirement: string;
                            responsibleRole: string;
                            scopeCode: string;
                            sort: number;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-catalog/defaults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 载入默认目录模板（县级） Install the default county template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            added: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区各村公开情况 Compliance of every village below a township or county */
        get: {
            parameters: {
                query?: {
                    quarter?: number;
                    year?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quarter: number;
                            villages: {
                                calendarMissing: number;
                                code: string;
                                dueSoon: number;
                                feedback: {
                                    answered: number;
                                    overdue: number;
                                    received: number;
                                };
                                late: number;
                                name: string;
                                onTime: number;
                                overdue: number;
                                published: number;
                                township: string | null;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度报表列表 Quarterly reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            generatedAt: string;
                            quarter: number;
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 立即生成季度报表 Generate a quarter's report now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quarter: number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            quarter: number;
                            villages: number;
                            year: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-reports/{year}/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度报表（JSON，或 ?format=xlsx 下载 Excel） A quarterly report */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    code: string;
                    quarter: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 季度报表（JSON 或 Excel） The report, as JSON or as a workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                generatedOn: string;
                                quarter: number;
                                scopeCode: string;
                                villages: {
                                    byColumn: {
                                        [key: string]: number;
                                    };
                                    calendarMissing: number;
                                    code: string;
                                    dueSoon: number;
                                    feedback: {
                                        answered: number;
                                        overdue: number;
                                        received: number;
                                    };
                                    late: number;
                                    name: string;
                                    onTime: number;
                                    overdue: number;
                                    published: number;
                                    township: string | null;
                                }[];
                                year: number;
                            };
                            /** Format: date-time */
                            generatedAt: string;
                        };
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/disclosure-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开设置（含继承） Disclosure settings, with where each is set */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueWorkingDays: number;
                            feedbackWorkingDays: number;
                            frequentFinance: boolean;
                            reportDay: number;
                            setAt: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改公开设置（null 表示沿用上级） Change settings (null inherits) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueWorkingDays?: number | null;
                        feedbackWorkingDays?: number | null;
                        frequentFinance?: boolean | null;
                        reportDay?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueWorkingDays: number;
                            feedbackWorkingDays: number;
                            frequentFinance: boolean;
                            reportDay: number;
                            setAt: {
                                [key: string]: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/duty-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县“三张清单”（依法履职、协助办理、负面事项） The county's three duty lists */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            countyCode: string;
                            lists: {
                                items: {
                                    basis: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    department: string | null;
                                    fromRequestId: number | null;
                                    id: number;
                                    /** @enum {string} */
                                    list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                                    title: string;
                                }[];
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 增加清单事项 Add an item to a list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: string;
                        department?: string | null;
                        /** @enum {string} */
                        list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: string | null;
                            fromRequestId: number | null;
                            id: number;
                            /** @enum {string} */
                            list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/elections-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区各村（社区）换届选举进度与结果 Elections across the villages */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            elected: {
                                name: string;
                                position: string;
                                votes: number;
                            }[];
                            electionDay: string;
                            id: number;
                            overdue: {
                                due: string;
                                key: string;
                                label: string;
                            }[];
                            seats: number;
                            state: string;
                            title: string;
                            villageCode: string;
                            villageName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增网格 Add a grid */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        groupId?: number | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string | null;
                            groupId: number | null;
                            id: number;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新增村(居)民小组 Add a group */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            name: string;
                            sort: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 户 Households of a village */
        get: {
            parameters: {
                query?: {
                    cursor?: number;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                groupId: number | null;
                                headName: string | null;
                                id: number;
                                members: number;
                                number: string;
                            }[];
                            nextCursor: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 新增户 Add a household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        groupId?: number | null;
                        number: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            groupId: number | null;
                            id: number;
                            number: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/matter-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 必须经“四议两公开”的事项 Matters that must go through the procedure */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            id: number;
                            scopeCode: string;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/people-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出名册 Excel Export the register */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 名册（Excel） The register as a workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/people-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Excel 导入户和居民：dryRun=true 只校验，否则全部导入或全部不导入 Import households and residents (all or nothing) */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errors: {
                                column: string;
                                field: string;
                                messages: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                row: number;
                                rule: string;
                            }[];
                            households: {
                                existing: number;
                                new: number;
                            };
                            ok: boolean;
                            residents: {
                                new: number;
                                updated: number;
                            };
                            rows: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改村(社区)概况 Edit a village profile */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        households?: number | null;
                        officeAddress?: string | null;
                        officePhone?: string | null;
                        population?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                shortName: string;
                            }[];
                            code: string;
                            grids: {
                                description: string | null;
                                groupId: number | null;
                                id: number;
                                name: string;
                            }[];
                            groups: {
                                id: number;
                                name: string;
                                sort: number;
                            }[];
                            kind: string | null;
                            level: string;
                            name: string;
                            parentCode: string | null;
                            path: {
                                code: string;
                                kind: string | null;
                                level: string;
                                name: string;
                                shortName: string;
                            }[];
                            profile: {
                                households: number | null;
                                officeAddress: string | null;
                                officePhone: string | null;
                                population: number | null;
                            } | null;
                            shortName: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村(居)民名册 Residents of a village (masked) */
        get: {
            parameters: {
                query?: {
                    cursor?: number;
                    groupId?: number;
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                birthDate: string;
                                flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                                gender: string;
                                groupId: number | null;
                                habitual: boolean;
                                householdId: number;
                                householdNumber: string;
                                id: number;
                                idNumberMasked: string;
                                name: string;
                                partyMember: boolean;
                                phoneMasked: string;
                                registered: boolean;
                                relationToHead: string;
                            }[];
                            nextCursor: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记居民 Register a resident */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        habitual: boolean;
                        householdId: number;
                        idNumber: string;
                        name: string;
                        /** @default false */
                        partyMember?: boolean;
                        phone?: string | null;
                        registered: boolean;
                        /** @enum {string} */
                        relationToHead: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            birthDate: string;
                            flagHistory: {
                                effectiveDate: string;
                                /** @enum {string} */
                                flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                                id: number;
                                note: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                value: boolean;
                            }[];
                            flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                            gender: string;
                            groupId: number | null;
                            habitual: boolean;
                            householdId: number;
                            householdMembers: {
                                id: number;
                                name: string;
                                relationToHead: string;
                            }[];
                            householdNumber: string;
                            id: number;
                            idNumberMasked: string;
                            jurisdictionCode: string;
                            name: string;
                            partyMember: boolean;
                            phoneMasked: string;
                            registered: boolean;
                            relationToHead: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/seal-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用章登记：每一份出具的证明（谁出具、为谁、依据） The seal log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            holderName: string;
                            holderResidentId: number;
                            id: number;
                            /** Format: date-time */
                            issuedAt: string;
                            issuedByLabel: string;
                            issuedOn: string;
                            name: string;
                            number: string;
                            purpose: string;
                            requestId: number;
                            statement: string;
                            token: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/service-catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县服务事项目录（办理部门、所需材料、承诺工作日） The county's service catalogue */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            countyCode: string;
                            /** @enum {string|null} */
                            departmentKind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | null;
                            description: string;
                            documents: string[];
                            id: number;
                            name: string;
                            office: string;
                            workingDays: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 县民政局新增服务事项 The county adds a service */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        code: string;
                        /** @enum {string|null} */
                        departmentKind?: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | null;
                        description?: string;
                        documents: string[];
                        name: string;
                        office: string;
                        workingDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            countyCode: string;
                            /** @enum {string|null} */
                            departmentKind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | null;
                            description: string;
                            documents: string[];
                            id: number;
                            name: string;
                            office: string;
                            workingDays: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务申请（本级及下级） Service requests of a node and below */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                    state?: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/signboard-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待县级审批的挂牌申请 Plaque requests awaiting the county */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admissionItemId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            id: number;
                            issuingBody: string;
                            /** @enum {string} */
                            kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                            name: string;
                            /** @enum {string} */
                            placement: "outside" | "inside";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requestedBy: string;
                            rule: string;
                            /** @enum {string} */
                            status: "hanging" | "countyReview" | "refused" | "removed";
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/vetting-departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县联审部门名单 The county's vetting departments */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        /** 设定县联审部门名单 Set the county's vetting departments */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        departments: {
                            key: string;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{code}/work-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的工作事项申请 Work requests for this area */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            countyCode: string;
                            countyNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            department: string;
                            description: string;
                            filedAtCode: string;
                            filedBy: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            item: {
                                basis: string;
                                id: number;
                                /** @enum {string} */
                                list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                                title: string;
                            } | null;
                            listItemId: number | null;
                            listLabel: {
                                en: string;
                                "zh-CN": string;
                            } | null;
                            missing: string[];
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requiresDedicatedOffice: boolean;
                            requiresDedicatedStaff: boolean;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview";
                            tasks: {
                                refusalReason: string | null;
                                /** Format: date-time */
                                refusedAt: string | null;
                                villageCode: string;
                            }[];
                            title: string;
                            villageCodes: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 部门提交进入村(社区)的工作事项（按清单自动决定） A department files a work request (decided by the lists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        conditions?: string | null;
                        department?: string;
                        description: string;
                        fundingFen?: number | null;
                        fundingSource?: string | null;
                        listItemId: number | null;
                        requiresDedicatedOffice?: boolean;
                        requiresDedicatedStaff?: boolean;
                        title: string;
                        villageCodes: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            countyCode: string;
                            countyNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            department: string;
                            description: string;
                            filedAtCode: string;
                            filedBy: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            item: {
                                basis: string;
                                id: number;
                                /** @enum {string} */
                                list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                                title: string;
                            } | null;
                            listItemId: number | null;
                            listLabel: {
                                en: string;
                                "zh-CN": string;
                            } | null;
                            missing: string[];
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requiresDedicatedOffice: boolean;
                            requiresDedicatedStaff: boolean;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview";
                            tasks: {
                                refusalReason: string | null;
                                /** Format: date-time */
                                refusedAt: string | null;
                                villageCode: string;
                            }[];
                            title: string;
                            villageCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重大事项详情与时间线 A matter with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                concurrentHead: boolean;
                                description: string;
                                matterTypeId: number | null;
                                meetings: {
                                    [key: string]: number;
                                };
                                outcome: string | null;
                                outcomeEntryId: number | null;
                                resolution: string | null;
                                resolutionEntryId: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            moves: {
                                event: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                system: boolean;
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    concurrentHead?: boolean;
                                    description?: string;
                                    entryId?: number;
                                    matterTypeId?: number | null;
                                    meetingId?: number;
                                    outcome?: string;
                                    resolution?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 监委会记录异议（显示在时间线上） The supervisory committee records an objection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                concurrentHead: boolean;
                                description: string;
                                matterTypeId: number | null;
                                meetings: {
                                    [key: string]: number;
                                };
                                outcome: string | null;
                                outcomeEntryId: number | null;
                                resolution: string | null;
                                resolutionEntryId: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            moves: {
                                event: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                system: boolean;
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    concurrentHead?: boolean;
                                    description?: string;
                                    entryId?: number;
                                    matterTypeId?: number | null;
                                    meetingId?: number;
                                    outcome?: string;
                                    resolution?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 推进一步（每步须有合法的会议和表决） Take the next step (each needs its lawful meeting and vote) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        meetingId?: number;
                        note?: string;
                        outcome?: string;
                        resolution?: string;
                        /** @enum {string} */
                        type: "propose" | "proposeAndConsult" | "consult" | "review" | "resolve" | "reject" | "withdraw" | "requestResolutionPublication" | "resolutionPublished" | "implement" | "requestOutcomePublication" | "outcomePublished";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                concurrentHead: boolean;
                                description: string;
                                matterTypeId: number | null;
                                meetings: {
                                    [key: string]: number;
                                };
                                outcome: string | null;
                                outcomeEntryId: number | null;
                                resolution: string | null;
                                resolutionEntryId: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            moves: {
                                event: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                system: boolean;
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    concurrentHead?: boolean;
                                    description?: string;
                                    entryId?: number;
                                    matterTypeId?: number | null;
                                    meetingId?: number;
                                    outcome?: string;
                                    resolution?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/resident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人的居民登记信息 My own resident record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            birthDate: string;
                            flagHistory: {
                                effectiveDate: string;
                                /** @enum {string} */
                                flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                                id: number;
                                note: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                value: boolean;
                            }[];
                            flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                            gender: string;
                            groupId: number | null;
                            habitual: boolean;
                            householdId: number;
                            householdMembers: {
                                id: number;
                                name: string;
                                relationToHead: string;
                            }[];
                            householdNumber: string;
                            id: number;
                            idNumberMasked: string;
                            jurisdictionCode: string;
                            name: string;
                            partyMember: boolean;
                            phoneMasked: string;
                            registered: boolean;
                            relationToHead: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议详情 A meeting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            attendance: {
                                id: number;
                                name: string;
                                residentId: number | null;
                                /** @enum {string} */
                                status: "present" | "absent" | "leave";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            eligible: {
                                adults?: number;
                                households?: number;
                                members?: number;
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            minutes: string | null;
                            motions: {
                                id: number;
                                passed: boolean;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                title: string;
                                votesAbstain: number;
                                votesAgainst: number;
                                votesFor: number;
                            }[];
                            noticeGivenOn: string;
                            place: string;
                            present: {
                                households?: number;
                                persons: number;
                            } | null;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记出席（名单或人数），计算是否达到法定人数 Record attendance and compute quorum */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        households?: number;
                        persons?: number;
                        statuses?: {
                            id: number;
                            /** @enum {string} */
                            status: "present" | "absent" | "leave";
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            attendance: {
                                id: number;
                                name: string;
                                residentId: number | null;
                                /** @enum {string} */
                                status: "present" | "absent" | "leave";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            eligible: {
                                adults?: number;
                                households?: number;
                                members?: number;
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            minutes: string | null;
                            motions: {
                                id: number;
                                passed: boolean;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                title: string;
                                votesAbstain: number;
                                votesAgainst: number;
                                votesFor: number;
                            }[];
                            noticeGivenOn: string;
                            outcome: {
                                passed: boolean | null;
                                quorate: boolean;
                                quorumNeeded: number | null;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                votesNeeded: number | null;
                            };
                            place: string;
                            present: {
                                households?: number;
                                persons: number;
                            } | null;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束（附纪要）或取消会议 Close with minutes, or cancel */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minutes?: string;
                        /** @enum {string} */
                        status: "held" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            attendance: {
                                id: number;
                                name: string;
                                residentId: number | null;
                                /** @enum {string} */
                                status: "present" | "absent" | "leave";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            eligible: {
                                adults?: number;
                                households?: number;
                                members?: number;
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            minutes: string | null;
                            motions: {
                                id: number;
                                passed: boolean;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                title: string;
                                votesAbstain: number;
                                votesAgainst: number;
                                votesFor: number;
                            }[];
                            noticeGivenOn: string;
                            place: string;
                            present: {
                                households?: number;
                                persons: number;
                            } | null;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/motions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 表决（按会议种类的通过规则） Record a vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        abstain: number;
                        against: number;
                        for: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            attendance: {
                                id: number;
                                name: string;
                                residentId: number | null;
                                /** @enum {string} */
                                status: "present" | "absent" | "leave";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            eligible: {
                                adults?: number;
                                households?: number;
                                members?: number;
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            minutes: string | null;
                            motions: {
                                id: number;
                                passed: boolean;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                title: string;
                                votesAbstain: number;
                                votesAgainst: number;
                                votesFor: number;
                            }[];
                            noticeGivenOn: string;
                            outcome: {
                                passed: boolean | null;
                                quorate: boolean;
                                quorumNeeded: number | null;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                votesNeeded: number | null;
                            };
                            place: string;
                            present: {
                                households?: number;
                                persons: number;
                            } | null;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/micro-services/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤下一项微服务 Withdraw a micro-service */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/certificate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的证明申请 My certificate requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            id: number;
                            name: string;
                            number: string | null;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 居民在线申请证明：不应出具的当即拒绝并告知依据和办理部门；清单外的报乡镇决定；可以出具的由持章的村(居)委会成员出具 A resident asks for a certificate online */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificate: {
                                basis: string;
                                holderName: string;
                                holderResidentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByLabel: string;
                                issuedOn: string;
                                name: string;
                                number: string;
                                purpose: string;
                                requestId: number;
                                statement: string;
                                token: string;
                                villageCode: string;
                            } | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/certificates/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载我的证明 PDF（仅持证人本人） Download my certificate PDF (the holder only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 证明（PDF，带核验二维码） The certificate as a PDF with its verification QR */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的申请与代办 My requests and errands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            errands: {
                                handedOver: string;
                                id: number;
                                matter: string;
                                office: string;
                                returned: string | null;
                                returnedOn: string | null;
                                startedOn: string;
                                /** @enum {string} */
                                state: "out" | "returned";
                            }[];
                            requests: {
                                channel: string;
                                /** Format: date-time */
                                createdAt: string;
                                department: {
                                    id: number;
                                    name: string;
                                } | null;
                                description: string;
                                dueOn: string | null;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                filedByLabel: string;
                                filedOn: string;
                                id: number;
                                office: string;
                                onBehalf: boolean;
                                overdue: boolean;
                                residentId: number;
                                residentName: string;
                                serviceCode: string;
                                serviceName: string;
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                statusNote: string | null;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** 居民在线提交申请 A resident files a request online */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        serviceCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            moves: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            }[];
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                dueOn: string | null;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的一项申请及其每次状态变化 One of my requests with every state change */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            moves: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            }[];
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                dueOn: string | null;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/nominations/{id}/vetting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 联审部门意见 A department's vetting result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        department: string;
                        passed: boolean;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exclusionReason: string | null;
                            female: boolean;
                            id: number;
                            nominators: number;
                            nomineeName: string;
                            nomineeVoterId: number;
                            position: string;
                            status: string;
                            vetting: {
                                department: string;
                                name: string;
                                passed: boolean | null;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的站内通知 My in-app notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            jurisdictionCode: string;
                            kind: string;
                            link: string | null;
                            /** Format: date-time */
                            readAt: string | null;
                            subject: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读 Mark read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的通知设置 My notification preferences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            inApp: "immediate" | "digest";
                            phone: string | null;
                            /** @enum {string} */
                            sms: "off" | "immediate" | "digest";
                            smsAdapter: string | null;
                        };
                    };
                };
            };
        };
        /** 修改通知设置（站内：即时或每日摘要；短信：不接收、即时或每日摘要） Set my preferences */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        inApp: "immediate" | "digest";
                        phone?: string | null;
                        /** @enum {string} */
                        sms: "off" | "immediate" | "digest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            inApp: "immediate" | "digest";
                            phone: string | null;
                            /** @enum {string} */
                            sms: "off" | "immediate" | "digest";
                            smsAdapter: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 对异议作出处理决定（三日内，须说明理由） Decide an objection */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "upheld" | "rejected";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            late: boolean;
                            republished: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作人员页面 The staff pages of the modules (who may open them, navigation entries) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the action needed on some node; null: any signed-in account */
                            action: string | null;
                            /** @description entry in the staff navigation and home tiles */
                            nav: {
                                labelKey: string;
                                order: number;
                            } | null;
                            /** @description path pattern, e.g. /staff/people/:id (a :name segment is an id of 1–12 digits) */
                            path: string;
                            /** @description the page works on one village or community */
                            village: boolean;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people-import-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导入模板 The import template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 导入模板（Excel） The import template workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送手机验证码（在外人员提问前确认手机号） Send a one-time code to a phone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        villageCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/representatives/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 罢免或辞职 Recall or resignation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endedOn: string;
                        reason: string;
                        /** @enum {string} */
                        status: "recalled" | "resigned";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 居民详情 A resident (masked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            birthDate: string;
                            flagHistory: {
                                effectiveDate: string;
                                /** @enum {string} */
                                flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                                id: number;
                                note: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                value: boolean;
                            }[];
                            flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                            gender: string;
                            groupId: number | null;
                            habitual: boolean;
                            householdId: number;
                            householdMembers: {
                                id: number;
                                name: string;
                                relationToHead: string;
                            }[];
                            householdNumber: string;
                            id: number;
                            idNumberMasked: string;
                            jurisdictionCode: string;
                            name: string;
                            partyMember: boolean;
                            phoneMasked: string;
                            registered: boolean;
                            relationToHead: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改居民信息 Edit a resident */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        habitual?: boolean;
                        householdId?: number;
                        idNumber?: string;
                        name?: string;
                        /** @default false */
                        partyMember?: boolean;
                        phone?: string | null;
                        registered?: boolean;
                        /** @enum {string} */
                        relationToHead?: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            birthDate: string;
                            flagHistory: {
                                effectiveDate: string;
                                /** @enum {string} */
                                flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                                id: number;
                                note: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                value: boolean;
                            }[];
                            flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                            gender: string;
                            groupId: number | null;
                            habitual: boolean;
                            householdId: number;
                            householdMembers: {
                                id: number;
                                name: string;
                                relationToHead: string;
                            }[];
                            householdNumber: string;
                            id: number;
                            idNumberMasked: string;
                            jurisdictionCode: string;
                            name: string;
                            partyMember: boolean;
                            phoneMasked: string;
                            registered: boolean;
                            relationToHead: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/residents/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录状态变化（剥夺政治权利、死亡、迁出） Record a dated status change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        effectiveDate: string;
                        /** @enum {string} */
                        flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                        note?: string | null;
                        value: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            birthDate: string;
                            flagHistory: {
                                effectiveDate: string;
                                /** @enum {string} */
                                flag: "deprivedOfPoliticalRights" | "deceased" | "movedOut";
                                id: number;
                                note: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: string;
                                value: boolean;
                            }[];
                            flags: ("deprivedOfPoliticalRights" | "deceased" | "movedOut")[];
                            gender: string;
                            groupId: number | null;
                            habitual: boolean;
                            householdId: number;
                            householdMembers: {
                                id: number;
                                name: string;
                                relationToHead: string;
                            }[];
                            householdNumber: string;
                            id: number;
                            idNumberMasked: string;
                            jurisdictionCode: string;
                            name: string;
                            partyMember: boolean;
                            phoneMasked: string;
                            registered: boolean;
                            relationToHead: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号与电话（留痕） Reveal ID number and phone (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            idNumber: string;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/candidate-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 正式候选人名单是否差额 Whether a candidate list has more candidates than seats */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        candidates: string[];
                        /** @enum {string} */
                        position: "director" | "deputyDirector" | "member" | "womenMember";
                        /** @enum {string} */
                        profile: "national" | "zhejiang" | "shanghai";
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            valid: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/certificate-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村(居)委会能否出具某项证明（民发〔2020〕20号） May the committee issue this certificate? */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        countyCode: string;
                        /** @default [] */
                        forbidden?: {
                            /** @default [] */
                            aliases?: string[];
                            authority: string;
                            basis: string;
                            name: string;
                        }[];
                        /** @default [] */
                        lawful?: {
                            /** @default [] */
                            aliases?: string[];
                            basis: string;
                            name: string;
                        }[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            item: {
                                aliases: string[];
                                basis: string;
                                name: string;
                            };
                            /** @enum {string} */
                            outcome: "issue";
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        } | {
                            item: {
                                aliases: string[];
                                authority: string;
                                basis: string;
                                name: string;
                            };
                            /** @enum {string} */
                            outcome: "refuse";
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        } | {
                            /** @enum {string|null} */
                            item: null;
                            /** @enum {string} */
                            outcome: "township";
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/covenant-screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村规民约（居民公约）条款合法性审查 Legality screen of covenant clauses */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clauses: {
                            id: string;
                            text: string;
                        }[];
                        /** @enum {string} */
                        kind?: "village" | "community";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                findings: {
                                    basis: string;
                                    excerpt: string;
                                    message: string;
                                    rule: string;
                                }[];
                                id: string;
                                lawful: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/election-tally": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 选举计票：当选、再次投票、另行选举 The statutory tally of a round */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        alreadyElected?: string[];
                        ballotsReturned: number;
                        candidates: {
                            female?: boolean;
                            name: string;
                            relatives?: string[];
                            votes: number;
                            writeIn?: boolean;
                        }[];
                        headElected?: boolean;
                        membersAlreadyElected?: number;
                        /** @enum {string} */
                        profile: "national" | "zhejiang" | "shanghai";
                        registeredVoters: number;
                        /** @enum {string} */
                        round: "first" | "supplementary";
                        seats: number;
                        supplementaryMargin?: number;
                        votersWhoVoted: number;
                        womenSeat?: {
                            candidates: {
                                female?: boolean;
                                name: string;
                                relatives?: string[];
                                votes: number;
                                writeIn?: boolean;
                            }[];
                            seats: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            elected: {
                                name: string;
                                /** @enum {string} */
                                seat: "members" | "women";
                                votes: number;
                            }[];
                            majorityHolders: string[];
                            majorityMinVotes: number | null;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            seatsUnfilled: number;
                            supplementaryRound: {
                                candidates: string[];
                                seats: number;
                                womenSeat: {
                                    candidates: string[];
                                    seats: number;
                                } | null;
                            } | null;
                            thresholdMinVotes: number | null;
                            tieRevote: {
                                candidates: string[];
                                seats: number;
                            } | null;
                            vacancyMayRemain: boolean;
                            valid: boolean;
                            void: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/election-turnout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 投票人数与委托投票 Turnout, counting valid proxies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inPersonVoters: number;
                        /** @enum {string} */
                        profile: "national" | "zhejiang" | "shanghai";
                        proxies: {
                            principals: string[];
                            proxy: string;
                        }[];
                        registeredVoters: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invalidProxies: {
                                principal: string;
                                proxy: string;
                                reason: string;
                            }[];
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            valid: boolean;
                            validProxies: {
                                principals: string[];
                                proxy: string;
                            }[];
                            votersWhoVoted: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/meeting-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提议人数是否足以要求召开会议 Whether a proposal obliges the committee to call a meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "villagersAssembly" | "representativesMeeting";
                        representatives: number;
                        signaturesRepresentatives?: number;
                        signaturesVillagers?: number;
                        villagers?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            required: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/meeting-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会议是否有效、表决是否通过 Quorum and pass rule of a meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        eligible: {
                            adults?: number;
                            households?: number;
                            members?: number;
                        };
                        /** @enum {string} */
                        kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                        present: {
                            households?: number;
                            persons?: number;
                        };
                        votes?: {
                            abstain: number;
                            against: number;
                            for: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            passed: boolean | null;
                            quorate: boolean;
                            quorumNeeded: number | null;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            votesNeeded: number | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/notice-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 会议最迟通知日期 The latest day to give notice of a meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                        localDays?: number;
                        meetingDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            latestNoticeDate: string | null;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            workingDays: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 罢免：联名人数、表决有效与通过 Recall petition and vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        petitions: {
                            /** @enum {string} */
                            by: "voters" | "representatives";
                            signatures: number;
                        }[];
                        registeredVoters: number;
                        representatives: number;
                        vote?: {
                            invalid: number;
                            no: number;
                            votersWhoVoted: number;
                            yes: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            minYesNeeded: number | null;
                            passed: boolean | null;
                            petitionValid: boolean[];
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            voteValid: boolean | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/representatives-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 村(居)民代表构成是否合法 Composition of the representatives' meeting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        groups?: number;
                        households: number;
                        /** @enum {string} */
                        kind: "village" | "community";
                        meetingMembers: number;
                        representatives: number;
                        womenMeetingMembers: number;
                        womenRepresentatives: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                article: string;
                                message: string;
                                ok: boolean;
                                rule: string;
                            }[];
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/service-due-after-waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 等待居民补充材料期间停止计时：顺延后的办结期限 The due date after a wait for the resident (the clock stops) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dueOn: string;
                        waitingFrom: string;
                        waitingUntil: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueOn: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            waitingDays: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/service-due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 服务申请的办结期限（工作日） The due date of a service request in working days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filedOn: string;
                        workingDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueOn: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/signboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 牌子能否悬挂、挂在哪里 Whether a plaque may hang, and where */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        admitted?: boolean;
                        /** @enum {string} */
                        kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                        /** @enum {string} */
                        placement: "outside" | "inside";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "allowed";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            rule: string;
                        } | {
                            basis: string;
                            /** @enum {string} */
                            outcome: "refused";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            rule: string;
                        } | {
                            basis: string;
                            /** @enum {string} */
                            outcome: "countyReview";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            rule: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/voter-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 选民资格与登记方式 Whether a person is registered as a voter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        electionDate: string;
                        person: {
                            applied?: boolean;
                            approvedByMeeting?: boolean;
                            birthDate: string;
                            declaredParticipation?: boolean;
                            deprivedOfPoliticalRights?: boolean;
                            hukouHere: boolean;
                            livesHere: boolean;
                            monthsResidentHere?: number;
                            registeredElsewhere?: boolean;
                        };
                        /** @enum {string} */
                        profile: "national" | "zhejiang" | "shanghai";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            eligible: boolean;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/voter-list-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 选民名单公布期限 The latest day to publish the voter roll */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        electionDate: string;
                        publishedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compliant: boolean;
                            latestPublicationDate: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rules/work-admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 部门交办事项能否进入村(社区)（三张清单） Whether a department's task is admitted by the three lists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        conditions?: string | null;
                        /** @default null */
                        fundingFen?: number | null;
                        /** @default null */
                        fundingSource?: string | null;
                        item: {
                            basis: string;
                            /** @enum {string} */
                            list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                            title: string;
                        } | null;
                        /** @default false */
                        requiresDedicatedOffice?: boolean;
                        /** @default false */
                        requiresDedicatedStaff?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            missing: ("funding" | "conditions")[];
                            /** @enum {string} */
                            outcome: "refused";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            rule: string;
                        } | {
                            basis: string;
                            /** @enum {string} */
                            outcome: "admitted";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            rule: string;
                        } | {
                            basis: string;
                            /** @enum {string} */
                            outcome: "countyReview";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** @enum {string} */
                            rule: "admission.unlisted";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-catalog/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改服务事项（材料、工作日、停用） Edit a service */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @enum {string|null} */
                        departmentKind?: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | null;
                        description?: string;
                        documents?: string[];
                        name?: string;
                        office?: string;
                        workingDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            countyCode: string;
                            /** @enum {string|null} */
                            departmentKind: "civilAffairsOffice" | "ruralEconomyStation" | "judicialOffice" | "policeStation" | "civilAffairsBureau" | null;
                            description: string;
                            documents: string[];
                            id: number;
                            name: string;
                            office: string;
                            workingDays: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务申请及其时间线 A request with its timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            moves: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            }[];
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                dueOn: string | null;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 后台办理：改变申请状态（未办理关闭须写原因） Move a request (closing without the service needs a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {string} */
                        to: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            moves: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            }[];
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                dueOn: string | null;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signboards/{id}/county-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级挂牌准入审批 The county decides a plaque request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: string;
                        /** @enum {string} */
                        decision: "admit" | "refuse";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admissionItemId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            id: number;
                            issuingBody: string;
                            /** @enum {string} */
                            kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                            name: string;
                            /** @enum {string} */
                            placement: "outside" | "inside";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requestedBy: string;
                            rule: string;
                            /** @enum {string} */
                            status: "hanging" | "countyReview" | "refused" | "removed";
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signboards/{id}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 摘牌 Take a plaque down */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 拒绝未经准入的事项 Refuse a task that was not admitted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            department: string;
                            description: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            /** @enum {string|null} */
                            list: "statutoryDuties" | "assistedMatters" | "negativeMatters" | null;
                            mayRefuse: boolean;
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            refusalReason: string | null;
                            /** Format: date-time */
                            refusedAt: string | null;
                            requestId: number;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview" | "villageRefused";
                            title: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开栏：四栏，最新在前 The public board, newest first */
        get: {
            parameters: {
                query?: {
                    column?: "party" | "village" | "finance" | "services";
                    cursor?: number;
                    limit?: number;
                    period?: string;
                    q?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                column: "party" | "village" | "finance" | "services";
                                hash: string;
                                id: number;
                                periodEnd: string | null;
                                periodStart: string | null;
                                publishedAt: string;
                                seq: number;
                                summary: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                supersededBy: number | null;
                                supersedes: number | null;
                                title: string;
                            }[];
                            nextCursor: number | null;
                            verification: {
                                entries: number;
                                headHash: string;
                                ok: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/board/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已发布内容（来自公开账本，永不改变） A published entry, from the ledger (never changes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyHtml: string;
                            bodyMd: string;
                            catalogItem: {
                                id: number;
                                title: string;
                            } | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            entryId: number;
                            finance: {
                                lines: {
                                    amountFen: number;
                                    category: string;
                                    counterparty: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                    occurredOn: string;
                                    voucherNo: string;
                                }[];
                                totals: {
                                    balanceFen: number;
                                    byCategory: {
                                        amountFen: number;
                                        category: string;
                                        /** @enum {string} */
                                        direction: "income" | "expense";
                                    }[];
                                    expenseFen: number;
                                    incomeFen: number;
                                };
                            } | null;
                            hash: string;
                            periodEnd: string | null;
                            periodStart: string | null;
                            prevHash: string;
                            publishedAt: string;
                            review: {
                                approvedAt: string;
                                approvedBy: string;
                            };
                            seq: number;
                            summary: {
                                en: string;
                                "zh-CN": string;
                            };
                            supersedesEntryId: number | null;
                            supersedesSeq: number | null;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/board/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 是否已被更正，以及公开的问答 Whether corrected since, and the public answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            feedback: {
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                entryId: number | null;
                                id: number;
                                question: string;
                            }[];
                            supersededBy: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/certificate-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口代居民申请证明：清单内可出具的当场出具编号证明；不应出具的当场拒绝并告知依据和办理部门；清单外的报乡镇决定 A desk request decided by the lists */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        purpose: string;
                        residentId: number;
                        statement?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authority: string | null;
                            basis: string | null;
                            certificate: {
                                basis: string;
                                holderName: string;
                                holderResidentId: number;
                                id: number;
                                /** Format: date-time */
                                issuedAt: string;
                                issuedByLabel: string;
                                issuedOn: string;
                                name: string;
                                number: string;
                                purpose: string;
                                requestId: number;
                                statement: string;
                                token: string;
                                villageCode: string;
                            } | null;
                            certificateId: number | null;
                            /** Format: date-time */
                            decidedAt: string | null;
                            decidedByLabel: string | null;
                            /** Format: date-time */
                            filedAt: string;
                            filedByLabel: string;
                            id: number;
                            name: string;
                            onBehalf: boolean;
                            /** @enum {string} */
                            outcome: "issued" | "refused" | "pendingTownship" | "approved";
                            purpose: string;
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            residentId: number;
                            residentName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 议事协商议题 Consultation topics of a village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提出议题 Propose a topic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        categoryId: number;
                        description: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                categoryId: number;
                                decision: string | null;
                                description: string;
                                feedback: string | null;
                                preReview: string | null;
                                sessionOutcome: string | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    categoryId?: number;
                                    description?: string;
                                    text?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 施行中的公约、历次版本与修订 The covenant in force, its history and revisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            covenant: {
                                id: number;
                                /** @enum {string} */
                                kind: "village" | "community";
                                title: string;
                                warningDays: number;
                            } | null;
                            inForce: {
                                adoptedOn: string | null;
                                chapters: {
                                    clauses: {
                                        article: number;
                                        chapter: number;
                                        id: string;
                                        label: string;
                                        text: string;
                                    }[];
                                    label: string;
                                    number: number;
                                    title: string;
                                }[];
                                covenantId: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                id: number;
                                ledgerHash: string | null;
                                ledgerSeq: number | null;
                                note: string | null;
                                number: number;
                                /** @enum {string} */
                                origin: "draft" | "registered";
                                procedureId: number | null;
                                screen: {
                                    findings: {
                                        basis: string;
                                        excerpt: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    id: string;
                                    lawful: boolean;
                                }[];
                                /** @enum {string} */
                                status: "draft" | "inForce" | "superseded" | "notAdopted";
                                villageCode: string;
                            } | null;
                            revisions: {
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                state: string;
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            versions: {
                                adoptedOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                ledgerHash: string | null;
                                ledgerSeq: number | null;
                                note: string | null;
                                number: number;
                                /** @enum {string} */
                                origin: "draft" | "registered";
                                procedureId: number | null;
                                /** @enum {string} */
                                status: "draft" | "inForce" | "superseded" | "notAdopted";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启动修订（第一步：征集民意） Start a revision (step 1: collect opinions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                adoptedOn: string | null;
                                approvedVersionId: number | null;
                                covenantId: number;
                                filedOn: string | null;
                                meetingId: number | null;
                                motionId: number | null;
                                publishedVersionId: number | null;
                                reviewVersionId: number | null;
                                womenPresent: number | null;
                            };
                            covenant: {
                                id: number;
                                inForceVersionId: number | null;
                                /** @enum {string} */
                                kind: "village" | "community";
                                title: string;
                            };
                            draft: {
                                chapters: {
                                    clauses: {
                                        article: number;
                                        chapter: number;
                                        id: string;
                                        label: string;
                                        text: string;
                                    }[];
                                    label: string;
                                    number: number;
                                    title: string;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                note: string | null;
                                number: number;
                                screen: {
                                    findings: {
                                        basis: string;
                                        excerpt: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    id: string;
                                    lawful: boolean;
                                }[];
                            } | null;
                            findings: {
                                basis: string;
                                clauseId: string;
                                /** Format: date-time */
                                decidedAt: string | null;
                                decidedBy: string | null;
                                /** @enum {string|null} */
                                decision: "mustChange" | "lawful" | null;
                                decisionReason: string | null;
                                excerpt: string;
                                id: number;
                                message: string;
                                procedureId: number;
                                rule: string;
                                /** @enum {string} */
                                stage: "review" | "vote";
                                versionId: number;
                                villageCode: string;
                            }[];
                            id: number;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            opinions: {
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                /** @enum {string} */
                                source: "online" | "paper" | "meeting" | "visit" | "phone";
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                state: string;
                            }[];
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    adoptedOn?: string | null;
                                    covenantId?: number;
                                    filedOn?: string;
                                    meetingId?: number | null;
                                    motionId?: number | null;
                                    reason?: string;
                                    versionId?: number | null;
                                    womenPresent?: number | null;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            versions: {
                                adoptedOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                id: number;
                                ledgerHash: string | null;
                                ledgerSeq: number | null;
                                note: string | null;
                                number: number;
                                /** @enum {string} */
                                origin: "draft" | "registered";
                                procedureId: number | null;
                                /** @enum {string} */
                                status: "draft" | "inForce" | "superseded" | "notAdopted";
                            }[];
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可打印的公约 The printable covenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 可打印的公约（PDF） The printable covenant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant/honor-roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 红榜 The honour roll */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string|null} */
                            appealDecision: "upheld" | "removed" | null;
                            appealed: boolean;
                            appealReason: string | null;
                            clauseId: string;
                            clauseLabel: string;
                            clauseText: string;
                            description: string;
                            expiresOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "honor" | "warning";
                            personName: string;
                            recordedOn: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记平台启用前已通过的公约 Register the covenant adopted before the platform */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        adoptedOn: string;
                        chapters: {
                            clauses: {
                                text: string;
                            }[];
                            title: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            adoptedOn: string | null;
                            chapters: {
                                clauses: {
                                    id: string;
                                    text: string;
                                }[];
                                title: string;
                            }[];
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            note: string | null;
                            number: number;
                            /** @enum {string} */
                            origin: "draft" | "registered";
                            procedureId: number | null;
                            /** @enum {string} */
                            status: "draft" | "inForce" | "superseded" | "notAdopted";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant/roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 考评组记录红榜或黑榜（须对应公约条款并附依据） Record an honour or warning entry against a clause */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        clauseId: string;
                        description: string;
                        evidence: string;
                        /** @enum {string} */
                        kind: "honor" | "warning";
                        personName?: string;
                        recordedOn: string;
                        residentId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            appealDecidedBy: string | null;
                            /** @enum {string|null} */
                            appealDecision: "upheld" | "removed" | null;
                            appealedOn: string | null;
                            appealReason: string | null;
                            appealText: string | null;
                            clauseId: string;
                            clauseLabel: string;
                            clauseText: string;
                            covenantId: number;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            evidence: string;
                            expiresOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "honor" | "warning";
                            personName: string;
                            recordedBy: string;
                            recordedOn: string;
                            residentId: number | null;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 警示榜期限 How long a warning-roll entry is shown */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        warningDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/covenant/warning-roll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 黑榜（仅本村居民和工作人员可见） The warning roll (the village's residents and staff only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string|null} */
                            appealDecision: "upheld" | "removed" | null;
                            appealed: boolean;
                            appealedOn?: string | null;
                            appealReason: string | null;
                            appealText?: string | null;
                            clauseId: string;
                            clauseLabel: string;
                            clauseText: string;
                            description: string;
                            evidence?: string;
                            expired?: boolean;
                            expiresOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "honor" | "warning";
                            mine: boolean;
                            personName: string;
                            recordedBy?: string;
                            recordedOn: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/disclosure-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开日历：各事项到期、已公开、逾期 The compliance calendar of a village */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            immediate: {
                                /** @enum {string} */
                                column: "party" | "village" | "finance" | "services";
                                entries: {
                                    id: number;
                                    publishedOn: string;
                                }[];
                                itemId: number;
                                title: string;
                            }[];
                            missingYears: number[];
                            rows: {
                                /** @enum {string} */
                                cadence: "quarterly" | "monthly";
                                column: string;
                                due: string | null;
                                entries: {
                                    id: number;
                                    publishedOn: string;
                                }[];
                                itemId: number;
                                missingYear?: number;
                                period: {
                                    end: string;
                                    label: string;
                                    start: string;
                                };
                                /** @enum {string} */
                                state: "published" | "publishedLate" | "upcoming" | "dueSoon" | "overdue" | "calendarMissing";
                                title: string;
                            }[];
                            settings: {
                                dueWorkingDays: number;
                                feedbackWorkingDays: number;
                                frequentFinance: boolean;
                                reportDay: number;
                                setAt: {
                                    [key: string]: string;
                                };
                            };
                            today: string;
                            villageCode: string;
                            year: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村公开内容（含草稿、审核中） Entries of a village, all states */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                    status?: "draft" | "inReview" | "returned" | "approved" | "published";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                catalogItemId: number | null;
                                /** @enum {string} */
                                column: "party" | "village" | "finance" | "services";
                                createdBy: string;
                                id: number;
                                ledgerSeq: number | null;
                                periodEnd: string | null;
                                periodStart: string | null;
                                /** Format: date-time */
                                publishedAt: string | null;
                                /** @enum {string} */
                                status: "draft" | "inReview" | "returned" | "approved" | "published";
                                supersedesEntryId: number | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextBefore: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** 起草公开内容 Draft an entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bodyMd: string;
                        catalogItemId?: number | null;
                        /** @enum {string} */
                        column: "party" | "village" | "finance" | "services";
                        financeLines?: {
                            amountFen: number;
                            category: string;
                            counterparty: string;
                            /** @enum {string} */
                            direction: "income" | "expense";
                            occurredOn: string;
                            voucherNo: string;
                        }[];
                        periodEnd?: string | null;
                        periodStart?: string | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                filename: string;
                                id: number;
                                mime: string;
                                sha256: string;
                                size: number;
                            }[];
                            bodyMd: string;
                            catalogItemId: number | null;
                            /** @enum {string} */
                            column: "party" | "village" | "finance" | "services";
                            correctionReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            financeLines: {
                                amountFen: number;
                                category: string;
                                counterparty: string;
                                /** @enum {string} */
                                direction: "income" | "expense";
                                occurredOn: string;
                                voucherNo: string;
                            }[];
                            id: number;
                            ledgerHash: string | null;
                            ledgerSeq: number | null;
                            pendingCorrection: number | null;
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** Format: date-time */
                            publishedAt: string | null;
                            /** @enum {string} */
                            status: "draft" | "inReview" | "returned" | "approved" | "published";
                            supersededBy: number | null;
                            supersedesEntryId: number | null;
                            timeline: {
                                action: string;
                                actorLabel: string;
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                note: string | null;
                            }[];
                            title: string;
                            totals: {
                                balanceFen: number;
                                byCategory: {
                                    amountFen: number;
                                    category: string;
                                    /** @enum {string} */
                                    direction: "income" | "expense";
                                }[];
                                expenseFen: number;
                                incomeFen: number;
                            } | null;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/elections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村选举 Elections of a village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            electionDay: string;
                            id: number;
                            kind: string;
                            profile: string;
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollPublishedOn: string | null;
                            title: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 制定选举方案 Plan an election */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        byElection?: boolean;
                        committee: {
                            name: string;
                            /** @enum {string} */
                            post: "chair" | "member";
                            residentId?: number | null;
                        }[];
                        electionDay: string;
                        /** @enum {string} */
                        kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                        pollingStations: {
                            mobile: boolean;
                            name: string;
                        }[];
                        /** @enum {string} */
                        profile: "national" | "zhejiang" | "shanghai";
                        seats: {
                            deputyDirector: number;
                            director: number;
                            member: number;
                            womenMember: number;
                        };
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byElection: boolean;
                            candidatesPublishedOn: string | null;
                            certificatesIssuedOn: string | null;
                            committee: {
                                id: number;
                                name: string;
                                post: string;
                                withdrawnOn: string | null;
                                withdrawReason: string | null;
                            }[];
                            counts: {
                                box: string;
                                entries: {
                                    enteredBy: string;
                                    entryNo: number;
                                    issued: number;
                                    returned: number;
                                    spoiled: number;
                                    votes: {
                                        [key: string]: {
                                            [key: string]: number;
                                        };
                                    };
                                }[];
                                mismatches: string[];
                                mobile: boolean;
                                /** @description incomplete | mismatch | confirmed */
                                status: string;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            currentRound: number | null;
                            elected: {
                                id: number;
                                name: string;
                                position: string;
                                roundNo: number;
                                votes: number;
                            }[];
                            electionDay: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    /** @enum {string} */
                                    decision?: "upheld" | "rejected";
                                    electionDay?: string;
                                    name?: string;
                                    objectionId?: number;
                                    /** @enum {string} */
                                    profile?: "national" | "zhejiang" | "shanghai";
                                    roundNo?: number;
                                };
                                toState: string;
                                type: string;
                            }[];
                            handedOverOn: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "villageCommittee" | "residentsCommittee" | "supervisoryCommittee" | "representatives";
                            objections: {
                                claim: string;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionDue: string;
                                decisionReason: string | null;
                                electionId: number;
                                filedBy: string;
                                filedOn: string;
                                id: number;
                                overdue: boolean;
                                statement: string;
                                subjectName: string;
                                voterId: number | null;
                            }[];
                            pollingStations: {
                                mobile: boolean;
                                name: string;
                            }[];
                            procedureId: number;
                            /** @enum {string} */
                            profile: "national" | "zhejiang" | "shanghai";
                            proxies: {
                                authorisationFilename: string | null;
                                authorisationOnFile: boolean;
                                filedOn: string;
                                id: number;
                                principal: string;
                                proxy: string;
                                relation: string;
                            }[];
                            /** Format: date-time */
                            resultsPublishedAt: string | null;
                            rollLedgerSeq: number | null;
                            rollPublishedOn: string | null;
                            rounds: {
                                candidates: string[];
                                kind: string;
                                outcome: {
                                    elected: {
                                        name: string;
                                        /** @enum {string} */
                                        seat: "members" | "women";
                                        votes: number;
                                    }[];
                                    majorityHolders: string[];
                                    majorityMinVotes: number | null;
                                    reasons: {
                                        article: string;
                                        message: string;
                                        rule: string;
                                    }[];
                                    seatsUnfilled: number;
                                    supplementaryRound: {
                                        candidates: string[];
                                        seats: number;
                                        womenSeat: {
                                            candidates: string[];
                                            seats: number;
                                        } | null;
                                    } | null;
                                    thresholdMinVotes: number | null;
                                    tieRevote: {
                                        candidates: string[];
                                        seats: number;
                                    } | null;
                                    vacancyMayRemain: boolean;
                                    valid: boolean;
                                    void: boolean;
                                } | null;
                                position: string;
                                roundNo: number;
                                seats: number;
                                tallied: boolean;
                                womenCandidates: string[];
                                womenSeats: number;
                            }[];
                            seats: {
                                deputyDirector: number;
                                director: number;
                                member: number;
                                womenMember: number;
                            };
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            steps: {
                                basis: string;
                                due: string;
                                extendedForHoliday: boolean;
                                /** @enum {string} */
                                key: "electionCommittee" | "voterRoll" | "objections" | "objectionDecisions" | "candidateList" | "proxies" | "electionDay" | "certificates" | "handover";
                                /** @enum {string} */
                                kind: "by" | "within" | "on";
                                label: string;
                                plannedBy: string | null;
                                /** @enum {string} */
                                status: "done" | "pending" | "overdue";
                            }[];
                            title: string;
                            villageCode: string;
                            voters: {
                                excluded: number;
                                included: number;
                                list: {
                                    female: boolean;
                                    groupName: string | null;
                                    id: number;
                                    included: boolean;
                                    name: string;
                                    reason: string;
                                    residentId: number | null;
                                    source: string;
                                    way: number | null;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/elections/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村选举（已公布的名单与结果） Elections of a village, as published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            electionDay: string;
                            id: number;
                            resultsPublished: boolean;
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/errands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代办记录 Errands */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handedOver: string;
                            id: number;
                            matter: string;
                            office: string;
                            requestId: number | null;
                            residentId: number;
                            residentName: string;
                            returned: string | null;
                            returnedOn: string | null;
                            runnerLabel: string;
                            startedOn: string;
                            /** @enum {string} */
                            state: "out" | "returned";
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记代办：送往乡镇或县部门，记录交出的材料 Start an errand and record what was handed over */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        handedOver: string;
                        matter: string;
                        office: string;
                        requestId?: number | null;
                        residentId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handedOver: string;
                            id: number;
                            matter: string;
                            office: string;
                            requestId: number | null;
                            residentId: number;
                            residentName: string;
                            returned: string | null;
                            returnedOn: string | null;
                            runnerLabel: string;
                            startedOn: string;
                            /** @enum {string} */
                            state: "out" | "returned";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 意见箱（工作人员） The opinion box, for staff */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            answeredBy: string | null;
                            askerName: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            dueOn: string | null;
                            entryId: number | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            /** @description asked by a signed-in resident of the village (false: with a confirmed phone) */
                            fromResident: boolean;
                            id: number;
                            phoneMasked: string | null;
                            private: boolean;
                            question: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 用手机验证码向意见箱提问（本村居民登录后用 …/feedback/as-resident） Ask a question with a confirmed phone (signed-in residents: …/feedback/as-resident) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        entryId?: number | null;
                        name?: string;
                        phone?: string;
                        private?: boolean;
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueOn: string | null;
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/feedback/as-resident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本村居民登录后向意见箱提问 Ask a question as a signed-in resident of the village */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entryId?: number | null;
                        private?: boolean;
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dueOn: string | null;
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/feedback/public": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开的问答 Answered public questions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            entryId: number | null;
                            id: number;
                            question: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开账本条目 The ledger entries of a village, in order */
        get: {
            parameters: {
                query?: {
                    kind?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hash: string;
                            kind: string;
                            payload: unknown;
                            prevHash: string;
                            publishedAt: string;
                            reason: string | null;
                            recordId: string;
                            seq: number;
                            supersedesSeq: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验村(社区)公开账本 Verify a village's published ledger (anyone) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: number;
                            firstBroken: {
                                detail: string;
                                problem: string;
                                seq: number;
                            } | null;
                            headHash: string;
                            ok: boolean;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村重大事项（“四议两公开”） Major matters of a village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            moves: {
                                event: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                system: boolean;
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 发起重大事项 Start a major matter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        matterTypeId?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            context: {
                                concurrentHead: boolean;
                                description: string;
                                matterTypeId: number | null;
                                meetings: {
                                    [key: string]: number;
                                };
                                outcome: string | null;
                                outcomeEntryId: number | null;
                                resolution: string | null;
                                resolutionEntryId: number | null;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            kind: string;
                            meetings: {
                                id: number;
                                /** @enum {string} */
                                kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                                meetingDate: string;
                                place: string;
                                procedureId: number | null;
                                quorate: boolean | null;
                                /** @enum {string} */
                                status: "scheduled" | "held" | "cancelled";
                                title: string;
                            }[];
                            moves: {
                                event: string;
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                system: boolean;
                            }[];
                            state: string;
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                payload: {
                                    concurrentHead?: boolean;
                                    description?: string;
                                    entryId?: number;
                                    matterTypeId?: number | null;
                                    meetingId?: number;
                                    outcome?: string;
                                    resolution?: string;
                                };
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                                type: string;
                            }[];
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 会议 Meetings of a village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            place: string;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 安排会议（按法定期限通知） Schedule a meeting with its statutory notice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agenda: string;
                        eligible?: {
                            adults?: number;
                            households?: number;
                            members?: number;
                        };
                        /** @enum {string} */
                        kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                        localNoticeDays?: number;
                        meetingDate: string;
                        place: string;
                        procedureId?: number | null;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agenda: string;
                            attendance: {
                                id: number;
                                name: string;
                                residentId: number | null;
                                /** @enum {string} */
                                status: "present" | "absent" | "leave";
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            eligible: {
                                adults?: number;
                                households?: number;
                                members?: number;
                            };
                            id: number;
                            /** @enum {string} */
                            kind: "partyBranchMeeting" | "committeesMeeting" | "partyMembersMeeting" | "representativesMeeting" | "villagersAssembly" | "groupMeeting" | "residentsMeeting";
                            meetingDate: string;
                            minutes: string | null;
                            motions: {
                                id: number;
                                passed: boolean;
                                reasons: {
                                    article: string;
                                    message: string;
                                    rule: string;
                                }[];
                                title: string;
                                votesAbstain: number;
                                votesAgainst: number;
                                votesFor: number;
                            }[];
                            noticeGivenOn: string;
                            place: string;
                            present: {
                                households?: number;
                                persons: number;
                            } | null;
                            procedureId: number | null;
                            quorate: boolean | null;
                            /** @enum {string} */
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 村(社区)公开主页 Public page of a village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            committee: {
                                body: string;
                                name: string;
                                post: string;
                            }[];
                            groups: string[];
                            kind: string | null;
                            name: string;
                            path: {
                                code: string;
                                level: string;
                                name: string;
                            }[];
                            profile: {
                                households: number | null;
                                officeAddress: string | null;
                                officePhone: string | null;
                                population: number | null;
                            } | null;
                            register: {
                                households: number;
                                residents: number;
                            };
                            shortName: string;
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/poster.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 公开栏海报 PDF（A4/A3，每条带二维码） The notice-board poster */
        get: {
            parameters: {
                query?: {
                    period?: string;
                    size?: "A4" | "A3";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 公开栏海报（PDF） The poster */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/recalls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 罢免案 Recall cases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            memberName: string;
                            minYesNeeded: number | null;
                            passed: boolean | null;
                            petitionValid: boolean[];
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            voteValid: boolean | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记罢免要求与表决结果 Record a recall petition and vote */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberName: string;
                        petitions: {
                            /** @enum {string} */
                            by: "voters" | "representatives";
                            signatures: number;
                        }[];
                        registeredVoters: number;
                        representatives: number;
                        vote?: {
                            invalid: number;
                            no: number;
                            votersWhoVoted: number;
                            yes: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberName: string;
                            minYesNeeded: number | null;
                            passed: boolean | null;
                            petitionValid: boolean[];
                            reasons: {
                                article: string;
                                message: string;
                                rule: string;
                            }[];
                            voteValid: boolean | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/representative-trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代表培训记录 Record a training */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attendeeIds: number[];
                        heldOn: string;
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/representatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代表名册及法定构成检查 The representatives' register and the statutory checks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            check: {
                                findings: {
                                    article: string;
                                    message: string;
                                    ok: boolean;
                                    rule: string;
                                }[];
                                ok: boolean;
                            };
                            composition: {
                                groups: number;
                                households: number;
                                meetingMembers: number;
                                representatives: number;
                                women: number;
                            };
                            representatives: {
                                endedOn: string | null;
                                endReason: string | null;
                                female: boolean;
                                groupId: number | null;
                                households: number[];
                                id: number;
                                name: string;
                                residentId: number;
                                /** @enum {string} */
                                status: "active" | "recalled" | "resigned";
                                termEnd: string | null;
                                termStart: string;
                                villageCode: string;
                            }[];
                            trainings: {
                                list: {
                                    attendeeIds: number[];
                                    heldOn: string;
                                    id: number;
                                    topic: string;
                                    villageCode: string;
                                }[];
                                target: number;
                                thisYear: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** 登记代表 Add a representative */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        groupId?: number | null;
                        households?: number[];
                        residentId: number;
                        termEnd?: string | null;
                        termStart: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口代居民提交申请（审计记录“代为办理”） File a request at the desk on a resident's behalf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        residentId: number;
                        serviceCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            department: {
                                id: number;
                                name: string;
                            } | null;
                            description: string;
                            dueOn: string | null;
                            /** Format: date-time */
                            escalatedAt: string | null;
                            filedByLabel: string;
                            filedOn: string;
                            id: number;
                            moves: {
                                label: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** @enum {string} */
                                state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            }[];
                            office: string;
                            onBehalf: boolean;
                            overdue: boolean;
                            residentId: number;
                            residentName: string;
                            serviceCode: string;
                            serviceName: string;
                            /** @enum {string} */
                            state: "received" | "accepted" | "inProgress" | "waitingForResident" | "completed" | "closedNotDone";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            statusNote: string | null;
                            timeline: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                dueOn: string | null;
                                fromState: string | null;
                                id: number;
                                note: string | null;
                                toLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                toState: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/signboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 挂牌登记 The signboard register */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admissionItemId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            id: number;
                            issuingBody: string;
                            /** @enum {string} */
                            kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                            kindLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            name: string;
                            /** @enum {string} */
                            placement: "outside" | "inside";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requestedBy: string;
                            rule: string;
                            /** @enum {string} */
                            status: "hanging" | "countyReview" | "refused" | "removed";
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 申请挂牌（按挂牌规则决定） Request to hang a plaque (decided by the rule) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issuingBody: string;
                        /** @enum {string} */
                        kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                        name: string;
                        /** @enum {string} */
                        placement: "outside" | "inside";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admissionItemId: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            id: number;
                            issuingBody: string;
                            /** @enum {string} */
                            kind: "partyOrganization" | "committee" | "chinaCommunity" | "internalStandard" | "department";
                            name: string;
                            /** @enum {string} */
                            placement: "outside" | "inside";
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requestedBy: string;
                            rule: string;
                            /** @enum {string} */
                            status: "hanging" | "countyReview" | "refused" | "removed";
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村(社区)承担的工作事项及依据 The tasks a village holds, with their basis */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            department: string;
                            description: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            /** @enum {string|null} */
                            list: "statutoryDuties" | "assistedMatters" | "negativeMatters" | null;
                            mayRefuse: boolean;
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            refusalReason: string | null;
                            /** Format: date-time */
                            refusedAt: string | null;
                            requestId: number;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview" | "villageRefused";
                            title: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者、党员、社会组织和单位名册（含服务时长） Volunteers and organisations with hours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            id: number;
                            introduction: string | null;
                            /** @enum {string} */
                            kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                            name: string;
                            own: boolean;
                            publicName: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 登记志愿者、社会组织或单位 Register a volunteer, organisation or unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        introduction?: string | null;
                        /** @enum {string} */
                        kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            id: number;
                            introduction: string | null;
                            /** @enum {string} */
                            kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                            name: string;
                            own: boolean;
                            publicName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/volunteers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记自己为志愿者 Register myself as a volunteer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        introduction?: string | null;
                        /**
                         * @default volunteer
                         * @enum {string}
                         */
                        kind?: "volunteer" | "partyMember";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            id: number;
                            introduction: string | null;
                            /** @enum {string} */
                            kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                            name: string;
                            own: boolean;
                            publicName: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/wishes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本村(社区)全部心愿（含待审核） All wishes of a village */
        get: {
            parameters: {
                query?: {
                    state?: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimant: {
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                                publicName: string;
                            } | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            claimedBy: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                event: string;
                                fromState: string;
                                note: string | null;
                                toState: string;
                            }[];
                            /** Format: date-time */
                            fulfilledAt: string | null;
                            fulfilNote: string | null;
                            hours: number | null;
                            id: number;
                            minutes: number | null;
                            onBehalf: boolean;
                            photoMime: string | null;
                            photoSha256: string | null;
                            photoUrl: string | null;
                            postedBy: string;
                            rejectReason: string | null;
                            /** @enum {string} */
                            state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: date-time */
                            thankedAt: string | null;
                            thanks: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                            wisherName: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** 提交微心愿（居民本人，或工作人员代为提交） Post a micro-wish (a resident, or staff on their behalf) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description: string;
                        title: string;
                        wisherName?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimant: {
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                                publicName: string;
                            } | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            claimedBy: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                event: string;
                                fromState: string;
                                note: string | null;
                                toState: string;
                            }[];
                            /** Format: date-time */
                            fulfilledAt: string | null;
                            fulfilNote: string | null;
                            hours: number | null;
                            id: number;
                            minutes: number | null;
                            onBehalf: boolean;
                            photoMime: string | null;
                            photoSha256: string | null;
                            photoUrl: string | null;
                            postedBy: string;
                            rejectReason: string | null;
                            /** @enum {string} */
                            state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: date-time */
                            thankedAt: string | null;
                            thanks: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                            wisherName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/villages/{code}/wishes/wall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 心愿墙（只显示遮盖后的姓名） The public wish wall (masked names only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            services: {
                                availability: string | null;
                                description: string;
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                profileId: number;
                                provider: string;
                                title: string;
                            }[];
                            volunteers: {
                                hours: number;
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                            }[];
                            wishes: {
                                claimant: {
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                photoUrl: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                villageCode: string;
                                wisher: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 志愿者/组织的服务记录与时长 A volunteer's or organisation's service record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            fulfilled: {
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                hours: number;
                                id: number;
                                title: string;
                            }[];
                            hours: number;
                            id: number;
                            introduction: string | null;
                            /** @enum {string} */
                            kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                            name: string;
                            services: {
                                availability: string | null;
                                description: string;
                                id: number;
                                title: string;
                            }[];
                            villageCode: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布一项微服务（本人，或工作人员为本村组织） Offer a micro-service (as oneself, or staff for an organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        availability?: string | null;
                        description: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            availability: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            id: number;
                            profileId: number;
                            title: string;
                            villageCode: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的志愿者身份和服务时长 My volunteer profiles and hours */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            id: number;
                            introduction: string | null;
                            /** @enum {string} */
                            kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                            name: string;
                            own: boolean;
                            publicName: string;
                            villageCode: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wish-photos/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 心愿完成照片 A fulfilment photo */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sha256: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 完成照片 The photo (JPG, PNG or WebP) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条心愿及我能做的操作 A wish and what I may do with it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            full: boolean;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            } | {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                photoUrl: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                villageCode: string;
                                wisher: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核发布心愿（工作人员） Approve a wish and put it on the wall (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 认领心愿（志愿者本人，或工作人员代组织） Claim a wish (a volunteer, or staff for an organisation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 完成心愿（附说明或照片及服务时长） Fulfil a wish, with a note or photo and the hours (the claimant or staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传完成照片（认领人或工作人员） Add the fulfilment photo */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claimant: {
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                                publicName: string;
                            } | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            claimedBy: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                event: string;
                                fromState: string;
                                note: string | null;
                                toState: string;
                            }[];
                            /** Format: date-time */
                            fulfilledAt: string | null;
                            fulfilNote: string | null;
                            hours: number | null;
                            id: number;
                            minutes: number | null;
                            onBehalf: boolean;
                            photoMime: string | null;
                            photoSha256: string | null;
                            photoUrl: string | null;
                            postedBy: string;
                            rejectReason: string | null;
                            /** @enum {string} */
                            state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: date-time */
                            thankedAt: string | null;
                            thanks: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                            wisherName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予发布（须说明理由） Reject a wish, with the reason (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放弃认领（认领人或工作人员） Release a claimed wish (the claimant or staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/thank": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 致谢（心愿人） Thank the claimant (the wisher) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回心愿（心愿人或工作人员） Withdraw a wish (the wisher or staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hours?: number | null;
                        note?: string | null;
                        profileId?: number | null;
                        reason?: string | null;
                        thanks?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actors: ("wisher" | "staff" | "claimant" | "volunteer" | "other")[];
                            /** @enum {boolean} */
                            full: true;
                            wish: {
                                claimant: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                    name: string;
                                    publicName: string;
                                } | null;
                                /** Format: date-time */
                                claimedAt: string | null;
                                claimedBy: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                description: string;
                                events: {
                                    actorRole: string;
                                    /** Format: date-time */
                                    at: string;
                                    event: string;
                                    fromState: string;
                                    note: string | null;
                                    toState: string;
                                }[];
                                /** Format: date-time */
                                fulfilledAt: string | null;
                                fulfilNote: string | null;
                                hours: number | null;
                                id: number;
                                minutes: number | null;
                                onBehalf: boolean;
                                photoMime: string | null;
                                photoSha256: string | null;
                                photoUrl: string | null;
                                postedBy: string;
                                rejectReason: string | null;
                                /** @enum {string} */
                                state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                                stateLabel: {
                                    en: string;
                                    "zh-CN": string;
                                };
                                /** Format: date-time */
                                thankedAt: string | null;
                                thanks: string | null;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                                villageCode: string;
                                wisherName: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wishes/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我提交或认领的心愿 Wishes I posted or claimed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": ({
                            claimant: {
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                                publicName: string;
                            } | null;
                            /** Format: date-time */
                            claimedAt: string | null;
                            claimedBy: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                event: string;
                                fromState: string;
                                note: string | null;
                                toState: string;
                            }[];
                            /** Format: date-time */
                            fulfilledAt: string | null;
                            fulfilNote: string | null;
                            hours: number | null;
                            id: number;
                            minutes: number | null;
                            onBehalf: boolean;
                            photoMime: string | null;
                            photoSha256: string | null;
                            photoUrl: string | null;
                            postedBy: string;
                            rejectReason: string | null;
                            /** @enum {string} */
                            state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: date-time */
                            thankedAt: string | null;
                            thanks: string | null;
                            title: string;
                            /** Format: date-time */
                            updatedAt: string;
                            villageCode: string;
                            wisherName: string;
                        } | {
                            claimant: {
                                id: number;
                                /** @enum {string} */
                                kind: "volunteer" | "partyMember" | "socialOrganization" | "unit";
                                name: string;
                                publicName: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            events: {
                                actorRole: string;
                                /** Format: date-time */
                                at: string;
                                event: string;
                                fromState: string;
                                note: string | null;
                                toState: string;
                            }[];
                            /** Format: date-time */
                            fulfilledAt: string | null;
                            fulfilNote: string | null;
                            hours: number | null;
                            id: number;
                            photoUrl: string | null;
                            /** @enum {string} */
                            state: "submitted" | "rejected" | "published" | "claimed" | "fulfilled" | "thanked" | "withdrawn";
                            stateLabel: {
                                en: string;
                                "zh-CN": string;
                            };
                            /** Format: date-time */
                            thankedAt: string | null;
                            thanks: string | null;
                            title: string;
                            villageCode: string;
                            wisher: string;
                        })[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作事项申请 A work request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            countyCode: string;
                            countyNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            department: string;
                            description: string;
                            filedAtCode: string;
                            filedBy: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            item: {
                                basis: string;
                                id: number;
                                /** @enum {string} */
                                list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                                title: string;
                            } | null;
                            listItemId: number | null;
                            listLabel: {
                                en: string;
                                "zh-CN": string;
                            } | null;
                            missing: string[];
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requiresDedicatedOffice: boolean;
                            requiresDedicatedStaff: boolean;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview";
                            tasks: {
                                refusalReason: string | null;
                                /** Format: date-time */
                                refusedAt: string | null;
                                villageCode: string;
                            }[];
                            title: string;
                            villageCodes: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-requests/{id}/county-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 县级准入审批（决定扩充清单） The county's admission decision (extends a list) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        basis: string;
                        /** @enum {string} */
                        decision: "admit" | "refuse";
                        /** @enum {string} */
                        list?: "statutoryDuties" | "assistedMatters";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            basis: string;
                            conditions: string | null;
                            countyCode: string;
                            countyNote: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            decidedAt: string | null;
                            department: string;
                            description: string;
                            filedAtCode: string;
                            filedBy: string;
                            fundingFen: number | null;
                            fundingSource: string | null;
                            id: number;
                            item: {
                                basis: string;
                                id: number;
                                /** @enum {string} */
                                list: "statutoryDuties" | "assistedMatters" | "negativeMatters";
                                title: string;
                            } | null;
                            listItemId: number | null;
                            listLabel: {
                                en: string;
                                "zh-CN": string;
                            } | null;
                            missing: string[];
                            reason: {
                                en: string;
                                "zh-CN": string;
                            };
                            requiresDedicatedOffice: boolean;
                            requiresDedicatedStaff: boolean;
                            rule: string;
                            /** @enum {string} */
                            status: "admitted" | "refused" | "countyReview";
                            tasks: {
                                refusalReason: string | null;
                                /** Format: date-time */
                                refusedAt: string | null;
                                villageCode: string;
                            }[];
                            title: string;
                            villageCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
