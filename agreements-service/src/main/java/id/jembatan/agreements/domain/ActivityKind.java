package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of activity an implementation-log entry records")
public enum ActivityKind {
    VISIT, DELEGATION, TRAINING, STUDENT_EXCHANGE, TRADE_MISSION, INVESTMENT_REALISED, EXPORT, CULTURAL_EVENT, MEETING, OTHER
}
