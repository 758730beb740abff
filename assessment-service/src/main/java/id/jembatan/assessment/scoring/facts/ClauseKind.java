package id.jembatan.assessment.scoring.facts;

/** The safeguard clauses every agreement records. */
public enum ClauseKind {
    COST_BENEFIT_ANALYSIS,
    ENVIRONMENTAL_PROTECTION,
    FISCAL_PROVISIONS,
    TECHNOLOGY_TRANSFER,
    LOCAL_WORKFORCE_TRAINING,
    DATA_PROTECTION_LOCALISATION,
    DISPUTE_RESOLUTION,
    TERMINATION_EXIT
}
