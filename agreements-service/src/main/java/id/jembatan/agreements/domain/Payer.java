package id.jembatan.agreements.domain;

public enum Payer {
    REGION, PARTNER, THIRD_PARTY
}
