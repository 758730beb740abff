package id.jembatan.assessment.scoring.model;

/** Risk level; declared from least to most severe so that ordinal comparison is meaningful. */
public enum Level {
    LOW,
    MODERATE,
    HIGH,
    CRITICAL
}
