package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.util.Objects;
import java.util.Set;

/** The foreign party's country. */
public record PartnerFacts(String countryCode, String countryName, boolean diplomaticRelations, Set<String> blocs) {
    public PartnerFacts {
        Objects.requireNonNull(countryCode, "countryCode");
        blocs = Copies.sortedSet(blocs);
    }
}
