package id.jembatan.agreements.domain;

/** The documents of an agreement, in the order they usually come. */
public enum InstrumentKind {
    LOI, MOU, PKS, AMENDMENT
}
