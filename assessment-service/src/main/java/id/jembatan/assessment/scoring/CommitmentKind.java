package id.jembatan.assessment.scoring;

public enum CommitmentKind {
    GRANT,
    LOAN,
    EQUITY,
    IN_KIND,
    GUARANTEE,
    BUDGET_ALLOCATION
}
