package id.jembatan.assessment.scoring;

public enum Obligor {
    INDONESIAN_PARTY,
    FOREIGN_PARTY,
    THIRD_PARTY
}
