/* Generated from schema/schema.graphql by codegen/cache-shape.cjs (npm run codegen); do not edit. */

/** Implementations of every interface and union, for `possibleTypes` of an Apollo cache. */
export const possibleTypes: Record<string, string[]> = {
  "Node": [
    "Body",
    "CoordinationThread",
    "Delegation",
    "Directive",
    "Feedback",
    "Power",
    "Receipt",
    "ThreadEvent",
    "ThreadMessage",
    "ThreadResource"
  ]
};

/** Per type, each field answering a Relay connection, with its non-paging arguments (the cache key arguments). */
export const connectionFields: Record<string, Record<string, string[]>> = {
  "Body": {
    "children": [
      "kind",
      "level",
      "orderBy"
    ],
    "delegationsGranted": [
      "fiscalYear",
      "status"
    ],
    "delegationsReceived": [
      "fiscalYear",
      "status"
    ],
    "directiveInbox": [
      "pendingOnly",
      "priority"
    ],
    "directivesIssued": [
      "priority"
    ],
    "feedbackInbox": [
      "kind",
      "unansweredOnly"
    ],
    "threads": [
      "orderBy",
      "overdue",
      "status"
    ]
  },
  "CoordinationThread": {
    "events": [],
    "messages": [],
    "resources": []
  },
  "Directive": {
    "receipts": [
      "acknowledged",
      "read"
    ]
  },
  "Query": {
    "auditTrail": [
      "targetId"
    ],
    "bodies": [
      "kind",
      "level",
      "orderBy",
      "search",
      "under"
    ],
    "powers": [
      "field",
      "search"
    ],
    "publicDirectives": [],
    "unfundedMandates": [
      "fiscalYear",
      "level",
      "under"
    ]
  }
};

/** Object types without an `id`: values of their parent, merged rather than replaced or normalised. */
export const valueObjects: string[] = [
  "AcknowledgementSummary",
  "AuditEvent",
  "DirectiveDelivery",
  "FactorQuota",
  "FeedbackDelivery",
  "FiscalAllocation",
  "FiscalCoverage",
  "HeldPower",
  "PageInfo",
  "ReformEventDelivery",
  "UserError",
  "Viewer"
];
