package id.jembatan.agreements.domain;

public enum Obligor {
    INDONESIAN_PARTY, FOREIGN_PARTY, THIRD_PARTY
}
