package id.jembatan.assessment.scoring.facts;

public enum Obligor {
    INDONESIAN_PARTY,
    FOREIGN_PARTY,
    THIRD_PARTY
}
