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
    "AnnualTaskList",
    "Body",
    "CoordinationThread",
    "DecisionProcedure",
    "Delegation",
    "Directive",
    "Evaluation",
    "Feedback",
    "Finding",
    "Indicator",
    "IndicatorSystem",
    "Inspection",
    "LegislativeDependency",
    "Observation",
    "Pilot",
    "Post",
    "Power",
    "ProgressReport",
    "PublicSubmission",
    "Receipt",
    "RectificationOrder",
    "ReformDecision",
    "ReformFund",
    "ReformTask",
    "ReplicableExperience",
    "Suggestion",
    "ThreadEvent",
    "ThreadMessage",
    "ThreadResource",
    "ToleranceCase"
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
    "inspectionsLed": [
      "year"
    ],
    "pilots": [],
    "rectificationOrdersReceived": [],
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
    "evaluations": [
      "period",
      "systemId"
    ],
    "pilots": [
      "field",
      "siteCode",
      "sponsorCode",
      "status"
    ],
    "powers": [
      "field",
      "search"
    ],
    "publicChanges": [],
    "publicConsultations": [
      "open"
    ],
    "publicDecisions": [
      "level",
      "status"
    ],
    "publicDirectives": [],
    "publicEvaluations": [
      "level",
      "year"
    ],
    "publicPilots": [
      "field",
      "sponsorCode",
      "status"
    ],
    "publicSuggestions": [
      "answered",
      "bodyCode"
    ],
    "publicTasks": [
      "bodyCode",
      "overdue",
      "year"
    ],
    "publicWithdrawals": [],
    "suggestions": [
      "toBodyCode"
    ],
    "tasks": [
      "deadlineBefore",
      "kind",
      "overdue",
      "status",
      "under",
      "year"
    ],
    "toleranceCases": [
      "status"
    ],
    "unfundedMandates": [
      "fiscalYear",
      "level",
      "under"
    ]
  },
  "ReformDecision": {
    "directives": []
  },
  "ReformTask": {
    "children": [
      "overdue",
      "status"
    ],
    "reports": []
  }
};

/** Object types without an `id`: values of their parent, merged rather than replaced or normalised. */
export const valueObjects: string[] = [
  "AcknowledgementSummary",
  "AnnualTaskListItem",
  "AuditEvent",
  "CollectiveDeliberationStage",
  "DecisionActivity",
  "DecisionDraftVersion",
  "DirectiveDelivery",
  "DisciplineReferral",
  "ExpertConsultationStage",
  "ExpertOpinion",
  "FactorQuota",
  "FeedbackDelivery",
  "FiscalAllocation",
  "FiscalCoverage",
  "FundAllocation",
  "HeldPower",
  "IndicatorWeight",
  "InspectionGroupMemberView",
  "InspectionStats",
  "LegalityReviewStage",
  "LocalConsultationStage",
  "MemberVote",
  "PageInfo",
  "PilotSite",
  "PriorProhibition",
  "ProcedureEvidence",
  "PublicAnnualTaskListItem",
  "Publication",
  "PublicChange",
  "PublicConsultation",
  "PublicConsultationStage",
  "PublicPilotSite",
  "PublicReplicableExperience",
  "RectificationDelivery",
  "RectificationReport",
  "ReformEventDelivery",
  "RiskAssessmentStage",
  "RiskDimension",
  "SatisfactionSurvey",
  "ScoreComponent",
  "SiteVisit",
  "TaskActivity",
  "TaskLevelFigures",
  "TaskResult",
  "TaskRollup",
  "TaskStatusCount",
  "ThirdPartyAssessment",
  "ToleranceDecision",
  "ToleranceSignature",
  "Trace",
  "TraceGap",
  "TraceLink",
  "TraceNode",
  "UserError",
  "Verification",
  "Viewer",
  "VoteCount"
];
