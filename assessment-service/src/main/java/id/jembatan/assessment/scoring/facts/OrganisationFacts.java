package id.jembatan.assessment.scoring.facts;

import id.jembatan.assessment.scoring.model.Copies;

import java.util.Objects;
import java.util.Set;

/**
 * A participating organisation.
 *
 * @param role e.g. TECHNOLOGY_PARTNER, INVESTOR, PARTICIPANT, or FOREIGN_PARTY when the organisation is
 *             itself the foreign party of the agreement
 */
public record OrganisationFacts(String name, String countryCode, String role, boolean stateControlled,
                                Set<String> sectors) {
    public OrganisationFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        sectors = Copies.sortedSet(sectors);
    }
}
