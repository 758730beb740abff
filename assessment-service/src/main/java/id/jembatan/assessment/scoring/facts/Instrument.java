package id.jembatan.assessment.scoring.facts;

import java.time.LocalDate;

/** A signed document of the agreement: LOI, MOU, PKS or AMENDMENT. */
public record Instrument(String kind, LocalDate signedOn, boolean documentPublic) {
}
