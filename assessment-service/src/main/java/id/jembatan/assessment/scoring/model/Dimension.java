package id.jembatan.assessment.scoring.model;

/** The eight risk dimensions of an assessment, in the order they are reported. */
public enum Dimension {
    TRANSPARENCY,
    COST_BENEFIT,
    FISCAL_EXPOSURE,
    PARTNER_CONCENTRATION,
    TECHNOLOGY_TRANSFER,
    DIGITAL_SOVEREIGNTY,
    ENVIRONMENTAL_SOCIAL,
    POLICY_ALIGNMENT
}
