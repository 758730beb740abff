package id.jembatan.assessment.scoring.facts;

public enum CommitmentKind {
    GRANT,
    LOAN,
    EQUITY,
    IN_KIND,
    GUARANTEE,
    BUDGET_ALLOCATION
}
