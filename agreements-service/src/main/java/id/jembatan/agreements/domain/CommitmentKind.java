package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A kind of financial commitment")
public enum CommitmentKind {
    GRANT, LOAN, EQUITY, IN_KIND, GUARANTEE, BUDGET_ALLOCATION
}
