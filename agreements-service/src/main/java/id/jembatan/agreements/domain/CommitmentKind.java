package id.jembatan.agreements.domain;

public enum CommitmentKind {
    GRANT, LOAN, EQUITY, IN_KIND, GUARANTEE, BUDGET_ALLOCATION
}
