/* Generated from schema/schema.graphql by codegen/cache-shape.cjs (npm run codegen); do not edit. */

/** Implementations of every interface and union, for `possibleTypes` of an Apollo cache. */
export const possibleTypes: Record<string, string[]> = {
  "DecisionStage": [
    "CollectiveDeliberationStage",
    "ExpertConsultationStage",
    "LegalityReviewStage",
    "LocalConsultationStage",
    "PublicConsultationStage",
    "RiskAssessmentStage"
  ],
  "Node": [
    "Body",
    "CoordinationThread",
    "DecisionProcedure",
    "Delegation",
    "Directive",
    "Feedback",
    "LegislativeDependency",
    "Post",
    "Power",
    "PublicSubmission",
    "Receipt",
    "ReformDecision",
    "Suggestion",
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
  "PublicConsultationStage": {
    "submissions": [
      "disposition"
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
    "decisions": [
      "decisionMakerCode",
      "status"
    ],
    "powers": [
      "field",
      "search"
    ],
    "publicDirectives": [],
    "suggestions": [
      "toBodyCode"
    ],
    "unfundedMandates": [
      "fiscalYear",
      "level",
      "under"
    ]
  },
  "ReformDecision": {
    "directives": []
  }
};

/** Object types without an `id`: values of their parent, merged rather than replaced or normalised. */
export const valueObjects: string[] = [
  "AcknowledgementSummary",
  "AuditEvent",
  "CollectiveDeliberationStage",
  "DecisionActivity",
  "DecisionDraftVersion",
  "DirectiveDelivery",
  "ExpertConsultationStage",
  "ExpertOpinion",
  "FactorQuota",
  "FeedbackDelivery",
  "FiscalAllocation",
  "FiscalCoverage",
  "HeldPower",
  "LegalityReviewStage",
  "LocalConsultationStage",
  "MemberVote",
  "PageInfo",
  "PublicConsultationStage",
  "ReformEventDelivery",
  "RiskAssessmentStage",
  "RiskDimension",
  "UserError",
  "Viewer",
  "VoteCount"
];
