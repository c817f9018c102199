// Generated from docs/api/openapi.json by `npm run openapi` (tools/openapi). Do not edit.
export type paths = {
    "/auth/demo-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Development login with a demo user
         * @description Username and password of a user of DEMO_USERS_FILE for a development token (8 h). Only when the gateway verifies HS256 tokens, DEMO_USERS_FILE is set and NODE_ENV is not production; rate-limited per client.
         */
        post: operations["postAuthDemoLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/key-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-wrap every data key under the active master key (repeat until remaining is 0)
         * @description Roles: admin.
         */
        post: operations["postV1AdminKeyRotation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appraisals/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appraisal inputs per centre the caller sees, with safety hazards found, in a period (CSV with Accept: text/csv)
         * @description Roles: analyst, quality-manager.
         */
        get: operations["getV1AppraisalsCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appraisals/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appraisal inputs per employee (audits, comebacks, first-time fixes, complaints, CSI) in a period (CSV with Accept: text/csv)
         * @description Roles: analyst, quality-manager.
         */
        get: operations["getV1AppraisalsEmployees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's audit templates, oldest first
         * @description Roles: quality-manager.
         */
        get: operations["getV1AuditTemplates"];
        put?: never;
        /**
         * Create an audit template: a checklist with a maximum score per item (Idempotency-Key)
         * @description Roles: quality-manager.
         */
        post: operations["postV1AuditTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an audit template
         * @description Roles: quality-manager.
         */
        get: operations["getV1AuditTemplatesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audits of the caller's centres, newest first
         * @description Roles: quality-manager.
         */
        get: operations["getV1Audits"];
        put?: never;
        /**
         * Schedule an audit of a centre, or start one ad hoc (Idempotency-Key)
         * @description Roles: quality-manager.
         */
        post: operations["postV1Audits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an audit (ETag: its version)
         * @description Roles: quality-manager.
         */
        get: operations["getV1AuditsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audits/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score an audit, every checklist item once; findings open improvement actions
         * @description Roles: quality-manager.
         */
        post: operations["postV1AuditsIdResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Backorders (parts a repair order waits for)
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician, analyst.
         */
        get: operations["getV1Backorders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List bookings in scope (by centre, status, slot range)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Bookings"];
        put?: never;
        /**
         * Book a bay (overflows to a partner workshop in emergency mode)
         * @description Roles: service-advisor.
         */
        post: operations["postV1Bookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a booking
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1BookingsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a booking
         * @description Roles: service-advisor.
         */
        post: operations["postV1BookingsIdCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bookings/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a booking no-show (after its slot started)
         * @description Roles: service-advisor.
         */
        post: operations["postV1BookingsIdNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/business-calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant's business calendar (ETag: the settings version)
         * @description Roles: complaint-handler.
         */
        get: operations["getV1BusinessCalendar"];
        /**
         * Replace the tenant's business calendar
         * @description Roles: admin.
         */
        put: operations["putV1BusinessCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certification-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The certifications each job type requires (all of them, no paging)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1CertificationRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certification-requirements/{jobType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the certifications a job type requires (empty: none)
         * @description Roles: quality-manager.
         */
        put: operations["putV1CertificationRequirementsJobType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List certifications in scope (by technician, centre)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Certifications"];
        put?: never;
        /**
         * Record or renew a technician's certification obtained elsewhere
         * @description Roles: quality-manager.
         */
        post: operations["postV1Certifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Platform time
         * @description The platform's current time. Clients compute time left, overdue and the current period against it instead of their own clock (off by minutes on some PCs; shifted in the demo).
         */
        get: operations["getV1Clock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaint-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant's complaint settings (ETag: the settings version)
         * @description Roles: complaint-handler.
         */
        get: operations["getV1ComplaintSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change default team, escalation chain, proactive triggers or verdict timeout
         * @description Roles: admin.
         */
        patch: operations["patchV1ComplaintSettings"];
        trace?: never;
    };
    "/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List complaints of the caller's tenant and centres, newest first
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1Complaints"];
        put?: never;
        /**
         * Take a complaint in (Idempotency-Key required); routed, and timed if classified
         * @description Roles: complaint-handler, service-advisor.
         */
        post: operations["postV1Complaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a complaint (ETag: its version)
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1ComplaintsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an open complaint
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdAcknowledgement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign a classified complaint to a team (and assignee) with a reason
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Classify a complaint (category and severity): sets its deadlines and routes it
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdClassification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a resolved complaint the customer accepted or left unanswered past the timeout
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the history of a complaint, oldest first
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1ComplaintsIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the investigation notes of a complaint, oldest first
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1ComplaintsIdNotes"];
        put?: never;
        /**
         * Add an investigation note; the first one acknowledges the complaint
         * @description Roles: complaint-handler, service-advisor.
         */
        post: operations["postV1ComplaintsIdNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/notification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the customer was told the resolution
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a resolved or closed complaint (recurrence or new evidence)
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a classified complaint with a remedy (and goodwill)
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's verdict on the resolution; a rejection reopens it
         * @description Roles: complaint-handler.
         */
        post: operations["postV1ComplaintsIdVerdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/correlations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Correlations of per-order measures (satisfaction, NPS, waiting time, rework, complaints) in a scope and period (CSV with Accept: text/csv)
         * @description Roles: analyst.
         */
        get: operations["getV1Correlations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List courses
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Courses"];
        put?: never;
        /**
         * Create a course (a pass may grant a certification)
         * @description Roles: quality-manager.
         */
        post: operations["postV1Courses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a course
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1CoursesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers, searched by exact phone or e-mail (blind index), dealer or status */
        get: operations["getV1Customers"];
        put?: never;
        /**
         * Register a customer (Idempotency-Key); the PII is stored encrypted
         * @description Roles: admin, service-advisor, complaint-handler.
         */
        post: operations["postV1Customers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a customer (PII decrypted, masked or erased by role and state) */
        get: operations["getV1CustomersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a customer (If-Match required)
         * @description Roles: admin, service-advisor, complaint-handler.
         */
        patch: operations["patchV1CustomersId"];
        trace?: never;
    };
    "/v1/customers/{id}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read the customer's personal data, when and why (newest first)
         * @description Roles: admin.
         */
        get: operations["getV1CustomersIdAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a customer's personal data (destroys the data key; If-Match optional)
         * @description Roles: admin.
         */
        post: operations["postV1CustomersIdErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List emergencies (by region, active or ended)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Emergencies"];
        put?: never;
        /**
         * Declare emergency mode for a region (extra hours, overflow to partners)
         * @description Roles: admin.
         */
        post: operations["postV1Emergencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an emergency
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1EmergenciesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/emergencies/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End emergency mode of the region
         * @description Roles: admin.
         */
        post: operations["postV1EmergenciesIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List follow-ups (the call list), by status, customer, repair order or due date */
        get: operations["getV1FollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-ups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a follow-up */
        get: operations["getV1FollowUpsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/follow-ups/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the outcome of a follow-up, once (If-Match optional)
         * @description Roles: admin, service-advisor, complaint-handler.
         */
        post: operations["postV1FollowUpsIdOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forecasts/parts-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Monthly parts demand per part and stock location: history and seasonal forecast (CSV with Accept: text/csv)
         * @description Roles: analyst, parts-clerk, procurement-officer.
         */
        get: operations["getV1ForecastsPartsDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forecasts/parts-demand/emissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish next month's forecast parts demand (parts.demand) now, instead of at the next sweep
         * @description Roles: analyst.
         */
        post: operations["postV1ForecastsPartsDemandEmissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/forecasts/service-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly service demand of the centres the caller sees: history and seasonal forecast (CSV with Accept: text/csv)
         * @description Roles: analyst, service-advisor.
         */
        get: operations["getV1ForecastsServiceDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List improvement actions of the caller's centres, newest first
         * @description Roles: quality-manager.
         */
        get: operations["getV1ImprovementActions"];
        put?: never;
        /**
         * Open an improvement action by hand: a KPI breach or a supervision report (Idempotency-Key)
         * @description Roles: quality-manager.
         */
        post: operations["postV1ImprovementActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an improvement action (ETag: its version)
         * @description Roles: quality-manager.
         */
        get: operations["getV1ImprovementActionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the root cause and plan (owner and due date may change)
         * @description Roles: quality-manager.
         */
        post: operations["postV1ImprovementActionsIdAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a verified improvement action
         * @description Roles: quality-manager.
         */
        post: operations["postV1ImprovementActionsIdClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the history of an improvement action, oldest first
         * @description Roles: quality-manager.
         */
        get: operations["getV1ImprovementActionsIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}/implementation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the plan was carried out; verification is due after the set period
         * @description Roles: quality-manager.
         */
        post: operations["postV1ImprovementActionsIdImplementation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/improvement-actions/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the effect: effective verifies the action, not effective reopens it
         * @description Roles: quality-manager.
         */
        post: operations["postV1ImprovementActionsIdVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inquiries of the caller's tenant and centres, newest first
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1Inquiries"];
        put?: never;
        /**
         * Take an inquiry in (Idempotency-Key required); routed, with an answer deadline
         * @description Roles: complaint-handler, service-advisor.
         */
        post: operations["postV1Inquiries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an inquiry (ETag: its version)
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1InquiriesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an open inquiry
         * @description Roles: complaint-handler, service-advisor.
         */
        post: operations["postV1InquiriesIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/inquiries/{id}/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert an inquiry into a complaint (Location points at it) or a booking request
         * @description Roles: complaint-handler, service-advisor.
         */
        post: operations["postV1InquiriesIdConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1Invoices"];
        put?: never;
        /**
         * Register a supplier's invoice: matched against the order and the goods received
         * @description Roles: procurement-officer.
         */
        post: operations["postV1Invoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{id}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the payment of a matched invoice
         * @description Roles: procurement-officer.
         */
        post: operations["postV1InvoicesIdPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KPIs of a centre, region or tenant over a period, optionally per day, week or month (CSV with Accept: text/csv)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Kpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live change notices (server-sent events)
         * @description A `text/event-stream` of minimal notices of the caller's tenant (and centres): each message has `id:` (the event id) and one `data:` line holding a LiveEvent as JSON; `: ping` comments keep idle streams open; `event: resync` (data `{}`) says notices were dropped while the client was slow, so refetch everything. Read it with fetch and an Authorization header.
         */
        get: operations["getV1Live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lots/{lot}/trace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trace a lot: where it was received and which repair orders and vehicles got it (recalls)
         * @description Roles: parts-clerk, procurement-officer, service-advisor, analyst.
         */
        get: operations["getV1LotsLotTrace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-qualifications/{centreId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether a partner workshop is qualified for overflow work now
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1PartnerQualificationsCentreId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-qualifications/{centreId}/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an audit score of a partner workshop
         * @description Roles: quality-manager.
         */
        post: operations["postV1PartnerQualificationsCentreIdAudits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/partner-qualifications/{centreId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an accreditation document of a partner workshop
         * @description Roles: quality-manager.
         */
        post: operations["postV1PartnerQualificationsCentreIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parts (by category, part number or fitting make)
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician, analyst.
         */
        get: operations["getV1Parts"];
        put?: never;
        /**
         * Register a part in the catalogue
         * @description Roles: parts-clerk, procurement-officer.
         */
        post: operations["postV1Parts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a part with its supplier offers
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician, analyst.
         */
        get: operations["getV1PartsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a part (If-Match required)
         * @description Roles: parts-clerk, procurement-officer.
         */
        patch: operations["patchV1PartsId"];
        trace?: never;
    };
    "/v1/parts/{id}/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a supplier's offer for a part (price, lead time)
         * @description Roles: procurement-officer.
         */
        post: operations["postV1PartsIdSuppliers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts/abc-classification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute the ABC classes from a year of consumption value
         * @description Roles: procurement-officer.
         */
        post: operations["postV1PartsAbcClassification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts/catalogue-publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish every catalogue entry again (for a new consumer)
         * @description Roles: admin.
         */
        post: operations["postV1PartsCataloguePublication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List purchase orders
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1PurchaseOrders"];
        put?: never;
        /**
         * Order requisitioned parts from the best-scoring (or a chosen) supplier
         * @description Roles: procurement-officer.
         */
        post: operations["postV1PurchaseOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a purchase order with its lines
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1PurchaseOrdersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a purchase order above the approval threshold
         * @description Roles: procurement-officer.
         */
        post: operations["postV1PurchaseOrdersIdApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase-orders/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive goods against a purchase order, with inspection (accepted and rejected)
         * @description Roles: parts-clerk, procurement-officer.
         */
        post: operations["postV1PurchaseOrdersIdReceipts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{team}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A team's open complaints (its own and those escalated to it), least time left first
         * @description Roles: complaint-handler, service-advisor.
         */
        get: operations["getV1QueuesTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reorder-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a reorder point, or compute it from demand, lead time and seasonality
         * @description Roles: parts-clerk, procurement-officer.
         */
        post: operations["postV1ReorderPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List repair orders in scope
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1RepairOrders"];
        put?: never;
        /**
         * Receive a vehicle: open a repair order (checks a booking in)
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a repair order with its quotes
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1RepairOrdersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign certified technicians of the centre (starts the work)
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the order before delivery
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdCancellation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the order with its invoice total and payer
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the vehicle over to the customer
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/diagnosis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the diagnosis (RECEIVED -> DIAGNOSED)
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1RepairOrdersIdDiagnosis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Note progress; workComplete sends the order to QC
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1RepairOrdersIdProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/qc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a QC checklist: all passed -> READY, any failed -> rework
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1RepairOrdersIdQc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a quote version (initial, extra findings or revision)
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdQuotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/quotes/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one quote version of a repair order
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1RepairOrdersIdQuotesVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/quotes/{version}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's approval of the current quote (requests the parts)
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdQuotesVersionApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/repair-orders/{id}/quotes/{version}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the customer's decline of the current quote
         * @description Roles: service-advisor.
         */
        post: operations["postV1RepairOrdersIdQuotesVersionDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requisitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requisitions
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1Requisitions"];
        put?: never;
        /**
         * Raise a requisition for a part at a location
         * @description Roles: parts-clerk, procurement-officer.
         */
        post: operations["postV1Requisitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rescues of the tenant
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1Rescues"];
        put?: never;
        /**
         * Request a roadside rescue
         * @description Roles: service-advisor.
         */
        post: operations["postV1Rescues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a rescue
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1RescuesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record arrival on site
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1RescuesIdArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch the nearest (or a named) centre
         * @description Roles: service-advisor.
         */
        post: operations["postV1RescuesIdDispatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve the rescue on the spot
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1RescuesIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rescues/{id}/tow-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tow the vehicle in: opens a repair order at the dispatched centre
         * @description Roles: service-advisor.
         */
        post: operations["postV1RescuesIdTowIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reservations made for repair orders
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician.
         */
        get: operations["getV1Reservations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a reservation with its lines
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician.
         */
        get: operations["getV1ReservationsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reservations/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the reserved parts to the workshop (lots first in, first out)
         * @description Roles: parts-clerk.
         */
        post: operations["postV1ReservationsIdIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's routing rules, oldest first
         * @description Roles: complaint-handler.
         */
        get: operations["getV1RoutingRules"];
        put?: never;
        /**
         * Add a routing rule (category x severity x centre -> team; empty matches any)
         * @description Roles: admin.
         */
        post: operations["postV1RoutingRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/routing-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a routing rule
         * @description Roles: admin.
         */
        delete: operations["deleteV1RoutingRulesId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety-inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List safety inspections in scope (by centre, open or closed)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1SafetyInspections"];
        put?: never;
        /**
         * Record a safety inspection of a centre (checklist and hazards)
         * @description Roles: quality-manager.
         */
        post: operations["postV1SafetyInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety-inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a safety inspection with its hazards
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1SafetyInspectionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety-inspections/{id}/hazards/{hazardId}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the fix of a hazard
         * @description Roles: quality-manager, service-advisor.
         */
        post: operations["postV1SafetyInspectionsIdHazardsHazardIdRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/safety-inspections/{id}/hazards/{hazardId}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a reported fix (passed: false reopens the hazard)
         * @description Roles: quality-manager.
         */
        post: operations["postV1SafetyInspectionsIdHazardsHazardIdVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quarterly service-quality scorecards of the centres the caller sees, ranked by region (CSV with Accept: text/csv)
         * @description Roles: analyst.
         */
        get: operations["getV1Scorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List service centres in scope
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1ServiceCentres"];
        put?: never;
        /**
         * Create a service centre (regional centre or partner workshop)
         * @description Roles: admin.
         */
        post: operations["postV1ServiceCentres"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-centres/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a service centre
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1ServiceCentresId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a centre's name or calendar (time zone, opening hours, exceptions)
         * @description Roles: admin.
         */
        patch: operations["patchV1ServiceCentresId"];
        trace?: never;
    };
    "/v1/service-centres/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free bays per slot on one local day of the centre
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1ServiceCentresIdAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settings/procurement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's procurement settings (supplier weights, approval threshold, tolerances)
         * @description Roles: procurement-officer.
         */
        get: operations["getV1SettingsProcurement"];
        /**
         * Change the tenant's procurement settings (If-Match)
         * @description Roles: admin.
         */
        put: operations["putV1SettingsProcurement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's standard per stage (all of them, no paging)
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1SlaStandards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sla-standards/{stage}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the standard of one stage
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1SlaStandardsStage"];
        /**
         * Create or replace the standard of a stage (If-Match checked when sent)
         * @description Roles: admin.
         */
        put: operations["putV1SlaStandardsStage"];
        post?: never;
        /**
         * Remove the standard of a stage (its clocks stop starting)
         * @description Roles: admin.
         */
        delete: operations["deleteV1SlaStandardsStage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stock by part and location: on hand, reserved, available, reorder point
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician, analyst.
         */
        get: operations["getV1Stock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stock ledger: every movement in order
         * @description Roles: parts-clerk, procurement-officer, service-advisor, technician, analyst.
         */
        get: operations["getV1StockMovements"];
        put?: never;
        /**
         * Book a manual receipt or adjustment
         * @description Roles: parts-clerk.
         */
        post: operations["postV1StockMovements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stocktakes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a stocktake: a count sheet of a location's parts
         * @description Roles: parts-clerk.
         */
        post: operations["postV1Stocktakes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stocktakes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a stocktake with its variances
         * @description Roles: parts-clerk, procurement-officer.
         */
        get: operations["getV1StocktakesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stocktakes/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a counted stocktake: its variances are booked to the ledger
         * @description Roles: procurement-officer.
         */
        post: operations["postV1StocktakesIdApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stocktakes/{id}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record counted quantities on a stocktake
         * @description Roles: parts-clerk.
         */
        post: operations["postV1StocktakesIdCounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List supervision reports of the caller's tenant and centres, newest first
         * @description Roles: quality-manager.
         */
        get: operations["getV1SupervisionReports"];
        put?: never;
        /** File a supervision report, anonymously if wished (any role; Idempotency-Key) */
        post: operations["postV1SupervisionReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a supervision report (ETag: its version)
         * @description Roles: quality-manager.
         */
        get: operations["getV1SupervisionReportsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision-reports/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or update the investigation of a supervision report
         * @description Roles: quality-manager.
         */
        post: operations["postV1SupervisionReportsIdInvestigation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision-reports/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a supervision report with an outcome; may open an improvement action
         * @description Roles: quality-manager.
         */
        post: operations["postV1SupervisionReportsIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List suppliers with their rating and grade
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1Suppliers"];
        put?: never;
        /**
         * Register a supplier
         * @description Roles: procurement-officer.
         */
        post: operations["postV1Suppliers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a supplier with its offers and latest reviews
         * @description Roles: procurement-officer, parts-clerk, analyst.
         */
        get: operations["getV1SuppliersId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a supplier's part (1-5 stars): the supplier is rated again
         * @description Roles: procurement-officer, parts-clerk, service-advisor.
         */
        post: operations["postV1SuppliersIdReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List surveys, by repair order, customer or centre (comment by role) */
        get: operations["getV1Surveys"];
        put?: never;
        /**
         * Take the satisfaction survey of a repair order (Idempotency-Key; one per order)
         * @description Roles: admin, service-advisor, complaint-handler.
         */
        post: operations["postV1Surveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a survey (the comment decrypted, masked or erased by role) */
        get: operations["getV1SurveysId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/time-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tenant's time limits per severity (working minutes) (ETag: the settings version)
         * @description Roles: complaint-handler.
         */
        get: operations["getV1TimeLimits"];
        /**
         * Replace the tenant's time limits per severity (working minutes)
         * @description Roles: admin.
         */
        put: operations["putV1TimeLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-effectiveness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per course, its trained technicians' comeback and first-time-fix rates before vs after the session (CSV with Accept: text/csv)
         * @description Roles: analyst, quality-manager.
         */
        get: operations["getV1TrainingEffectiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a centre's annual training plan
         * @description Roles: quality-manager.
         */
        post: operations["postV1TrainingPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a training plan with its coverage of the centre technicians
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1TrainingPlansId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a training session at a centre
         * @description Roles: quality-manager.
         */
        post: operations["postV1TrainingSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a training session with its results
         * @description Roles: admin, service-advisor, technician, parts-clerk, procurement-officer, complaint-handler, quality-manager, analyst.
         */
        get: operations["getV1TrainingSessionsId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-sessions/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the results of a session, once (grants certifications)
         * @description Roles: quality-manager.
         */
        post: operations["postV1TrainingSessionsIdResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/training-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exam pass rates per course and training coverage per centre in a period (CSV of the courses with Accept: text/csv)
         * @description Roles: analyst, quality-manager.
         */
        get: operations["getV1TrainingStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List vehicles, searched by VIN or owner */
        get: operations["getV1Vehicles"];
        put?: never;
        /**
         * Register a vehicle (Idempotency-Key); the VIN is unique per tenant
         * @description Roles: service-advisor.
         */
        post: operations["postV1Vehicles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vehicles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a vehicle with its mileage and ownership history */
        get: operations["getV1VehiclesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vehicles/{id}/mileage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a mileage reading (lowering it needs a correctionReason; If-Match optional)
         * @description Roles: service-advisor, technician.
         */
        post: operations["postV1VehiclesIdMileage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/vehicles/{id}/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the owner from a day on, keeping the ownership history (If-Match optional)
         * @description Roles: service-advisor.
         */
        post: operations["postV1VehiclesIdOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        DemoLoginRequest: {
            password: string;
            username: string;
        };
        DemoLoginResponse: {
            /** Format: date-time */
            expiresAt: string;
            /** @description HS256 JWT for `Authorization: Bearer` */
            token: string;
            user: {
                centreIds: "*" | string[];
                dealerIds: "*" | string[];
                displayName: string;
                roles: ("admin" | "service-advisor" | "technician" | "parts-clerk" | "procurement-officer" | "complaint-handler" | "quality-manager" | "analyst")[];
                tenantId: string;
                username: string;
            };
        };
        LiveEvent: {
            /** @description Ids (`*Id` fields) and status fields of the event data; nothing else */
            data: {
                [key: string]: string | number;
            };
            /** @description The event id (also the SSE `id:`) */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            subject: string;
            /** @description Event type, e.g. repair.order.status-changed */
            type: string;
        };
        PlatformClock: {
            /**
             * Format: date-time
             * @description The platform time (ISO 8601, UTC) when the gateway answered
             */
            now: string;
        };
        Problem: {
            /** @description Stable machine-readable reason (domain errors) */
            code?: string;
            /** @description On 412: the version to send in If-Match */
            currentVersion?: number;
            detail?: string;
            /** @description Validation problems, one per field */
            errors?: {
                message: string;
                path: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    postAuthDemoLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemoLoginRequest"];
            };
        };
        responses: {
            /** @description A token and the signed-in user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemoLoginResponse"];
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown demo user or wrong password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AdminKeyRotation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    batchSize?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activeKeyId: string;
                        /** @description Data keys whose master key is not configured here (cannot be re-wrapped by this instance) */
                        failed: number;
                        /** @description Still wrapped by another master key after the run */
                        remaining: number;
                        rewrapped: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AppraisalsCentres: {
        parameters: {
            query?: {
                centreId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        from: string;
                        items: {
                            auditFindings: number;
                            audits: number;
                            centreId: string;
                            comebackRate: number | null;
                            comebacks: number;
                            complaintRate: number | null;
                            complaints: number;
                            csi: number | null;
                            firstTimeFixRate: number | null;
                            meanAuditScore: number | null;
                            ordersCompleted: number;
                            safetyHazards: number;
                            surveys: number;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AppraisalsEmployees: {
        parameters: {
            query?: {
                centreId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        from: string;
                        items: {
                            auditFindings: number;
                            audits: number;
                            centreIds: string[];
                            comebackRate: number | null;
                            comebacks: number;
                            complaintRate: number | null;
                            complaints: number;
                            csi: number | null;
                            employeeId: string;
                            firstTimeFixRate: number | null;
                            meanAuditScore: number | null;
                            ordersCompleted: number;
                            surveys: number;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AuditTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            findingThreshold: number;
                            /** Format: uuid */
                            id: string;
                            items: {
                                code: string;
                                label: string;
                                maxScore: number;
                            }[];
                            /** @enum {string} */
                            kind: "mystery-shopper" | "process-audit" | "safety-walk" | "other";
                            name: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuditTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 0.6 */
                    findingThreshold?: number;
                    items: {
                        code: string;
                        label: string;
                        maxScore: number;
                    }[];
                    /** @enum {string} */
                    kind: "mystery-shopper" | "process-audit" | "safety-walk" | "other";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        findingThreshold: number;
                        /** Format: uuid */
                        id: string;
                        items: {
                            code: string;
                            label: string;
                            maxScore: number;
                        }[];
                        /** @enum {string} */
                        kind: "mystery-shopper" | "process-audit" | "safety-walk" | "other";
                        name: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AuditTemplatesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        findingThreshold: number;
                        /** Format: uuid */
                        id: string;
                        items: {
                            code: string;
                            label: string;
                            maxScore: number;
                        }[];
                        /** @enum {string} */
                        kind: "mystery-shopper" | "process-audit" | "safety-walk" | "other";
                        name: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Audits: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                status?: "scheduled" | "completed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            adHoc: boolean;
                            auditorId: string | null;
                            centreId: string;
                            completedAt: string | null;
                            completedBy: string | null;
                            employeeIds: string[];
                            findingCount: number | null;
                            /** Format: uuid */
                            id: string;
                            maxScore: number | null;
                            results: {
                                code: string;
                                finding: boolean;
                                label: string;
                                maxScore: number;
                                /** @description Evidence: what the auditor saw */
                                note: string | null;
                                score: number;
                            }[] | null;
                            /** Format: date-time */
                            scheduledFor: string;
                            score: number | null;
                            scorePercent: number | null;
                            /** @enum {string} */
                            status: "scheduled" | "completed";
                            /** Format: uuid */
                            templateId: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Audits: {
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
                    auditorId?: string | null;
                    centreId: string;
                    /** @default [] */
                    employeeIds?: string[];
                    scheduledFor?: string | null;
                    templateId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adHoc: boolean;
                        auditorId: string | null;
                        centreId: string;
                        completedAt: string | null;
                        completedBy: string | null;
                        employeeIds: string[];
                        findingCount: number | null;
                        /** Format: uuid */
                        id: string;
                        maxScore: number | null;
                        results: {
                            code: string;
                            finding: boolean;
                            label: string;
                            maxScore: number;
                            /** @description Evidence: what the auditor saw */
                            note: string | null;
                            score: number;
                        }[] | null;
                        /** Format: date-time */
                        scheduledFor: string;
                        score: number | null;
                        scorePercent: number | null;
                        /** @enum {string} */
                        status: "scheduled" | "completed";
                        /** Format: uuid */
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1AuditsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        adHoc: boolean;
                        auditorId: string | null;
                        centreId: string;
                        completedAt: string | null;
                        completedBy: string | null;
                        employeeIds: string[];
                        findingCount: number | null;
                        /** Format: uuid */
                        id: string;
                        maxScore: number | null;
                        results: {
                            code: string;
                            finding: boolean;
                            label: string;
                            maxScore: number;
                            /** @description Evidence: what the auditor saw */
                            note: string | null;
                            score: number;
                        }[] | null;
                        /** Format: date-time */
                        scheduledFor: string;
                        score: number | null;
                        scorePercent: number | null;
                        /** @enum {string} */
                        status: "scheduled" | "completed";
                        /** Format: uuid */
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1AuditsIdResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    actionDueAt?: string;
                    actionOwnerId?: string;
                    employeeIds?: string[];
                    results: {
                        code: string;
                        finding?: boolean;
                        note?: string | null;
                        score: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionIds: string[];
                        adHoc: boolean;
                        auditorId: string | null;
                        centreId: string;
                        completedAt: string | null;
                        completedBy: string | null;
                        employeeIds: string[];
                        findingCount: number | null;
                        /** Format: uuid */
                        id: string;
                        maxScore: number | null;
                        results: {
                            code: string;
                            finding: boolean;
                            label: string;
                            maxScore: number;
                            /** @description Evidence: what the auditor saw */
                            note: string | null;
                            score: number;
                        }[] | null;
                        /** Format: date-time */
                        scheduledFor: string;
                        score: number | null;
                        scorePercent: number | null;
                        /** @enum {string} */
                        status: "scheduled" | "completed";
                        /** Format: uuid */
                        templateId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Backorders: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                partId?: string;
                repairOrderId?: string;
                status?: "open" | "fulfilled" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            fulfilled: number;
                            id: string;
                            lineId: string;
                            locationId: string;
                            partId: string;
                            quantity: number;
                            repairOrderId: string;
                            requestId: string;
                            reservationId: string;
                            /** @enum {string} */
                            status: "open" | "fulfilled" | "cancelled";
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Bookings: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                slotFrom?: string;
                slotTo?: string;
                status?: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            bay: number;
                            cancelledBy: string | null;
                            cancelReason: string | null;
                            /** Format: uuid */
                            centreId: string;
                            channel: string;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            endedAt: string | null;
                            estimatedLabourHours: number;
                            /** Format: uuid */
                            id: string;
                            notes: string | null;
                            overflowFromCentreId: string | null;
                            serviceType: string;
                            /** Format: date-time */
                            slotEnd: string;
                            /** Format: date-time */
                            slotStart: string;
                            /** @enum {string} */
                            status: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
                            vehicleId: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Bookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    centreId: string;
                    /** @enum {string} */
                    channel: "online" | "phone" | "walk-in" | "app" | "follow-up";
                    customerId: string;
                    estimatedLabourHours: number;
                    notes?: string | null;
                    /** @enum {string} */
                    serviceType: "maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection";
                    /** Format: date-time */
                    slotEnd: string;
                    /** Format: date-time */
                    slotStart: string;
                    vehicleId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bay: number;
                        cancelledBy: string | null;
                        cancelReason: string | null;
                        /** Format: uuid */
                        centreId: string;
                        channel: string;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        endedAt: string | null;
                        estimatedLabourHours: number;
                        /** Format: uuid */
                        id: string;
                        notes: string | null;
                        overflowFromCentreId: string | null;
                        serviceType: string;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        status: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1BookingsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bay: number;
                        cancelledBy: string | null;
                        cancelReason: string | null;
                        /** Format: uuid */
                        centreId: string;
                        channel: string;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        endedAt: string | null;
                        estimatedLabourHours: number;
                        /** Format: uuid */
                        id: string;
                        notes: string | null;
                        overflowFromCentreId: string | null;
                        serviceType: string;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        status: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1BookingsIdCancellation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cancelledBy: "customer" | "staff";
                    /** @enum {string} */
                    reason: "customer-request" | "rescheduled" | "no-capacity" | "emergency" | "duplicate" | "other";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bay: number;
                        cancelledBy: string | null;
                        cancelReason: string | null;
                        /** Format: uuid */
                        centreId: string;
                        channel: string;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        endedAt: string | null;
                        estimatedLabourHours: number;
                        /** Format: uuid */
                        id: string;
                        notes: string | null;
                        overflowFromCentreId: string | null;
                        serviceType: string;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        status: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1BookingsIdNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bay: number;
                        cancelledBy: string | null;
                        cancelReason: string | null;
                        /** Format: uuid */
                        centreId: string;
                        channel: string;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        endedAt: string | null;
                        estimatedLabourHours: number;
                        /** Format: uuid */
                        id: string;
                        notes: string | null;
                        overflowFromCentreId: string | null;
                        serviceType: string;
                        /** Format: date-time */
                        slotEnd: string;
                        /** Format: date-time */
                        slotStart: string;
                        /** @enum {string} */
                        status: "BOOKED" | "CHECKED_IN" | "CANCELLED" | "NO_SHOW";
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1BusinessCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        holidays: string[];
                        timeZone: string;
                        week: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1BusinessCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    holidays?: string[];
                    timeZone: string;
                    week: {
                        [key: string]: {
                            close: string;
                            open: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @default [] */
                        holidays: string[];
                        timeZone: string;
                        week: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CertificationRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            certificationCodes: string[];
                            jobType: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1CertificationRequirementsJobType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobType: "engine" | "transmission" | "brakes" | "suspension" | "steering" | "electrical" | "hvac" | "body" | "tyres" | "battery-ev" | "other";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    certificationCodes: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        certificationCodes: string[];
                        jobType: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Certifications: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                technicianId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            centreId: string;
                            certificationCode: string;
                            courseId: string | null;
                            /** Format: uuid */
                            id: string;
                            technicianId: string;
                            /** @description Valid now */
                            valid: boolean;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Certifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    centreId: string;
                    certificationCode: string;
                    technicianId: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        certificationCode: string;
                        courseId: string | null;
                        /** Format: uuid */
                        id: string;
                        technicianId: string;
                        /** @description Valid now */
                        valid: boolean;
                        /** Format: date-time */
                        validUntil: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Clock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The platform time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformClock"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ComplaintSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultTeamId: string;
                        escalationChain: string[];
                        proactive: {
                            comeback: {
                                enabled: boolean;
                            };
                            qcFailed: {
                                enabled: boolean;
                            };
                            survey: {
                                enabled: boolean;
                                npsAtMost: number;
                                scoreAtMost: number;
                            };
                        };
                        verdictTimeoutMinutes: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1ComplaintSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    defaultTeamId?: string;
                    escalationChain?: string[];
                    proactive?: {
                        comeback: {
                            enabled: boolean;
                        };
                        qcFailed: {
                            enabled: boolean;
                        };
                        survey: {
                            enabled: boolean;
                            npsAtMost: number;
                            scoreAtMost: number;
                        };
                    };
                    verdictTimeoutMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        defaultTeamId: string;
                        escalationChain: string[];
                        proactive: {
                            comeback: {
                                enabled: boolean;
                            };
                            qcFailed: {
                                enabled: boolean;
                            };
                            survey: {
                                enabled: boolean;
                                npsAtMost: number;
                                scoreAtMost: number;
                            };
                        };
                        verdictTimeoutMinutes: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Complaints: {
        parameters: {
            query?: {
                category?: "repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other";
                centreId?: string;
                cursor?: string;
                customerId?: string;
                limit?: number;
                repairOrderId?: string;
                severity?: "low" | "medium" | "high" | "critical";
                status?: "open" | "resolved" | "closed";
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            assigneeId: string | null;
                            category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                            centreId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                            closedAt: string | null;
                            closure: ("verdict-accepted" | "verdict-timeout") | null;
                            customerId: string | null;
                            deadlines: {
                                /** Format: date-time */
                                acknowledgeBy: string;
                                /** Format: date-time */
                                resolveBy: string;
                            } | null;
                            description: string;
                            /** @description The deadline being worked against */
                            dueAt: string | null;
                            escalation: {
                                acknowledgeEscalatedAt: string | null;
                                level: number;
                                resolveEscalatedAt: string | null;
                                toTeamId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            notification: {
                                /** Format: date-time */
                                notifiedAt: string;
                                via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                            } | null;
                            /** @description C-<year>-<6 digits>, per tenant and year */
                            referenceNumber: string;
                            /** Format: date-time */
                            registeredAt: string;
                            reopenCount: number;
                            repairOrderId: string | null;
                            resolution: {
                                goodwill: {
                                    amountMinor: number;
                                    currency: string | null;
                                } | null;
                                remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                                /** Format: date-time */
                                resolvedAt: string;
                                resolvedBy: string | null;
                                summary: string | null;
                            } | null;
                            routingRuleId: string | null;
                            severity: ("low" | "medium" | "high" | "critical") | null;
                            /** @description Event that opened a proactive complaint */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "closed";
                            teamId: string;
                            /** @enum {string} */
                            teamSource: "routing-rule" | "default" | "reassignment";
                            /** @enum {string} */
                            trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                            vehicleId: string | null;
                            verdict: {
                                at: string | null;
                                /** @enum {string} */
                                verdict: "accepted" | "rejected";
                            } | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Complaints: {
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
                    category?: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                    /** @default null */
                    centreId?: string | null;
                    /** @enum {string} */
                    channel: "phone" | "email" | "web" | "walk-in" | "survey";
                    /** @default null */
                    customerId?: string | null;
                    description: string;
                    /** @default null */
                    repairOrderId?: string | null;
                    /** @default null */
                    severity?: ("low" | "medium" | "high" | "critical") | null;
                    /** @default null */
                    vehicleId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ComplaintsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdAcknowledgement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    assigneeId?: string | null;
                    reason: string;
                    teamId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdClassification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other";
                    /** @enum {string} */
                    severity: "low" | "medium" | "high" | "critical";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdClosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ComplaintsIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Null where the service acted */
                            actorId: string | null;
                            /** Format: date-time */
                            at: string;
                            /** @description What changed (kind-specific; no customer texts) */
                            data: unknown;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ComplaintsIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            authorId: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            text: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdNotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
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
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaint: {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            assigneeId: string | null;
                            category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                            centreId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                            closedAt: string | null;
                            closure: ("verdict-accepted" | "verdict-timeout") | null;
                            customerId: string | null;
                            deadlines: {
                                /** Format: date-time */
                                acknowledgeBy: string;
                                /** Format: date-time */
                                resolveBy: string;
                            } | null;
                            description: string;
                            /** @description The deadline being worked against */
                            dueAt: string | null;
                            escalation: {
                                acknowledgeEscalatedAt: string | null;
                                level: number;
                                resolveEscalatedAt: string | null;
                                toTeamId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            notification: {
                                /** Format: date-time */
                                notifiedAt: string;
                                via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                            } | null;
                            /** @description C-<year>-<6 digits>, per tenant and year */
                            referenceNumber: string;
                            /** Format: date-time */
                            registeredAt: string;
                            reopenCount: number;
                            repairOrderId: string | null;
                            resolution: {
                                goodwill: {
                                    amountMinor: number;
                                    currency: string | null;
                                } | null;
                                remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                                /** Format: date-time */
                                resolvedAt: string;
                                resolvedBy: string | null;
                                summary: string | null;
                            } | null;
                            routingRuleId: string | null;
                            severity: ("low" | "medium" | "high" | "critical") | null;
                            /** @description Event that opened a proactive complaint */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "closed";
                            teamId: string;
                            /** @enum {string} */
                            teamSource: "routing-rule" | "default" | "reassignment";
                            /** @enum {string} */
                            trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                            vehicleId: string | null;
                            verdict: {
                                at: string | null;
                                /** @enum {string} */
                                verdict: "accepted" | "rejected";
                            } | null;
                            version: number;
                        };
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    via: "phone" | "email" | "sms" | "letter" | "in-person";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    reason: "recurrence" | "new-evidence";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    goodwill?: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    } | null;
                    /** @default null */
                    notifiedVia?: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                    /** @enum {string} */
                    remedy: "repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other";
                    summary: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ComplaintsIdVerdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    verdict: "accepted" | "rejected";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledgedAt: string | null;
                        acknowledgedBy: string | null;
                        assigneeId: string | null;
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                        closedAt: string | null;
                        closure: ("verdict-accepted" | "verdict-timeout") | null;
                        customerId: string | null;
                        deadlines: {
                            /** Format: date-time */
                            acknowledgeBy: string;
                            /** Format: date-time */
                            resolveBy: string;
                        } | null;
                        description: string;
                        /** @description The deadline being worked against */
                        dueAt: string | null;
                        escalation: {
                            acknowledgeEscalatedAt: string | null;
                            level: number;
                            resolveEscalatedAt: string | null;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        notification: {
                            /** Format: date-time */
                            notifiedAt: string;
                            via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                        } | null;
                        /** @description C-<year>-<6 digits>, per tenant and year */
                        referenceNumber: string;
                        /** Format: date-time */
                        registeredAt: string;
                        reopenCount: number;
                        repairOrderId: string | null;
                        resolution: {
                            goodwill: {
                                amountMinor: number;
                                currency: string | null;
                            } | null;
                            remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                            /** Format: date-time */
                            resolvedAt: string;
                            resolvedBy: string | null;
                            summary: string | null;
                        } | null;
                        routingRuleId: string | null;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        /** @description Event that opened a proactive complaint */
                        sourceEventId: string | null;
                        /** @enum {string} */
                        status: "open" | "resolved" | "closed";
                        teamId: string;
                        /** @enum {string} */
                        teamSource: "routing-rule" | "default" | "reassignment";
                        /** @enum {string} */
                        trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                        vehicleId: string | null;
                        verdict: {
                            at: string | null;
                            /** @enum {string} */
                            verdict: "accepted" | "rejected";
                        } | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Correlations: {
        parameters: {
            query?: {
                from?: string;
                id?: string;
                scope?: "centre" | "region" | "tenant";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        from: string;
                        id: string;
                        items: {
                            name: string;
                            result: {
                                n: number;
                                pearson: number;
                                spearman: number;
                                /** @constant */
                                status: "ok";
                                /** @enum {string} */
                                strength: "none" | "weak" | "moderate" | "strong";
                            } | {
                                minSamples: number;
                                n: number;
                                reason: string;
                                /** @constant */
                                status: "insufficient-data";
                            };
                            /** @description The first measure */
                            x: string;
                            /** @description The second measure */
                            y: string;
                        }[];
                        /** @enum {string} */
                        scope: "centre" | "region" | "tenant";
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Courses: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            category: "new-technology" | "equipment" | "case-study" | "safety" | "soft-skills";
                            certificationCode: string | null;
                            certificationValidMonths: number | null;
                            code: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            passScore: number | null;
                            title: string;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Courses: {
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
                    category: "new-technology" | "equipment" | "case-study" | "safety" | "soft-skills";
                    /** @description Certification a pass grants */
                    certificationCode?: string | null;
                    certificationValidMonths?: number | null;
                    code: string;
                    /** @description Minimum exam score to pass; absent: attendance passes */
                    passScore?: number | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "new-technology" | "equipment" | "case-study" | "safety" | "soft-skills";
                        certificationCode: string | null;
                        certificationValidMonths: number | null;
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        passScore: number | null;
                        title: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CoursesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "new-technology" | "equipment" | "case-study" | "safety" | "soft-skills";
                        certificationCode: string | null;
                        certificationValidMonths: number | null;
                        code: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        passScore: number | null;
                        title: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Customers: {
        parameters: {
            query?: {
                cursor?: string;
                dealerId?: string;
                email?: string;
                limit?: number;
                phone?: string;
                status?: "active" | "erased";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            address: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                            } | null;
                            consents: {
                                dataProcessing: boolean;
                                /** Format: date-time */
                                dataProcessingChangedAt: string;
                                marketing: boolean;
                                /** Format: date-time */
                                marketingChangedAt: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            dealerId: string | null;
                            email: string | null;
                            erasedAt: string | null;
                            erasureBasis: string | null;
                            /** Format: uuid */
                            id: string;
                            idNumbers: {
                                /** @enum {string} */
                                type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                                value: string;
                            }[];
                            /** @enum {string} */
                            kind: "person" | "company";
                            name: string;
                            /** @description E.164 */
                            phone: string | null;
                            /**
                             * @description The caller may read PII: shown in clear, access audited
                             * @constant
                             */
                            piiAccess: "decrypted";
                            /** @enum {string} */
                            preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            /** @constant */
                            status: "active";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        } | {
                            /** @constant */
                            address: "***";
                            consents: {
                                dataProcessing: boolean;
                                /** Format: date-time */
                                dataProcessingChangedAt: string;
                                marketing: boolean;
                                /** Format: date-time */
                                marketingChangedAt: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            dealerId: string | null;
                            /** @constant */
                            email: "***";
                            erasedAt: string | null;
                            erasureBasis: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @constant */
                            idNumbers: "***";
                            /** @enum {string} */
                            kind: "person" | "company";
                            /** @constant */
                            name: "***";
                            /** @constant */
                            phone: "***";
                            /**
                             * @description The caller's roles do not need PII: nothing decrypted
                             * @constant
                             */
                            piiAccess: "masked";
                            /** @enum {string} */
                            preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            /** @constant */
                            status: "active";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        } | {
                            address: null;
                            consents: {
                                dataProcessing: boolean;
                                /** Format: date-time */
                                dataProcessingChangedAt: string;
                                marketing: boolean;
                                /** Format: date-time */
                                marketingChangedAt: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            dealerId: string | null;
                            email: null;
                            erasedAt: string | null;
                            erasureBasis: string | null;
                            /** Format: uuid */
                            id: string;
                            idNumbers: null;
                            /** @enum {string} */
                            kind: "person" | "company";
                            name: null;
                            phone: null;
                            /**
                             * @description The personal data was erased (its key destroyed)
                             * @constant
                             */
                            piiAccess: "erased";
                            /** @enum {string} */
                            preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            /** @constant */
                            status: "erased";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        })[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Customers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: {
                        city: string;
                        country: string;
                        line1: string;
                        line2?: string | null;
                        postalCode: string;
                    } | null;
                    consents: {
                        dataProcessing: boolean;
                        marketing: boolean;
                    };
                    dealerId?: string | null;
                    email?: string | null;
                    /** @default [] */
                    idNumbers?: {
                        /** @enum {string} */
                        type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                        value: string;
                    }[];
                    /** @enum {string} */
                    kind: "person" | "company";
                    name: string;
                    phone?: string | null;
                    /** @enum {string} */
                    preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        } | null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: string | null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: {
                            /** @enum {string} */
                            type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                            value: string;
                        }[];
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: string;
                        /** @description E.164 */
                        phone: string | null;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        piiAccess: "decrypted";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @constant */
                        address: "***";
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        /** @constant */
                        email: "***";
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        idNumbers: "***";
                        /** @enum {string} */
                        kind: "person" | "company";
                        /** @constant */
                        name: "***";
                        /** @constant */
                        phone: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        piiAccess: "masked";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        address: null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: null;
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: null;
                        phone: null;
                        /**
                         * @description The personal data was erased (its key destroyed)
                         * @constant
                         */
                        piiAccess: "erased";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "erased";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        } | null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: string | null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: {
                            /** @enum {string} */
                            type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                            value: string;
                        }[];
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: string;
                        /** @description E.164 */
                        phone: string | null;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        piiAccess: "decrypted";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @constant */
                        address: "***";
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        /** @constant */
                        email: "***";
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        idNumbers: "***";
                        /** @enum {string} */
                        kind: "person" | "company";
                        /** @constant */
                        name: "***";
                        /** @constant */
                        phone: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        piiAccess: "masked";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        address: null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: null;
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: null;
                        phone: null;
                        /**
                         * @description The personal data was erased (its key destroyed)
                         * @constant
                         */
                        piiAccess: "erased";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "erased";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1CustomersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: {
                        city: string;
                        country: string;
                        line1: string;
                        line2?: string | null;
                        postalCode: string;
                    } | null;
                    consents?: {
                        dataProcessing: boolean;
                        marketing: boolean;
                    };
                    dealerId?: string | null;
                    email?: string | null;
                    idNumbers?: {
                        /** @enum {string} */
                        type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                        value: string;
                    }[];
                    /** @enum {string} */
                    kind?: "person" | "company";
                    name?: string;
                    phone?: string | null;
                    /** @enum {string} */
                    preferredChannel?: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        } | null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: string | null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: {
                            /** @enum {string} */
                            type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                            value: string;
                        }[];
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: string;
                        /** @description E.164 */
                        phone: string | null;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        piiAccess: "decrypted";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @constant */
                        address: "***";
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        /** @constant */
                        email: "***";
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        idNumbers: "***";
                        /** @enum {string} */
                        kind: "person" | "company";
                        /** @constant */
                        name: "***";
                        /** @constant */
                        phone: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        piiAccess: "masked";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        address: null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: null;
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: null;
                        phone: null;
                        /**
                         * @description The personal data was erased (its key destroyed)
                         * @constant
                         */
                        piiAccess: "erased";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "erased";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1CustomersIdAccessLog: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            accessedAt: string;
                            /** @description The route that showed the data, e.g. "GET /v1/customers/:id" */
                            purpose: string;
                            requestId: string | null;
                            roles: string[];
                            userId: string;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1CustomersIdErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default customer-request
                     * @enum {string}
                     */
                    basis?: "customer-request" | "retention-expired" | "legal-order";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        } | null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: string | null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: {
                            /** @enum {string} */
                            type: "national-id" | "passport" | "driving-licence" | "company-registration" | "tax-id";
                            value: string;
                        }[];
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: string;
                        /** @description E.164 */
                        phone: string | null;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        piiAccess: "decrypted";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        /** @constant */
                        address: "***";
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        /** @constant */
                        email: "***";
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @constant */
                        idNumbers: "***";
                        /** @enum {string} */
                        kind: "person" | "company";
                        /** @constant */
                        name: "***";
                        /** @constant */
                        phone: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        piiAccess: "masked";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "active";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    } | {
                        address: null;
                        consents: {
                            dataProcessing: boolean;
                            /** Format: date-time */
                            dataProcessingChangedAt: string;
                            marketing: boolean;
                            /** Format: date-time */
                            marketingChangedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        dealerId: string | null;
                        email: null;
                        erasedAt: string | null;
                        erasureBasis: string | null;
                        /** Format: uuid */
                        id: string;
                        idNumbers: null;
                        /** @enum {string} */
                        kind: "person" | "company";
                        name: null;
                        phone: null;
                        /**
                         * @description The personal data was erased (its key destroyed)
                         * @constant
                         */
                        piiAccess: "erased";
                        /** @enum {string} */
                        preferredChannel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        status: "erased";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Emergencies: {
        parameters: {
            query?: {
                active?: string;
                cursor?: string;
                limit?: number;
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            backlogHours: number | null;
                            capacityHours: number | null;
                            cause: string;
                            declaredBy: string | null;
                            endedAt: string | null;
                            endedBy: string | null;
                            extraHours: number;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            overflowCentreIds: string[];
                            regionId: string;
                            /** Format: date-time */
                            startedAt: string;
                            /** @enum {string} */
                            trigger: "backlog" | "declared";
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Emergencies: {
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
                    cause: "disaster" | "weather" | "epidemic" | "other";
                    /** @default 0 */
                    extraHours?: number;
                    note?: string | null;
                    overflowCentreIds?: string[];
                    regionId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        backlogHours: number | null;
                        capacityHours: number | null;
                        cause: string;
                        declaredBy: string | null;
                        endedAt: string | null;
                        endedBy: string | null;
                        extraHours: number;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        overflowCentreIds: string[];
                        regionId: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @enum {string} */
                        trigger: "backlog" | "declared";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1EmergenciesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        backlogHours: number | null;
                        capacityHours: number | null;
                        cause: string;
                        declaredBy: string | null;
                        endedAt: string | null;
                        endedBy: string | null;
                        extraHours: number;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        overflowCentreIds: string[];
                        regionId: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @enum {string} */
                        trigger: "backlog" | "declared";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1EmergenciesIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        backlogHours: number | null;
                        capacityHours: number | null;
                        cause: string;
                        declaredBy: string | null;
                        endedAt: string | null;
                        endedBy: string | null;
                        extraHours: number;
                        /** Format: uuid */
                        id: string;
                        note: string | null;
                        overflowCentreIds: string[];
                        regionId: string;
                        /** Format: date-time */
                        startedAt: string;
                        /** @enum {string} */
                        trigger: "backlog" | "declared";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1FollowUps: {
        parameters: {
            query?: {
                cursor?: string;
                customerId?: string;
                dueBefore?: string;
                limit?: number;
                repairOrderId?: string;
                status?: "scheduled" | "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            centreId: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            completedAt: string | null;
                            completedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            customerId: string;
                            /** Format: date-time */
                            dueAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "post-delivery-call" | "maintenance-reminder" | "satisfaction-check";
                            outcome: ("satisfied" | "issue-reported" | "no-answer" | "declined" | "booked-service") | null;
                            repairOrderId: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "completed" | "cancelled";
                            surveyId: string | null;
                            vehicleId: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1FollowUpsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        completedAt: string | null;
                        completedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "post-delivery-call" | "maintenance-reminder" | "satisfaction-check";
                        outcome: ("satisfied" | "issue-reported" | "no-answer" | "declined" | "booked-service") | null;
                        repairOrderId: string | null;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled";
                        surveyId: string | null;
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1FollowUpsIdOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default 1 */
                    attempts?: number;
                    /** @enum {string} */
                    channel?: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                    /** @enum {string} */
                    outcome: "satisfied" | "issue-reported" | "no-answer" | "declined" | "booked-service";
                    /** Format: uuid */
                    surveyId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        completedAt: string | null;
                        completedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        customerId: string;
                        /** Format: date-time */
                        dueAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "post-delivery-call" | "maintenance-reminder" | "satisfaction-check";
                        outcome: ("satisfied" | "issue-reported" | "no-answer" | "declined" | "booked-service") | null;
                        repairOrderId: string | null;
                        /** @enum {string} */
                        status: "scheduled" | "completed" | "cancelled";
                        surveyId: string | null;
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ForecastsPartsDemand: {
        parameters: {
            query?: {
                asOf?: string;
                horizon?: number;
                locationId?: string;
                partId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        granularity: "month";
                        items: {
                            forecast: {
                                backtestHorizon: number;
                                /** @description Back-tested mean absolute percentage error (0.08 = 8 %) */
                                mape: number | null;
                                /** @enum {string} */
                                method: "holt-winters-additive" | "holt-linear" | "mean";
                                params: {
                                    alpha: number;
                                    beta: number;
                                    gamma: number;
                                } | null;
                                points: {
                                    lower: number;
                                    /**
                                     * Format: date
                                     * @description Calendar day (UTC), YYYY-MM-DD
                                     */
                                    periodStart: string;
                                    step: number;
                                    upper: number;
                                    value: number;
                                }[];
                                seasonLength: number;
                            };
                            history: {
                                /**
                                 * Format: date
                                 * @description Calendar day (UTC), YYYY-MM-DD
                                 */
                                periodStart: string;
                                value: number;
                            }[];
                            locationId: string;
                            partId: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ForecastsPartsDemandEmissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Forecast demands published now (new, or changed quantity) */
                        emitted: number;
                        /** @description Parts whose catalogue entry has not arrived yet */
                        heldBack: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ForecastsServiceDemand: {
        parameters: {
            query?: {
                asOf?: string;
                centreId?: string;
                horizon?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        granularity: "week";
                        items: {
                            centreId: string;
                            forecast: {
                                backtestHorizon: number;
                                /** @description Back-tested mean absolute percentage error (0.08 = 8 %) */
                                mape: number | null;
                                /** @enum {string} */
                                method: "holt-winters-additive" | "holt-linear" | "mean";
                                params: {
                                    alpha: number;
                                    beta: number;
                                    gamma: number;
                                } | null;
                                points: {
                                    lower: number;
                                    /**
                                     * Format: date
                                     * @description Calendar day (UTC), YYYY-MM-DD
                                     */
                                    periodStart: string;
                                    step: number;
                                    upper: number;
                                    value: number;
                                }[];
                                seasonLength: number;
                            };
                            history: {
                                /**
                                 * Format: date
                                 * @description Calendar day (UTC), YYYY-MM-DD
                                 */
                                periodStart: string;
                                value: number;
                            }[];
                            regionId: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ImprovementActions: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                source?: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                status?: "open" | "planned" | "implemented" | "verified" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            centreId: string;
                            closedAt: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            escalation: {
                                escalatedAt: string | null;
                                level: number;
                                toTeamId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            implementedAt: string | null;
                            indicator: {
                                after: number | null;
                                before: number | null;
                                name: string | null;
                            };
                            ownerId: string;
                            plan: string | null;
                            rootCause: string | null;
                            /** @enum {string} */
                            source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                            sourceRef: string;
                            /** @enum {string} */
                            status: "open" | "planned" | "implemented" | "verified" | "closed";
                            title: string;
                            verification: {
                                effective: boolean | null;
                                verifiedAt: string | null;
                                verifiedBy: string | null;
                            } | null;
                            verifyFrom: string | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ImprovementActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    centreId: string;
                    /** Format: date-time */
                    dueAt: string;
                    indicator?: {
                        name: string;
                        /** @default null */
                        value?: number | null;
                    };
                    ownerId: string;
                    /** @enum {string} */
                    source: "kpi-breach" | "supervision-report";
                    sourceRef: string;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ImprovementActionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ImprovementActionsIdAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    dueAt?: string;
                    ownerId?: string;
                    plan: string;
                    rootCause: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ImprovementActionsIdClosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ImprovementActionsIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Null where the service acted */
                            actorId: string | null;
                            /** Format: date-time */
                            at: string;
                            /** @description What changed (kind-specific; no customer texts) */
                            data: unknown;
                            kind: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ImprovementActionsIdImplementation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    verifyAfterDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ImprovementActionsIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    effective: boolean;
                    indicatorAfter?: number;
                    indicatorBefore?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        closedAt: string | null;
                        /** Format: date-time */
                        dueAt: string;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        implementedAt: string | null;
                        indicator: {
                            after: number | null;
                            before: number | null;
                            name: string | null;
                        };
                        ownerId: string;
                        plan: string | null;
                        rootCause: string | null;
                        /** @enum {string} */
                        source: "audit-finding" | "complaint-pattern" | "kpi-breach" | "supervision-report";
                        sourceRef: string;
                        /** @enum {string} */
                        status: "open" | "planned" | "implemented" | "verified" | "closed";
                        title: string;
                        verification: {
                            effective: boolean | null;
                            verifiedAt: string | null;
                            verifiedBy: string | null;
                        } | null;
                        verifyFrom: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Inquiries: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                status?: "open" | "answered" | "converted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            answer: {
                                answeredAt: string | null;
                                answeredBy: string | null;
                                text: string;
                            } | null;
                            /** Format: date-time */
                            answerBy: string;
                            centreId: string | null;
                            /** @enum {string} */
                            channel: "web" | "phone" | "chat";
                            conversion: {
                                at: string | null;
                                bookingRequest: {
                                    centreId: string | null;
                                    customerId: string | null;
                                    /** @description Earliest slot the customer would like */
                                    preferredFrom: string | null;
                                    serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                                    vehicleId: string | null;
                                } | null;
                                complaintId: string | null;
                                /** @enum {string} */
                                into: "complaint" | "booking";
                            } | null;
                            customerId: string | null;
                            escalation: {
                                escalatedAt: string | null;
                                level: number;
                                toTeamId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            question: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "open" | "answered" | "converted";
                            teamId: string;
                            vehicleId: string | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Inquiries: {
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
                    centreId?: string | null;
                    /** @enum {string} */
                    channel: "web" | "phone" | "chat";
                    /** @default null */
                    customerId?: string | null;
                    question: string;
                    /** @default null */
                    vehicleId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string | null;
                            answeredBy: string | null;
                            text: string;
                        } | null;
                        /** Format: date-time */
                        answerBy: string;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "web" | "phone" | "chat";
                        conversion: {
                            at: string | null;
                            bookingRequest: {
                                centreId: string | null;
                                customerId: string | null;
                                /** @description Earliest slot the customer would like */
                                preferredFrom: string | null;
                                serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                                vehicleId: string | null;
                            } | null;
                            complaintId: string | null;
                            /** @enum {string} */
                            into: "complaint" | "booking";
                        } | null;
                        customerId: string | null;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        question: string;
                        /** Format: date-time */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "converted";
                        teamId: string;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1InquiriesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string | null;
                            answeredBy: string | null;
                            text: string;
                        } | null;
                        /** Format: date-time */
                        answerBy: string;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "web" | "phone" | "chat";
                        conversion: {
                            at: string | null;
                            bookingRequest: {
                                centreId: string | null;
                                customerId: string | null;
                                /** @description Earliest slot the customer would like */
                                preferredFrom: string | null;
                                serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                                vehicleId: string | null;
                            } | null;
                            complaintId: string | null;
                            /** @enum {string} */
                            into: "complaint" | "booking";
                        } | null;
                        customerId: string | null;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        question: string;
                        /** Format: date-time */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "converted";
                        teamId: string;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1InquiriesIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string | null;
                            answeredBy: string | null;
                            text: string;
                        } | null;
                        /** Format: date-time */
                        answerBy: string;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "web" | "phone" | "chat";
                        conversion: {
                            at: string | null;
                            bookingRequest: {
                                centreId: string | null;
                                customerId: string | null;
                                /** @description Earliest slot the customer would like */
                                preferredFrom: string | null;
                                serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                                vehicleId: string | null;
                            } | null;
                            complaintId: string | null;
                            /** @enum {string} */
                            into: "complaint" | "booking";
                        } | null;
                        customerId: string | null;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        question: string;
                        /** Format: date-time */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "converted";
                        teamId: string;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1InquiriesIdConversion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    category?: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                    description?: string;
                    /** @constant */
                    into: "complaint";
                    /** @default null */
                    severity?: ("low" | "medium" | "high" | "critical") | null;
                } | {
                    /** @description What the customer asked to book; repair (or the console) creates the booking. */
                    bookingRequest: {
                        centreId: string | null;
                        customerId: string | null;
                        /** @description Earliest slot the customer would like */
                        preferredFrom: string | null;
                        serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                        vehicleId: string | null;
                    };
                    /** @constant */
                    into: "booking";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answer: {
                            answeredAt: string | null;
                            answeredBy: string | null;
                            text: string;
                        } | null;
                        /** Format: date-time */
                        answerBy: string;
                        centreId: string | null;
                        /** @enum {string} */
                        channel: "web" | "phone" | "chat";
                        conversion: {
                            at: string | null;
                            bookingRequest: {
                                centreId: string | null;
                                customerId: string | null;
                                /** @description Earliest slot the customer would like */
                                preferredFrom: string | null;
                                serviceType: ("maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection") | null;
                                vehicleId: string | null;
                            } | null;
                            complaintId: string | null;
                            /** @enum {string} */
                            into: "complaint" | "booking";
                        } | null;
                        customerId: string | null;
                        escalation: {
                            escalatedAt: string | null;
                            level: number;
                            toTeamId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        question: string;
                        /** Format: date-time */
                        receivedAt: string;
                        /** @enum {string} */
                        status: "open" | "answered" | "converted";
                        teamId: string;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Invoices: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                purchaseOrderId?: string;
                status?: "matched" | "paid";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            dueAt: string | null;
                            id: string;
                            invoiceNumber: string;
                            lines: ({
                                poLineId: string;
                                quantity: number;
                                unitPriceMinor: number;
                            } & {
                                [key: string]: unknown;
                            })[];
                            paidAt: string | null;
                            paymentRef: string | null;
                            purchaseOrderId: string;
                            /** @enum {string} */
                            status: "matched" | "paid";
                            totalMinor: number;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Invoices: {
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
                    dueAt?: string | null;
                    invoiceNumber: string;
                    lines: {
                        /** Format: uuid */
                        poLineId: string;
                        quantity: number;
                        unitPriceMinor: number;
                    }[];
                    /** Format: uuid */
                    purchaseOrderId: string;
                    total: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        dueAt: string | null;
                        id: string;
                        invoiceNumber: string;
                        lines: ({
                            poLineId: string;
                            quantity: number;
                            unitPriceMinor: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        paidAt: string | null;
                        paymentRef: string | null;
                        purchaseOrderId: string;
                        /** @enum {string} */
                        status: "matched" | "paid";
                        totalMinor: number;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1InvoicesIdPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    paymentRef: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        dueAt: string | null;
                        id: string;
                        invoiceNumber: string;
                        lines: ({
                            poLineId: string;
                            quantity: number;
                            unitPriceMinor: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        paidAt: string | null;
                        paymentRef: string | null;
                        purchaseOrderId: string;
                        /** @enum {string} */
                        status: "matched" | "paid";
                        totalMinor: number;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Kpis: {
        parameters: {
            query?: {
                from?: string;
                granularity?: "day" | "week" | "month";
                id?: string;
                scope?: "centre" | "region" | "tenant";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complaintsByCategory: {
                            category: string;
                            complaints: number;
                            rate: number | null;
                        }[];
                        counts: {
                            complaints: number;
                            ordersCompleted: number;
                            ordersOpened: number;
                            rescues: number;
                            surveys: number;
                        };
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        from: string;
                        /** @enum {string} */
                        granularity?: "day" | "week" | "month";
                        /** @description The centre or region id; the tenant id for the tenant scope */
                        id: string;
                        /** @description Null where the period had no samples */
                        kpis: {
                            backorderAgeSeconds: number | null;
                            comebackRate: number | null;
                            /** @description Complaints per completed order (can exceed 1 on a quiet day) */
                            complaintRate: number | null;
                            complaintResolutionSeconds: number | null;
                            completionRate: number | null;
                            /** @description Mean of survey scores */
                            csi: number | null;
                            emergencyModeHours: number | null;
                            firstTimeFixRate: number | null;
                            nps: number | null;
                            partsFillRate: number | null;
                            rescueResponseSeconds: number | null;
                            responseTimeSeconds: number | null;
                            slaBreachRate: number | null;
                            supplierOnTimeRate: number | null;
                            supplierQualityRate: number | null;
                        };
                        /** @enum {string} */
                        scope: "centre" | "region" | "tenant";
                        /** @description With a granularity: the KPIs of each day, week or month of the period */
                        series?: {
                            counts: {
                                complaints: number;
                                ordersCompleted: number;
                                ordersOpened: number;
                                rescues: number;
                                surveys: number;
                            };
                            /**
                             * Format: date
                             * @description Calendar day (UTC), YYYY-MM-DD
                             */
                            from: string;
                            /** @description Null where the period had no samples */
                            kpis: {
                                backorderAgeSeconds: number | null;
                                comebackRate: number | null;
                                /** @description Complaints per completed order (can exceed 1 on a quiet day) */
                                complaintRate: number | null;
                                complaintResolutionSeconds: number | null;
                                completionRate: number | null;
                                /** @description Mean of survey scores */
                                csi: number | null;
                                emergencyModeHours: number | null;
                                firstTimeFixRate: number | null;
                                nps: number | null;
                                partsFillRate: number | null;
                                rescueResponseSeconds: number | null;
                                responseTimeSeconds: number | null;
                                slaBreachRate: number | null;
                                supplierOnTimeRate: number | null;
                                supplierQualityRate: number | null;
                            };
                            /**
                             * Format: date
                             * @description Calendar day (UTC), YYYY-MM-DD
                             */
                            to: string;
                        }[];
                        stageDurations: {
                            meanSeconds: number;
                            meanStandardSeconds: number | null;
                            samples: number;
                            stage: string;
                            withinStandardRate: number | null;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream; stays open until the client closes it or the gateway shuts down */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limit exceeded */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1LotsLotTrace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lot: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issued: ({
                            repairOrderId: string;
                            vehicleId: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        lotNumber: string;
                        receipts: {
                            locationId: string;
                            lotId: string;
                            partId: string;
                            receiptId: string | null;
                            /** Format: date-time */
                            receivedAt: string;
                            remaining: number;
                            supplierId: string | null;
                        }[];
                        repairOrderIds: string[];
                        vehicleIds: string[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PartnerQualificationsCentreId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centreId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditedAt: string | null;
                        auditScore: number | null;
                        /** Format: uuid */
                        centreId: string;
                        documents: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                        expiredDocumentIds: string[];
                        /** @description May receive overflow work now */
                        qualified: boolean;
                        /** @enum {string} */
                        reason: "qualified" | "document-expired" | "document-missing" | "audit-below-threshold" | "audit-missing";
                        validUntil: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PartnerQualificationsCentreIdAudits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centreId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    auditedAt?: string | null;
                    score: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditedAt: string | null;
                        auditScore: number | null;
                        /** Format: uuid */
                        centreId: string;
                        documents: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                        expiredDocumentIds: string[];
                        /** @description May receive overflow work now */
                        qualified: boolean;
                        /** @enum {string} */
                        reason: "qualified" | "document-expired" | "document-missing" | "audit-below-threshold" | "audit-missing";
                        validUntil: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PartnerQualificationsCentreIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                centreId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. manufacturer-accreditation, liability-insurance */
                    kind: string;
                    reference: string;
                    /** Format: date-time */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        auditedAt: string | null;
                        auditScore: number | null;
                        /** Format: uuid */
                        centreId: string;
                        documents: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            /** Format: date-time */
                            validUntil: string;
                        }[];
                        expiredDocumentIds: string[];
                        /** @description May receive overflow work now */
                        qualified: boolean;
                        /** @enum {string} */
                        reason: "qualified" | "document-expired" | "document-missing" | "audit-below-threshold" | "audit-missing";
                        validUntil: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Parts: {
        parameters: {
            query?: {
                category?: string;
                cursor?: string;
                limit?: number;
                make?: string;
                partNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            abcClass: string;
                            category: string;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            description: string;
                            fitment: ({
                                make: string;
                                model: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            id: string;
                            offers?: {
                                currency: string;
                                leadTimeDays: number;
                                partId: string;
                                supplierId: string;
                                tenantId: string;
                                unitPriceMinor: number;
                            }[];
                            partNumber: string;
                            seasonality: number[] | null;
                            standardCostMinor: number;
                            tenantId: string;
                            unitOfMeasure: string;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Parts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category: string;
                    description: string;
                    /** @default [] */
                    fitment?: {
                        make: string;
                        model: string;
                        yearFrom?: number;
                        yearTo?: number;
                    }[];
                    partNumber: string;
                    /** @default null */
                    seasonality?: number[] | null;
                    standardCost: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    };
                    /** @enum {string} */
                    unitOfMeasure: "piece" | "set" | "litre" | "kilogram" | "metre";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abcClass: string;
                        category: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        description: string;
                        fitment: ({
                            make: string;
                            model: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: string;
                        offers?: {
                            currency: string;
                            leadTimeDays: number;
                            partId: string;
                            supplierId: string;
                            tenantId: string;
                            unitPriceMinor: number;
                        }[];
                        partNumber: string;
                        seasonality: number[] | null;
                        standardCostMinor: number;
                        tenantId: string;
                        unitOfMeasure: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PartsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abcClass: string;
                        category: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        description: string;
                        fitment: ({
                            make: string;
                            model: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: string;
                        offers?: {
                            currency: string;
                            leadTimeDays: number;
                            partId: string;
                            supplierId: string;
                            tenantId: string;
                            unitPriceMinor: number;
                        }[];
                        partNumber: string;
                        seasonality: number[] | null;
                        standardCostMinor: number;
                        tenantId: string;
                        unitOfMeasure: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1PartsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category?: string;
                    description?: string;
                    fitment?: {
                        make: string;
                        model: string;
                        yearFrom?: number;
                        yearTo?: number;
                    }[];
                    seasonality?: number[] | null;
                    standardCost?: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        abcClass: string;
                        category: string;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        description: string;
                        fitment: ({
                            make: string;
                            model: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        id: string;
                        offers?: {
                            currency: string;
                            leadTimeDays: number;
                            partId: string;
                            supplierId: string;
                            tenantId: string;
                            unitPriceMinor: number;
                        }[];
                        partNumber: string;
                        seasonality: number[] | null;
                        standardCostMinor: number;
                        tenantId: string;
                        unitOfMeasure: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PartsIdSuppliers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    leadTimeDays: number;
                    /** Format: uuid */
                    supplierId: string;
                    unitPrice: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        currency: string;
                        leadTimeDays: number;
                        partId: string;
                        supplierId: string;
                        tenantId: string;
                        unitPriceMinor: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PartsAbcClassification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        changed: number;
                        classes: {
                            [key: string]: string;
                        };
                        consumptionValueMinor: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PartsCataloguePublication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        published: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PurchaseOrders: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending-approval" | "ordered" | "partially-received" | "received";
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            expectedDeliveryAt: string | null;
                            id: string;
                            lines: {
                                accepted: number;
                                id: string;
                                invoiced: number;
                                partId: string;
                                quantity: number;
                                received: number;
                                rejected: number;
                                unitPriceMinor: number;
                            }[];
                            locationId: string;
                            paymentStatus: string;
                            poNumber: string;
                            /** @enum {string} */
                            status: "pending-approval" | "ordered" | "partially-received" | "received";
                            supplierId: string;
                            supplierScore: number | null;
                            totalMinor: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PurchaseOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    requisitionIds: string[];
                    /** Format: uuid */
                    supplierId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        currency: string;
                        expectedDeliveryAt: string | null;
                        id: string;
                        lines: {
                            accepted: number;
                            id: string;
                            invoiced: number;
                            partId: string;
                            quantity: number;
                            received: number;
                            rejected: number;
                            unitPriceMinor: number;
                        }[];
                        locationId: string;
                        paymentStatus: string;
                        poNumber: string;
                        /** @enum {string} */
                        status: "pending-approval" | "ordered" | "partially-received" | "received";
                        supplierId: string;
                        supplierScore: number | null;
                        totalMinor: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1PurchaseOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        currency: string;
                        expectedDeliveryAt: string | null;
                        id: string;
                        lines: {
                            accepted: number;
                            id: string;
                            invoiced: number;
                            partId: string;
                            quantity: number;
                            received: number;
                            rejected: number;
                            unitPriceMinor: number;
                        }[];
                        locationId: string;
                        paymentStatus: string;
                        poNumber: string;
                        /** @enum {string} */
                        status: "pending-approval" | "ordered" | "partially-received" | "received";
                        supplierId: string;
                        supplierScore: number | null;
                        totalMinor: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PurchaseOrdersIdApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        currency: string;
                        expectedDeliveryAt: string | null;
                        id: string;
                        lines: {
                            accepted: number;
                            id: string;
                            invoiced: number;
                            partId: string;
                            quantity: number;
                            received: number;
                            rejected: number;
                            unitPriceMinor: number;
                        }[];
                        locationId: string;
                        paymentStatus: string;
                        poNumber: string;
                        /** @enum {string} */
                        status: "pending-approval" | "ordered" | "partially-received" | "received";
                        supplierId: string;
                        supplierScore: number | null;
                        totalMinor: number;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1PurchaseOrdersIdReceipts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    lines: {
                        acceptedQuantity: number;
                        /** @default null */
                        lotNumber?: string | null;
                        /** Format: uuid */
                        poLineId: string;
                        receivedQuantity: number;
                        /** @default 0 */
                        rejectedQuantity?: number;
                        /** @default null */
                        rejectionReason?: ("damaged" | "wrong-part" | "quality" | "excess") | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        complete: boolean;
                        onTime: boolean;
                        purchaseOrder: {
                            approvedAt: string | null;
                            approvedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            expectedDeliveryAt: string | null;
                            id: string;
                            lines: {
                                accepted: number;
                                id: string;
                                invoiced: number;
                                partId: string;
                                quantity: number;
                                received: number;
                                rejected: number;
                                unitPriceMinor: number;
                            }[];
                            locationId: string;
                            paymentStatus: string;
                            poNumber: string;
                            /** @enum {string} */
                            status: "pending-approval" | "ordered" | "partially-received" | "received";
                            supplierId: string;
                            supplierScore: number | null;
                            totalMinor: number;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        };
                        receiptId: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1QueuesTeam: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                team: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            assigneeId: string | null;
                            category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                            centreId: string | null;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "walk-in" | "survey" | "system";
                            closedAt: string | null;
                            closure: ("verdict-accepted" | "verdict-timeout") | null;
                            customerId: string | null;
                            deadlines: {
                                /** Format: date-time */
                                acknowledgeBy: string;
                                /** Format: date-time */
                                resolveBy: string;
                            } | null;
                            description: string;
                            /** @description The deadline being worked against */
                            dueAt: string | null;
                            escalation: {
                                acknowledgeEscalatedAt: string | null;
                                level: number;
                                resolveEscalatedAt: string | null;
                                toTeamId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            nextDeadline: {
                                /** Format: date-time */
                                dueAt: string;
                                /** @enum {string} */
                                kind: "acknowledge" | "resolve";
                                /** @description Negative when overdue */
                                timeLeftSeconds: number;
                            } | null;
                            notification: {
                                /** Format: date-time */
                                notifiedAt: string;
                                via: ("phone" | "email" | "sms" | "letter" | "in-person") | null;
                            } | null;
                            /** @description C-<year>-<6 digits>, per tenant and year */
                            referenceNumber: string;
                            /** Format: date-time */
                            registeredAt: string;
                            reopenCount: number;
                            repairOrderId: string | null;
                            resolution: {
                                goodwill: {
                                    amountMinor: number;
                                    currency: string | null;
                                } | null;
                                remedy: ("repair-redone" | "parts-replaced" | "refund" | "goodwill" | "apology" | "explanation" | "no-action" | "other") | null;
                                /** Format: date-time */
                                resolvedAt: string;
                                resolvedBy: string | null;
                                summary: string | null;
                            } | null;
                            routingRuleId: string | null;
                            severity: ("low" | "medium" | "high" | "critical") | null;
                            /** @description Event that opened a proactive complaint */
                            sourceEventId: string | null;
                            /** @enum {string} */
                            status: "open" | "resolved" | "closed";
                            teamId: string;
                            /** @enum {string} */
                            teamSource: "routing-rule" | "default" | "reassignment";
                            /** @enum {string} */
                            trigger: "customer" | "low-survey-score" | "qc-failed" | "comeback";
                            vehicleId: string | null;
                            verdict: {
                                at: string | null;
                                /** @enum {string} */
                                verdict: "accepted" | "rejected";
                            } | null;
                            version: number;
                        }[];
                        nextCursor: string | null;
                        team: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReorderPoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locationId: string;
                    manual?: {
                        /** @default 0 */
                        orderUpTo?: number;
                        reorderPoint: number;
                        /** @default 0 */
                        safetyStock?: number;
                    };
                    /** Format: uuid */
                    partId: string;
                    /** @default 90 */
                    windowDays?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        basis: {
                            [key: string]: unknown;
                        } | null;
                        locationId: string;
                        orderUpTo: number;
                        partId: string;
                        reorderPoint: number;
                        safetyStock: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RepairOrders: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                status?: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                vehicleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Commands the current status takes */
                            allowedCommands: string[];
                            approvedQuoteVersion: number | null;
                            bookingId: string | null;
                            cancellation: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                /** @enum {string} */
                                cancelledBy: "customer" | "staff";
                                note?: string | null;
                                reason: string;
                            } | null;
                            /** Format: uuid */
                            centreId: string;
                            closure: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                invoiceTotalMinor: number;
                                payer: string;
                            } | null;
                            comebackOfRepairOrderId: string | null;
                            completedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            currentQuoteVersion: number | null;
                            customerId: string;
                            delivery: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                mileageKm: number;
                                nextMaintenance: {
                                    dueMileageKm: number | null;
                                    dueOn: string | null;
                                };
                                notes: string | null;
                            } | null;
                            diagnosis: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                findings: {
                                    description?: string | null;
                                    faultCode?: string | null;
                                    /** @enum {string} */
                                    severity: "advisory" | "required" | "safety-critical";
                                    system: string;
                                }[];
                                notes: string | null;
                                partsRequired: boolean;
                                technicianId: string;
                            } | null;
                            emergencyMode: boolean;
                            estimatedLabourHours: number | null;
                            faultCodes: string[];
                            /** Format: uuid */
                            id: string;
                            orderNumber: string;
                            /** @enum {string} */
                            origin: "booking" | "walk-in" | "rescue" | "overflow";
                            parts: {
                                issuedCostMinor: number;
                                requestId: string | null;
                                status: ("requested" | "backordered" | "reserved" | "issued") | null;
                            };
                            progressNotes: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                                workComplete: boolean;
                            }[];
                            qcAttempts: number;
                            qcResults: {
                                /** Format: date-time */
                                at: string;
                                attempt: number;
                                checklist: {
                                    code: string;
                                    note?: string | null;
                                    passed: boolean;
                                }[];
                                inspectorId: string;
                                passed: boolean;
                            }[];
                            /** @description Every quote version (reads of one order) */
                            quotes?: {
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                currency: string;
                                decision: {
                                    approvedByCustomerId: string | null;
                                    /** Format: date-time */
                                    at: string;
                                    declineReason: string | null;
                                    method: string | null;
                                    recordedBy: string | null;
                                } | null;
                                labourHours: number;
                                lines: {
                                    description: string | null;
                                    /** @description Line discount plus its share of the quote discount */
                                    discountMinor: number;
                                    /** @enum {string} */
                                    kind: "labour" | "part" | "fee";
                                    lineGrossMinor: number;
                                    lineNo: number;
                                    netMinor: number;
                                    operationCode: string | null;
                                    partId: string | null;
                                    quantity: number;
                                    taxRateBasisPoints: number;
                                    unitPriceMinor: number;
                                }[];
                                quoteDiscountMinor: number;
                                /** @enum {string} */
                                reason: "initial" | "extra-findings" | "revision";
                                /** @enum {string} */
                                status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                                totals: {
                                    discountMinor: number;
                                    grossMinor: number;
                                    netMinor: number;
                                    taxMinor: number;
                                };
                                /** Format: date-time */
                                validUntil: string;
                                version: number;
                            }[];
                            reception: {
                                damageNotes: string | null;
                                fuelLevelPercent: number;
                                mileageKm: number;
                                /** Format: date-time */
                                receivedAt: string;
                                symptoms: string;
                                symptomSystems: string[];
                            };
                            regionId: string;
                            rescueId: string | null;
                            reworkCount: number;
                            serviceType: string;
                            /** @enum {string} */
                            status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                            /** Format: date-time */
                            statusChangedAt: string;
                            technicianIds: string[];
                            vehicleId: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bookingId?: string | null;
                    /** Format: uuid */
                    centreId: string;
                    customerId: string;
                    damageNotes?: string | null;
                    fuelLevelPercent: number;
                    mileageKm: number;
                    /** @enum {string} */
                    serviceType: "maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection";
                    symptoms: string;
                    /** @default [] */
                    symptomSystems?: ("engine" | "transmission" | "brakes" | "suspension" | "steering" | "electrical" | "hvac" | "body" | "tyres" | "battery-ev" | "other")[];
                    vehicleId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RepairOrdersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    technicianIds: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdCancellation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    cancelledBy: "customer" | "staff";
                    note?: string | null;
                    /** @enum {string} */
                    reason: "customer-request" | "quote-declined" | "duplicate" | "vehicle-unavailable" | "other";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdClosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invoiceTotalMinor?: number | null;
                    /** @enum {string} */
                    payer: "customer" | "warranty" | "insurance" | "internal" | "goodwill";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mileageKm: number;
                    nextMaintenance: {
                        dueMileageKm?: number | null;
                        dueOn?: string | null;
                    };
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdDiagnosis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    estimatedLabourHours: number;
                    /** @default [] */
                    faultCodes?: string[];
                    findings: {
                        description?: string | null;
                        faultCode?: string | null;
                        /** @enum {string} */
                        severity: "advisory" | "required" | "safety-critical";
                        /** @enum {string} */
                        system: "engine" | "transmission" | "brakes" | "suspension" | "steering" | "electrical" | "hvac" | "body" | "tyres" | "battery-ev" | "other";
                    }[];
                    notes?: string | null;
                    partsRequired: boolean;
                    technicianId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    workComplete?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdQc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checklist: {
                        code: string;
                        note?: string | null;
                        passed: boolean;
                    }[];
                    inspectorId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdQuotes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    discountMinor?: number;
                    extraFindings?: {
                        faultCode?: string | null;
                        /** @enum {string} */
                        system: "engine" | "transmission" | "brakes" | "suspension" | "steering" | "electrical" | "hvac" | "body" | "tyres" | "battery-ev" | "other";
                    }[];
                    lines: {
                        description?: string | null;
                        discountMinor?: number | null;
                        /** @enum {string} */
                        kind: "labour" | "part" | "fee";
                        operationCode?: string | null;
                        partId?: string | null;
                        quantity: number;
                        taxRateBasisPoints?: number | null;
                        unitPriceMinor?: number | null;
                    }[];
                    /** @enum {string} */
                    reason?: "initial" | "extra-findings" | "revision";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RepairOrdersIdQuotesVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        currency: string;
                        decision: {
                            approvedByCustomerId: string | null;
                            /** Format: date-time */
                            at: string;
                            declineReason: string | null;
                            method: string | null;
                            recordedBy: string | null;
                        } | null;
                        labourHours: number;
                        lines: {
                            description: string | null;
                            /** @description Line discount plus its share of the quote discount */
                            discountMinor: number;
                            /** @enum {string} */
                            kind: "labour" | "part" | "fee";
                            lineGrossMinor: number;
                            lineNo: number;
                            netMinor: number;
                            operationCode: string | null;
                            partId: string | null;
                            quantity: number;
                            taxRateBasisPoints: number;
                            unitPriceMinor: number;
                        }[];
                        quoteDiscountMinor: number;
                        /** @enum {string} */
                        reason: "initial" | "extra-findings" | "revision";
                        /** @enum {string} */
                        status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                        totals: {
                            discountMinor: number;
                            grossMinor: number;
                            netMinor: number;
                            taxMinor: number;
                        };
                        /** Format: date-time */
                        validUntil: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdQuotesVersionApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvedByCustomerId?: string | null;
                    /** @enum {string} */
                    method: "in-person" | "phone" | "email" | "sms" | "online" | "signature";
                    neededBy?: string | null;
                    /** @enum {string} */
                    priority?: "normal" | "urgent";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RepairOrdersIdQuotesVersionDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "in-person" | "phone" | "email" | "sms" | "online" | "signature";
                    /** @enum {string} */
                    reason: "price" | "time" | "second-opinion" | "not-needed" | "other";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Commands the current status takes */
                        allowedCommands: string[];
                        approvedQuoteVersion: number | null;
                        bookingId: string | null;
                        cancellation: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            /** @enum {string} */
                            cancelledBy: "customer" | "staff";
                            note?: string | null;
                            reason: string;
                        } | null;
                        /** Format: uuid */
                        centreId: string;
                        closure: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            invoiceTotalMinor: number;
                            payer: string;
                        } | null;
                        comebackOfRepairOrderId: string | null;
                        completedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        currentQuoteVersion: number | null;
                        customerId: string;
                        delivery: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            mileageKm: number;
                            nextMaintenance: {
                                dueMileageKm: number | null;
                                dueOn: string | null;
                            };
                            notes: string | null;
                        } | null;
                        diagnosis: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            findings: {
                                description?: string | null;
                                faultCode?: string | null;
                                /** @enum {string} */
                                severity: "advisory" | "required" | "safety-critical";
                                system: string;
                            }[];
                            notes: string | null;
                            partsRequired: boolean;
                            technicianId: string;
                        } | null;
                        emergencyMode: boolean;
                        estimatedLabourHours: number | null;
                        faultCodes: string[];
                        /** Format: uuid */
                        id: string;
                        orderNumber: string;
                        /** @enum {string} */
                        origin: "booking" | "walk-in" | "rescue" | "overflow";
                        parts: {
                            issuedCostMinor: number;
                            requestId: string | null;
                            status: ("requested" | "backordered" | "reserved" | "issued") | null;
                        };
                        progressNotes: {
                            /** Format: date-time */
                            at: string;
                            by: string;
                            note: string;
                            workComplete: boolean;
                        }[];
                        qcAttempts: number;
                        qcResults: {
                            /** Format: date-time */
                            at: string;
                            attempt: number;
                            checklist: {
                                code: string;
                                note?: string | null;
                                passed: boolean;
                            }[];
                            inspectorId: string;
                            passed: boolean;
                        }[];
                        /** @description Every quote version (reads of one order) */
                        quotes?: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            currency: string;
                            decision: {
                                approvedByCustomerId: string | null;
                                /** Format: date-time */
                                at: string;
                                declineReason: string | null;
                                method: string | null;
                                recordedBy: string | null;
                            } | null;
                            labourHours: number;
                            lines: {
                                description: string | null;
                                /** @description Line discount plus its share of the quote discount */
                                discountMinor: number;
                                /** @enum {string} */
                                kind: "labour" | "part" | "fee";
                                lineGrossMinor: number;
                                lineNo: number;
                                netMinor: number;
                                operationCode: string | null;
                                partId: string | null;
                                quantity: number;
                                taxRateBasisPoints: number;
                                unitPriceMinor: number;
                            }[];
                            quoteDiscountMinor: number;
                            /** @enum {string} */
                            reason: "initial" | "extra-findings" | "revision";
                            /** @enum {string} */
                            status: "ISSUED" | "APPROVED" | "DECLINED" | "SUPERSEDED";
                            totals: {
                                discountMinor: number;
                                grossMinor: number;
                                netMinor: number;
                                taxMinor: number;
                            };
                            /** Format: date-time */
                            validUntil: string;
                            version: number;
                        }[];
                        reception: {
                            damageNotes: string | null;
                            fuelLevelPercent: number;
                            mileageKm: number;
                            /** Format: date-time */
                            receivedAt: string;
                            symptoms: string;
                            symptomSystems: string[];
                        };
                        regionId: string;
                        rescueId: string | null;
                        reworkCount: number;
                        serviceType: string;
                        /** @enum {string} */
                        status: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        /** Format: date-time */
                        statusChangedAt: string;
                        technicianIds: string[];
                        vehicleId: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Requisitions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                partId?: string;
                reason?: "backorder" | "reorder" | "manual";
                status?: "open" | "ordered" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            backorderId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            demandId: string | null;
                            id: string;
                            locationId: string;
                            /** Format: date-time */
                            neededBy: string;
                            partId: string;
                            purchaseOrderId: string | null;
                            quantity: number;
                            /** @enum {string} */
                            reason: "backorder" | "reorder" | "manual";
                            repairOrderId: string | null;
                            /** @enum {string} */
                            status: "open" | "ordered" | "cancelled";
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Requisitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locationId: string;
                    /** Format: date-time */
                    neededBy: string;
                    /** Format: uuid */
                    partId: string;
                    quantity: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        backorderId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        demandId: string | null;
                        id: string;
                        locationId: string;
                        /** Format: date-time */
                        neededBy: string;
                        partId: string;
                        purchaseOrderId: string | null;
                        quantity: number;
                        /** @enum {string} */
                        reason: "backorder" | "reorder" | "manual";
                        repairOrderId: string | null;
                        /** @enum {string} */
                        status: "open" | "ordered" | "cancelled";
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Rescues: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            arrivedAt: string | null;
                            centreId: string | null;
                            channel: string;
                            customerId: string | null;
                            description: string | null;
                            dispatchedAt: string | null;
                            distanceKm: number | null;
                            endedAt: string | null;
                            etaAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @description null once erased with the customer */
                            location: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            /** @enum {string} */
                            priority: "normal" | "urgent" | "life-safety";
                            problem: string;
                            regionId: string;
                            repairOrderId: string | null;
                            /** Format: date-time */
                            requestedAt: string;
                            resolution: string | null;
                            /** @enum {string} */
                            status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                            technicianId: string | null;
                            vehicleId: string | null;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Rescues: {
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
                    channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                    customerId?: string | null;
                    description?: string | null;
                    location: {
                        latitude: number;
                        longitude: number;
                    };
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "normal" | "urgent" | "life-safety";
                    /** @enum {string} */
                    problem: "breakdown" | "flat-tyre" | "battery" | "accident" | "lockout" | "fuel" | "overheating" | "other";
                    regionId: string;
                    vehicleId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RescuesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RescuesIdArrival: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RescuesIdDispatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    centreId?: string | null;
                    technicianId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RescuesIdResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    resolution: "fixed-on-site" | "no-fault-found";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RescuesIdTowIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customerId?: string | null;
                    damageNotes?: string | null;
                    fuelLevelPercent: number;
                    mileageKm: number;
                    /**
                     * @default repair
                     * @enum {string}
                     */
                    serviceType?: "maintenance" | "repair" | "diagnosis" | "warranty" | "recall" | "bodywork" | "tyres" | "inspection";
                    symptoms: string;
                    /** @default [] */
                    symptomSystems?: ("engine" | "transmission" | "brakes" | "suspension" | "steering" | "electrical" | "hvac" | "body" | "tyres" | "battery-ev" | "other")[];
                    vehicleId?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        arrivedAt: string | null;
                        centreId: string | null;
                        channel: string;
                        customerId: string | null;
                        description: string | null;
                        dispatchedAt: string | null;
                        distanceKm: number | null;
                        endedAt: string | null;
                        etaAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @description null once erased with the customer */
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        /** @enum {string} */
                        priority: "normal" | "urgent" | "life-safety";
                        problem: string;
                        regionId: string;
                        repairOrderId: string | null;
                        /** Format: date-time */
                        requestedAt: string;
                        resolution: string | null;
                        /** @enum {string} */
                        status: "REQUESTED" | "DISPATCHED" | "ON_SITE" | "RESOLVED" | "TOWED_IN" | "CANCELLED";
                        technicianId: string | null;
                        vehicleId: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Reservations: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                repairOrderId?: string;
                status?: "active" | "issued" | "released";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            id: string;
                            lines: {
                                issued: number;
                                lineId: string;
                                partId: string;
                                released: number;
                                requested: number;
                                reserved: number;
                            }[];
                            locationId: string;
                            neededBy: string | null;
                            repairOrderId: string;
                            requestId: string;
                            /** @enum {string} */
                            status: "active" | "issued" | "released";
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ReservationsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        id: string;
                        lines: {
                            issued: number;
                            lineId: string;
                            partId: string;
                            released: number;
                            requested: number;
                            reserved: number;
                        }[];
                        locationId: string;
                        neededBy: string | null;
                        repairOrderId: string;
                        requestId: string;
                        /** @enum {string} */
                        status: "active" | "issued" | "released";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ReservationsIdIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    issuedTo?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lines: ({
                            partId: string;
                            quantity: number;
                        } & {
                            [key: string]: unknown;
                        })[];
                        repairOrderId: string;
                        reservationId: string;
                        totalCost: {
                            amountMinor: number;
                            currency: string;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1RoutingRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                            centreId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            severity: ("low" | "medium" | "high" | "critical") | null;
                            teamId: string;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1RoutingRules: {
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
                    category?: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                    /** @default null */
                    centreId?: string | null;
                    /** @default null */
                    severity?: ("low" | "medium" | "high" | "critical") | null;
                    teamId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: ("repair-quality" | "service-attitude" | "waiting-time" | "parts" | "billing" | "product-quality" | "other") | null;
                        centreId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        severity: ("low" | "medium" | "high" | "critical") | null;
                        teamId: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteV1RoutingRulesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (no body) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SafetyInspections: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                status?: "OPEN" | "CLOSED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            centreId: string;
                            checklist: {
                                code: string;
                                note: string | null;
                                passed: boolean;
                            }[];
                            hazards: {
                                description: string;
                                /** Format: uuid */
                                id: string;
                                rectification: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    note: string;
                                } | null;
                                /** Format: date-time */
                                rectifyBy: string;
                                /** @enum {string} */
                                severity: "low" | "medium" | "high" | "critical";
                                /** @enum {string} */
                                status: "OPEN" | "RECTIFIED" | "VERIFIED";
                                verifications: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string;
                                    note: string | null;
                                    passed: boolean;
                                }[];
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            inspectedAt: string;
                            inspectorId: string;
                            nextRectifyBy: string | null;
                            score: number;
                            /** @enum {string} */
                            status: "OPEN" | "CLOSED";
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SafetyInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    centreId: string;
                    checklist: {
                        code: string;
                        note?: string | null;
                        passed: boolean;
                    }[];
                    /** @default [] */
                    hazards?: {
                        description: string;
                        /** Format: date-time */
                        rectifyBy: string;
                        /** @enum {string} */
                        severity: "low" | "medium" | "high" | "critical";
                    }[];
                    inspectedAt?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        checklist: {
                            code: string;
                            note: string | null;
                            passed: boolean;
                        }[];
                        hazards: {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** Format: date-time */
                            rectifyBy: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            status: "OPEN" | "RECTIFIED" | "VERIFIED";
                            verifications: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                                passed: boolean;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        inspectedAt: string;
                        inspectorId: string;
                        nextRectifyBy: string | null;
                        score: number;
                        /** @enum {string} */
                        status: "OPEN" | "CLOSED";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SafetyInspectionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        checklist: {
                            code: string;
                            note: string | null;
                            passed: boolean;
                        }[];
                        hazards: {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** Format: date-time */
                            rectifyBy: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            status: "OPEN" | "RECTIFIED" | "VERIFIED";
                            verifications: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                                passed: boolean;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        inspectedAt: string;
                        inspectorId: string;
                        nextRectifyBy: string | null;
                        score: number;
                        /** @enum {string} */
                        status: "OPEN" | "CLOSED";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SafetyInspectionsIdHazardsHazardIdRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazardId: string;
                id: string;
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
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        checklist: {
                            code: string;
                            note: string | null;
                            passed: boolean;
                        }[];
                        hazards: {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** Format: date-time */
                            rectifyBy: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            status: "OPEN" | "RECTIFIED" | "VERIFIED";
                            verifications: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                                passed: boolean;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        inspectedAt: string;
                        inspectorId: string;
                        nextRectifyBy: string | null;
                        score: number;
                        /** @enum {string} */
                        status: "OPEN" | "CLOSED";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SafetyInspectionsIdHazardsHazardIdVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                hazardId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    passed: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        checklist: {
                            code: string;
                            note: string | null;
                            passed: boolean;
                        }[];
                        hazards: {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            rectification: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string;
                            } | null;
                            /** Format: date-time */
                            rectifyBy: string;
                            /** @enum {string} */
                            severity: "low" | "medium" | "high" | "critical";
                            /** @enum {string} */
                            status: "OPEN" | "RECTIFIED" | "VERIFIED";
                            verifications: {
                                /** Format: date-time */
                                at: string;
                                by: string;
                                note: string | null;
                                passed: boolean;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        inspectedAt: string;
                        inspectorId: string;
                        nextRectifyBy: string | null;
                        score: number;
                        /** @enum {string} */
                        status: "OPEN" | "CLOSED";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Scorecards: {
        parameters: {
            query: {
                quarter: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            centreId: string;
                            centresInRegion: number;
                            change: number | null;
                            indicators: {
                                /** @enum {string} */
                                indicator: "csi" | "nps" | "firstTimeFixRate" | "comebackRate" | "slaBreachRate" | "complaintRate" | "responseTimeSeconds" | "completionRate";
                                score: number | null;
                                value: number | null;
                                weight: number;
                            }[];
                            previousScore: number | null;
                            rankInRegion: number | null;
                            regionId: string | null;
                            /** @description 0-100, 100 best; null without data */
                            score: number | null;
                            worstIndicators: ("csi" | "nps" | "firstTimeFixRate" | "comebackRate" | "slaBreachRate" | "complaintRate" | "responseTimeSeconds" | "completionRate")[];
                        }[];
                        /** @description YYYY-Qn */
                        quarter: string;
                        weights: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ServiceCentres: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                regionId?: string;
                type?: "regional-centre" | "partner-workshop";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            address: {
                                city: string;
                                country: string;
                                line1: string;
                                line2?: string | null;
                                postalCode: string;
                            };
                            bays: number;
                            /** Format: date-time */
                            createdAt: string;
                            currency: string;
                            dealerId: string | null;
                            hoursExceptions: {
                                closed?: boolean;
                                /** Format: date */
                                date: string;
                                hours?: {
                                    close: string;
                                    open: string;
                                }[];
                            }[];
                            /** Format: uuid */
                            id: string;
                            labourRateMinor: number;
                            location: {
                                latitude: number;
                                longitude: number;
                            } | null;
                            name: string;
                            /** @description Local hours per weekday (mon..sun) */
                            openingHours: {
                                [key: string]: {
                                    close: string;
                                    open: string;
                                }[];
                            };
                            regionId: string;
                            stockLocationId: string;
                            taxRateBasisPoints: number;
                            technicians: {
                                id: string;
                                name: string;
                                skills: string[];
                            }[];
                            timeZone: string;
                            /** @enum {string} */
                            type: "regional-centre" | "partner-workshop";
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1ServiceCentres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address: {
                        city: string;
                        country: string;
                        line1: string;
                        line2?: string | null;
                        postalCode: string;
                    };
                    bays: number;
                    currency: string;
                    dealerId?: string | null;
                    /** @default [] */
                    hoursExceptions?: {
                        closed?: boolean;
                        /** Format: date */
                        date: string;
                        hours?: {
                            close: string;
                            open: string;
                        }[];
                    }[];
                    labourRateMinor: number;
                    location?: {
                        latitude: number;
                        longitude: number;
                    } | null;
                    name: string;
                    openingHours: {
                        fri?: {
                            close: string;
                            open: string;
                        }[];
                        mon?: {
                            close: string;
                            open: string;
                        }[];
                        sat?: {
                            close: string;
                            open: string;
                        }[];
                        sun?: {
                            close: string;
                            open: string;
                        }[];
                        thu?: {
                            close: string;
                            open: string;
                        }[];
                        tue?: {
                            close: string;
                            open: string;
                        }[];
                        wed?: {
                            close: string;
                            open: string;
                        }[];
                    };
                    regionId: string;
                    stockLocationId: string;
                    taxRateBasisPoints: number;
                    /** @default [] */
                    technicians?: {
                        id: string;
                        name: string;
                        /** @default [] */
                        skills?: string[];
                    }[];
                    /** @default UTC */
                    timeZone?: string;
                    /** @enum {string} */
                    type: "regional-centre" | "partner-workshop";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        };
                        bays: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        dealerId: string | null;
                        hoursExceptions: {
                            closed?: boolean;
                            /** Format: date */
                            date: string;
                            hours?: {
                                close: string;
                                open: string;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        labourRateMinor: number;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        name: string;
                        /** @description Local hours per weekday (mon..sun) */
                        openingHours: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        };
                        regionId: string;
                        stockLocationId: string;
                        taxRateBasisPoints: number;
                        technicians: {
                            id: string;
                            name: string;
                            skills: string[];
                        }[];
                        timeZone: string;
                        /** @enum {string} */
                        type: "regional-centre" | "partner-workshop";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ServiceCentresId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        };
                        bays: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        dealerId: string | null;
                        hoursExceptions: {
                            closed?: boolean;
                            /** Format: date */
                            date: string;
                            hours?: {
                                close: string;
                                open: string;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        labourRateMinor: number;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        name: string;
                        /** @description Local hours per weekday (mon..sun) */
                        openingHours: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        };
                        regionId: string;
                        stockLocationId: string;
                        taxRateBasisPoints: number;
                        technicians: {
                            id: string;
                            name: string;
                            skills: string[];
                        }[];
                        timeZone: string;
                        /** @enum {string} */
                        type: "regional-centre" | "partner-workshop";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchV1ServiceCentresId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hoursExceptions?: {
                        closed?: boolean;
                        /** Format: date */
                        date: string;
                        hours?: {
                            close: string;
                            open: string;
                        }[];
                    }[];
                    name?: string;
                    openingHours?: {
                        fri?: {
                            close: string;
                            open: string;
                        }[];
                        mon?: {
                            close: string;
                            open: string;
                        }[];
                        sat?: {
                            close: string;
                            open: string;
                        }[];
                        sun?: {
                            close: string;
                            open: string;
                        }[];
                        thu?: {
                            close: string;
                            open: string;
                        }[];
                        tue?: {
                            close: string;
                            open: string;
                        }[];
                        wed?: {
                            close: string;
                            open: string;
                        }[];
                    };
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: {
                            city: string;
                            country: string;
                            line1: string;
                            line2?: string | null;
                            postalCode: string;
                        };
                        bays: number;
                        /** Format: date-time */
                        createdAt: string;
                        currency: string;
                        dealerId: string | null;
                        hoursExceptions: {
                            closed?: boolean;
                            /** Format: date */
                            date: string;
                            hours?: {
                                close: string;
                                open: string;
                            }[];
                        }[];
                        /** Format: uuid */
                        id: string;
                        labourRateMinor: number;
                        location: {
                            latitude: number;
                            longitude: number;
                        } | null;
                        name: string;
                        /** @description Local hours per weekday (mon..sun) */
                        openingHours: {
                            [key: string]: {
                                close: string;
                                open: string;
                            }[];
                        };
                        regionId: string;
                        stockLocationId: string;
                        taxRateBasisPoints: number;
                        technicians: {
                            id: string;
                            name: string;
                            skills: string[];
                        }[];
                        timeZone: string;
                        /** @enum {string} */
                        type: "regional-centre" | "partner-workshop";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1ServiceCentresIdAvailability: {
        parameters: {
            query: {
                date: string;
                durationMinutes?: number;
                stepMinutes?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        bays: number;
                        /** Format: uuid */
                        centreId: string;
                        /** Format: date */
                        date: string;
                        durationMinutes: number;
                        emergencyMode: boolean;
                        slots: {
                            /** Format: date-time */
                            end: string;
                            freeBays: number;
                            /** Format: date-time */
                            start: string;
                        }[];
                        timeZone: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SettingsProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvalThresholdMinor: number;
                        overReceiptTolerancePct: number;
                        priceTolerancePct: number;
                        version: number;
                        weights: {
                            leadTime: number;
                            onTime: number;
                            price: number;
                            quality: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1SettingsProcurement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approvalThresholdMinor: number;
                    overReceiptTolerancePct: number;
                    priceTolerancePct: number;
                    weights: {
                        leadTime: number;
                        onTime: number;
                        price: number;
                        quality: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvalThresholdMinor: number;
                        overReceiptTolerancePct: number;
                        priceTolerancePct: number;
                        version: number;
                        weights: {
                            leadTime: number;
                            onTime: number;
                            price: number;
                            quality: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SlaStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                            standardSeconds: number;
                            /** Format: date-time */
                            updatedAt: string;
                            updatedBy: string;
                            version: number;
                        }[];
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SlaStandardsStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        standardSeconds: number;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1SlaStandardsStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    standardSeconds: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
                        standardSeconds: number;
                        /** Format: date-time */
                        updatedAt: string;
                        updatedBy: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteV1SlaStandardsStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                stage: "RECEIVED" | "DIAGNOSED" | "QUOTED" | "APPROVED" | "DECLINED" | "IN_PROGRESS" | "WAITING_PARTS" | "QC" | "READY" | "DELIVERED" | "CLOSED" | "CANCELLED";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (no body) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Stock: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                locationId?: string;
                partId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            available: number;
                            locationId: string;
                            onHand: number;
                            orderUpTo: number;
                            partId: string;
                            reorderPoint: number;
                            reserved: number;
                            safetyStock: number;
                            tenantId: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1StockMovements: {
        parameters: {
            query?: {
                cursor?: string;
                kind?: "RECEIPT" | "RESERVATION" | "RELEASE" | "ISSUE" | "ADJUSTMENT" | "STOCKTAKE";
                limit?: number;
                locationId?: string;
                partId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            /** @enum {string} */
                            kind: "RECEIPT" | "RESERVATION" | "RELEASE" | "ISSUE" | "ADJUSTMENT" | "STOCKTAKE";
                            locationId: string;
                            lotId: string | null;
                            lotNumber: string | null;
                            onHandDelta: number;
                            partId: string;
                            quantity: number;
                            reason: string | null;
                            receiptId: string | null;
                            repairOrderId: string | null;
                            reservationId: string | null;
                            reservedDelta: number;
                            seq: string;
                            stocktakeId: string | null;
                            unitCostMinor: number | null;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1StockMovements: {
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
                    kind: "receipt" | "adjustment";
                    locationId: string;
                    /** @default null */
                    lotNumber?: string | null;
                    /** Format: uuid */
                    partId: string;
                    quantity: number;
                    reason: string;
                    /** @default null */
                    unitCost?: {
                        /** @description Amount in minor units of the currency (e.g. cents) */
                        amountMinor: number;
                        currency: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: number;
                        locationId: string;
                        onHand: number;
                        partId: string;
                        reserved: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Stocktakes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    locationId: string;
                    partIds?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        lines: ({
                            countedQuantity: number | null;
                            expectedQuantity: number;
                            partId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        locationId: string;
                        /** @enum {string} */
                        status: "counting" | "approved";
                        uncounted: string[];
                        variances: {
                            countedQuantity: number;
                            expectedQuantity: number;
                            partId: string;
                            variance: number;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1StocktakesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        lines: ({
                            countedQuantity: number | null;
                            expectedQuantity: number;
                            partId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        locationId: string;
                        /** @enum {string} */
                        status: "counting" | "approved";
                        uncounted: string[];
                        variances: {
                            countedQuantity: number;
                            expectedQuantity: number;
                            partId: string;
                            variance: number;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1StocktakesIdApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        booked: {
                            countedQuantity: number;
                            expectedQuantity: number;
                            partId: string;
                            variance: number;
                        }[];
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        lines: ({
                            countedQuantity: number | null;
                            expectedQuantity: number;
                            partId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        locationId: string;
                        /** @enum {string} */
                        status: "counting" | "approved";
                        uncounted: string[];
                        variances: {
                            countedQuantity: number;
                            expectedQuantity: number;
                            partId: string;
                            variance: number;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1StocktakesIdCounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    counts: {
                        countedQuantity: number;
                        /** Format: uuid */
                        partId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approvedAt: string | null;
                        approvedBy: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        id: string;
                        lines: ({
                            countedQuantity: number | null;
                            expectedQuantity: number;
                            partId: string;
                        } & {
                            [key: string]: unknown;
                        })[];
                        locationId: string;
                        /** @enum {string} */
                        status: "counting" | "approved";
                        uncounted: string[];
                        variances: {
                            countedQuantity: number;
                            expectedQuantity: number;
                            partId: string;
                            variance: number;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SupervisionReports: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                limit?: number;
                status?: "open" | "investigating" | "resolved";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            actionId: string | null;
                            anonymous: boolean;
                            /** @enum {string} */
                            category: "service-attitude" | "misconduct" | "overcharging" | "safety" | "process-violation" | "other";
                            centreId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            description: string;
                            findings: string | null;
                            /** Format: uuid */
                            id: string;
                            investigatorId: string | null;
                            outcome: ("substantiated" | "not-substantiated" | "inconclusive") | null;
                            /** @description Null for an anonymous report */
                            reporterId: string | null;
                            /** @enum {string} */
                            reporterKind: "staff" | "customer";
                            resolvedAt: string | null;
                            resolvedBy: string | null;
                            /** @enum {string} */
                            status: "open" | "investigating" | "resolved";
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SupervisionReports: {
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
                    anonymous?: boolean;
                    /** @enum {string} */
                    category: "service-attitude" | "misconduct" | "overcharging" | "safety" | "process-violation" | "other";
                    /** @default null */
                    centreId?: string | null;
                    description: string;
                    /**
                     * @default staff
                     * @enum {string}
                     */
                    reporterKind?: "staff" | "customer";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        anonymous: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        status: "open" | "investigating" | "resolved";
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SupervisionReportsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionId: string | null;
                        anonymous: boolean;
                        /** @enum {string} */
                        category: "service-attitude" | "misconduct" | "overcharging" | "safety" | "process-violation" | "other";
                        centreId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        findings: string | null;
                        /** Format: uuid */
                        id: string;
                        investigatorId: string | null;
                        outcome: ("substantiated" | "not-substantiated" | "inconclusive") | null;
                        /** @description Null for an anonymous report */
                        reporterId: string | null;
                        /** @enum {string} */
                        reporterKind: "staff" | "customer";
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        /** @enum {string} */
                        status: "open" | "investigating" | "resolved";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SupervisionReportsIdInvestigation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    findings?: string;
                    investigatorId?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionId: string | null;
                        anonymous: boolean;
                        /** @enum {string} */
                        category: "service-attitude" | "misconduct" | "overcharging" | "safety" | "process-violation" | "other";
                        centreId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        findings: string | null;
                        /** Format: uuid */
                        id: string;
                        investigatorId: string | null;
                        outcome: ("substantiated" | "not-substantiated" | "inconclusive") | null;
                        /** @description Null for an anonymous report */
                        reporterId: string | null;
                        /** @enum {string} */
                        reporterKind: "staff" | "customer";
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        /** @enum {string} */
                        status: "open" | "investigating" | "resolved";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SupervisionReportsIdResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    action?: {
                        /** Format: date-time */
                        dueAt?: string;
                        ownerId?: string;
                        title: string;
                    };
                    findings: string;
                    /** @enum {string} */
                    outcome: "substantiated" | "not-substantiated" | "inconclusive";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionId: string | null;
                        anonymous: boolean;
                        /** @enum {string} */
                        category: "service-attitude" | "misconduct" | "overcharging" | "safety" | "process-violation" | "other";
                        centreId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        description: string;
                        findings: string | null;
                        /** Format: uuid */
                        id: string;
                        investigatorId: string | null;
                        outcome: ("substantiated" | "not-substantiated" | "inconclusive") | null;
                        /** @description Null for an anonymous report */
                        reporterId: string | null;
                        /** @enum {string} */
                        reporterKind: "staff" | "customer";
                        resolvedAt: string | null;
                        resolvedBy: string | null;
                        /** @enum {string} */
                        status: "open" | "investigating" | "resolved";
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Suppliers: {
        parameters: {
            query?: {
                cursor?: string;
                grade?: "preferred" | "approved" | "conditional" | "blocked";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            grade: string;
                            id: string;
                            name: string;
                            offers?: {
                                currency: string;
                                leadTimeDays: number;
                                partId: string;
                                supplierId: string;
                                tenantId: string;
                                unitPriceMinor: number;
                            }[];
                            onTimeRate: number | null;
                            overallScore: number | null;
                            qualityScore: number | null;
                            reviews?: {
                                accepted: number | null;
                                comment: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                id: string;
                                kind: string;
                                onTime: boolean | null;
                                partId: string | null;
                                receiptId: string | null;
                                received: number | null;
                                repairOrderId: string | null;
                                stars: number | null;
                                supplierId: string;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Suppliers: {
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
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        grade: string;
                        id: string;
                        name: string;
                        offers?: {
                            currency: string;
                            leadTimeDays: number;
                            partId: string;
                            supplierId: string;
                            tenantId: string;
                            unitPriceMinor: number;
                        }[];
                        onTimeRate: number | null;
                        overallScore: number | null;
                        qualityScore: number | null;
                        reviews?: {
                            accepted: number | null;
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            kind: string;
                            onTime: boolean | null;
                            partId: string | null;
                            receiptId: string | null;
                            received: number | null;
                            repairOrderId: string | null;
                            stars: number | null;
                            supplierId: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SuppliersId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        grade: string;
                        id: string;
                        name: string;
                        offers?: {
                            currency: string;
                            leadTimeDays: number;
                            partId: string;
                            supplierId: string;
                            tenantId: string;
                            unitPriceMinor: number;
                        }[];
                        onTimeRate: number | null;
                        overallScore: number | null;
                        qualityScore: number | null;
                        reviews?: {
                            accepted: number | null;
                            comment: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            id: string;
                            kind: string;
                            onTime: boolean | null;
                            partId: string | null;
                            receiptId: string | null;
                            received: number | null;
                            repairOrderId: string | null;
                            stars: number | null;
                            supplierId: string;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1SuppliersIdReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default null */
                    comment?: string | null;
                    /** @default null */
                    partId?: string | null;
                    /** @default null */
                    repairOrderId?: string | null;
                    stars: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rating: {
                            grade: string;
                            overall: number;
                            receipts: number;
                            scores: {
                                [key: string]: number;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        supplierId: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Surveys: {
        parameters: {
            query?: {
                centreId?: string;
                cursor?: string;
                customerId?: string;
                limit?: number;
                repairOrderId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: ({
                            centreId: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            comment: null;
                            /**
                             * @description No comment was given
                             * @constant
                             */
                            commentAccess: "none";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            customerId: string;
                            /** Format: uuid */
                            id: string;
                            nps: number;
                            repairOrderId: string;
                            scores: {
                                product: number;
                                purchase: number;
                                service: number;
                            };
                            /** Format: uuid */
                            vehicleId: string;
                        } | {
                            centreId: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            comment: string;
                            /**
                             * @description The caller may read PII: shown in clear, access audited
                             * @constant
                             */
                            commentAccess: "decrypted";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            customerId: string;
                            /** Format: uuid */
                            id: string;
                            nps: number;
                            repairOrderId: string;
                            scores: {
                                product: number;
                                purchase: number;
                                service: number;
                            };
                            /** Format: uuid */
                            vehicleId: string;
                        } | {
                            centreId: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            /** @constant */
                            comment: "***";
                            /**
                             * @description The caller's roles do not need PII: nothing decrypted
                             * @constant
                             */
                            commentAccess: "masked";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            customerId: string;
                            /** Format: uuid */
                            id: string;
                            nps: number;
                            repairOrderId: string;
                            scores: {
                                product: number;
                                purchase: number;
                                service: number;
                            };
                            /** Format: uuid */
                            vehicleId: string;
                        } | {
                            centreId: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                            comment: null;
                            /**
                             * @description The customer was erased: the comment's key is gone
                             * @constant
                             */
                            commentAccess: "erased";
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string;
                            /** Format: uuid */
                            customerId: string;
                            /** Format: uuid */
                            id: string;
                            nps: number;
                            repairOrderId: string;
                            scores: {
                                product: number;
                                purchase: number;
                                service: number;
                            };
                            /** Format: uuid */
                            vehicleId: string;
                        })[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    centreId: string;
                    /** @enum {string} */
                    channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                    comment?: string;
                    /** Format: uuid */
                    customerId: string;
                    nps: number;
                    repairOrderId: string;
                    scores: {
                        product: number;
                        purchase: number;
                        service: number;
                    };
                    /** Format: uuid */
                    vehicleId: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: null;
                        /**
                         * @description No comment was given
                         * @constant
                         */
                        commentAccess: "none";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: string;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        commentAccess: "decrypted";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        comment: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        commentAccess: "masked";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: null;
                        /**
                         * @description The customer was erased: the comment's key is gone
                         * @constant
                         */
                        commentAccess: "erased";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1SurveysId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: null;
                        /**
                         * @description No comment was given
                         * @constant
                         */
                        commentAccess: "none";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: string;
                        /**
                         * @description The caller may read PII: shown in clear, access audited
                         * @constant
                         */
                        commentAccess: "decrypted";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        /** @constant */
                        comment: "***";
                        /**
                         * @description The caller's roles do not need PII: nothing decrypted
                         * @constant
                         */
                        commentAccess: "masked";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    } | {
                        centreId: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "sms" | "web" | "app" | "walk-in" | "post";
                        comment: null;
                        /**
                         * @description The customer was erased: the comment's key is gone
                         * @constant
                         */
                        commentAccess: "erased";
                        /** Format: date-time */
                        createdAt: string;
                        createdBy: string;
                        /** Format: uuid */
                        customerId: string;
                        /** Format: uuid */
                        id: string;
                        nps: number;
                        repairOrderId: string;
                        scores: {
                            product: number;
                            purchase: number;
                            service: number;
                        };
                        /** Format: uuid */
                        vehicleId: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TimeLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        critical: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        high: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        low: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        medium: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putV1TimeLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    critical: {
                        acknowledgeMinutes: number;
                        resolveMinutes: number;
                    };
                    high: {
                        acknowledgeMinutes: number;
                        resolveMinutes: number;
                    };
                    low: {
                        acknowledgeMinutes: number;
                        resolveMinutes: number;
                    };
                    medium: {
                        acknowledgeMinutes: number;
                        resolveMinutes: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        critical: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        high: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        low: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                        medium: {
                            acknowledgeMinutes: number;
                            resolveMinutes: number;
                        };
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TrainingEffectiveness: {
        parameters: {
            query?: {
                centreId?: string;
                courseId?: string;
                windowDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            after: {
                                comebackRate: number | null;
                                comebacks: number;
                                firstTimeFixes: number;
                                firstTimeFixRate: number | null;
                                /** @description Orders in the window (the sample size of both rates) */
                                orders: number;
                            };
                            before: {
                                comebackRate: number | null;
                                comebacks: number;
                                firstTimeFixes: number;
                                firstTimeFixRate: number | null;
                                /** @description Orders in the window (the sample size of both rates) */
                                orders: number;
                            };
                            byTechnician: {
                                after: {
                                    comebackRate: number | null;
                                    comebacks: number;
                                    firstTimeFixes: number;
                                    firstTimeFixRate: number | null;
                                    /** @description Orders in the window (the sample size of both rates) */
                                    orders: number;
                                };
                                before: {
                                    comebackRate: number | null;
                                    comebacks: number;
                                    firstTimeFixes: number;
                                    firstTimeFixRate: number | null;
                                    /** @description Orders in the window (the sample size of both rates) */
                                    orders: number;
                                };
                                technicianId: string;
                                /** Format: date-time */
                                trainedAt: string;
                            }[];
                            change: {
                                comebackRate: number | null;
                                firstTimeFixRate: number | null;
                            };
                            courseCode: string;
                            courseId: string;
                            technicians: number;
                        }[];
                        windowDays: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1TrainingPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    centreId: string;
                    courseIds: string[];
                    year: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        courseIds: string[];
                        /** Format: uuid */
                        id: string;
                        version: number;
                        year: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TrainingPlansId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        courseIds: string[];
                        coverage: {
                            byCourse: {
                                /** Format: uuid */
                                courseId: string;
                                share: number | null;
                                trained: number;
                            }[];
                            coverage: number | null;
                            /** @description Technicians who passed every course of the plan in its year */
                            fullyTrained: number;
                            technicians: number;
                        };
                        /** Format: uuid */
                        id: string;
                        year: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1TrainingSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    centreId: string;
                    /** Format: uuid */
                    courseId: string;
                    /** @default [] */
                    invitees?: string[];
                    /** Format: date-time */
                    startsAt: string;
                    trainer?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        id: string;
                        invitees: string[];
                        resultedAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        trainer: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TrainingSessionsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        id: string;
                        invitees: string[];
                        resultedAt: string | null;
                        results: {
                            attended: boolean;
                            examScore: number | null;
                            passed: boolean;
                            technicianId: string;
                        }[];
                        /** Format: date-time */
                        startsAt: string;
                        trainer: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1TrainingSessionsIdResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    results: {
                        attended: boolean;
                        /** @description Percent, 0-100 */
                        examScore?: number | null;
                        technicianId: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        centreId: string;
                        /** Format: uuid */
                        courseId: string;
                        /** Format: uuid */
                        id: string;
                        invitees: string[];
                        resultedAt: string | null;
                        /** Format: date-time */
                        startsAt: string;
                        trainer: string | null;
                        version: number;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1TrainingStatistics: {
        parameters: {
            query?: {
                centreId?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        courses: {
                            attended: number;
                            courseCode: string;
                            courseId: string;
                            examsTaken: number;
                            meanExamScore: number | null;
                            passed: number;
                            passRate: number | null;
                            results: number;
                        }[];
                        coverage: {
                            centreId: string;
                            coverage: number | null;
                            technicians: number;
                            trained: number;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description Calendar day (UTC), YYYY-MM-DD
                         */
                        to: string;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1Vehicles: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                ownerCustomerId?: string;
                vin?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            make: string;
                            mileageKm: number;
                            model: string;
                            modelYear: number;
                            ownerCustomerId: string | null;
                            purchaseDate: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            version: number;
                            vin: string;
                            warrantyEndsOn: string | null;
                        }[];
                        /** @description Pass back as ?cursor= for the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1Vehicles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    make: string;
                    mileageKm: number;
                    model: string;
                    modelYear: number;
                    ownerCustomerId?: string | null;
                    purchaseDate?: string | null;
                    vin: string;
                    warrantyEndsOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        make: string;
                        mileageHistory: {
                            correctionReason: string | null;
                            mileageKm: number;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            /** @enum {string} */
                            source: "registration" | "manual" | "correction" | "repair-order";
                        }[];
                        mileageKm: number;
                        model: string;
                        modelYear: number;
                        ownerCustomerId: string | null;
                        ownershipHistory: {
                            customerId: string | null;
                            endedOn: string | null;
                            /** @enum {string} */
                            reason: "registration" | "sale" | "transfer" | "correction";
                            /** Format: date */
                            startedOn: string;
                        }[];
                        purchaseDate: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        vin: string;
                        warrantyEndsOn: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The current state refuses it, or a concurrent change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getV1VehiclesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        make: string;
                        mileageHistory: {
                            correctionReason: string | null;
                            mileageKm: number;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            /** @enum {string} */
                            source: "registration" | "manual" | "correction" | "repair-order";
                        }[];
                        mileageKm: number;
                        model: string;
                        modelYear: number;
                        ownerCustomerId: string | null;
                        ownershipHistory: {
                            customerId: string | null;
                            endedOn: string | null;
                            /** @enum {string} */
                            reason: "registration" | "sale" | "transfer" | "correction";
                            /** Format: date */
                            startedOn: string;
                        }[];
                        purchaseDate: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        vin: string;
                        warrantyEndsOn: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1VehiclesIdMileage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    correctionReason?: string;
                    mileageKm: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        make: string;
                        mileageHistory: {
                            correctionReason: string | null;
                            mileageKm: number;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            /** @enum {string} */
                            source: "registration" | "manual" | "correction" | "repair-order";
                        }[];
                        mileageKm: number;
                        model: string;
                        modelYear: number;
                        ownerCustomerId: string | null;
                        ownershipHistory: {
                            customerId: string | null;
                            endedOn: string | null;
                            /** @enum {string} */
                            reason: "registration" | "sale" | "transfer" | "correction";
                            /** Format: date */
                            startedOn: string;
                        }[];
                        purchaseDate: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        vin: string;
                        warrantyEndsOn: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postV1VehiclesIdOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effectiveOn: string;
                    newOwnerCustomerId: string | null;
                    /** @enum {string} */
                    reason: "sale" | "transfer" | "correction";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        make: string;
                        mileageHistory: {
                            correctionReason: string | null;
                            mileageKm: number;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: string;
                            /** @enum {string} */
                            source: "registration" | "manual" | "correction" | "repair-order";
                        }[];
                        mileageKm: number;
                        model: string;
                        modelYear: number;
                        ownerCustomerId: string | null;
                        ownershipHistory: {
                            customerId: string | null;
                            endedOn: string | null;
                            /** @enum {string} */
                            reason: "registration" | "sale" | "transfer" | "correction";
                            /** Format: date */
                            startedOn: string;
                        }[];
                        purchaseDate: string | null;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        vin: string;
                        warrantyEndsOn: string | null;
                    };
                };
            };
            /** @description The request is invalid (errors[] names each field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller's roles do not allow it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found in the caller's tenant and scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names an old version (currentVersion says the new one) */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A business rule refuses it (code says which) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable or busy; retry after Retry-After */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
