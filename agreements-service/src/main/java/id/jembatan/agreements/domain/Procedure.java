package id.jembatan.agreements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a deployment sets for the procedure, since the texts at hand do not fix it: the countries Indonesia has no
 * diplomatic relations with, how many days each pending state may last (the DPRD's and the ministries' decisions) and
 * the longest validity of an agreement. Pure rules over those settings.
 *
 * @param withoutDiplomaticRelations ISO 3166-1 alpha-2 codes
 * @param deadlineDays               days a state may last before the agreement is overdue; a state not in the map has no deadline
 * @param maximumValidityYears       the longest validity; empty when the deployment sets none
 */
public record Procedure(Set<String> withoutDiplomaticRelations, Map<AgreementState, Integer> deadlineDays,
                        Optional<Integer> maximumValidityYears) {

    /** The timezone the procedure's days are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    public Procedure {
        withoutDiplomaticRelations = Set.copyOf(withoutDiplomaticRelations);
        deadlineDays = Map.copyOf(deadlineDays);
    }

    /** The partner criteria the agreement does not meet, whether or not an exception was recorded. */
    public List<PartnerCriterion> unmetCriteria(String partnerCountry) {
        List<PartnerCriterion> unmet = new ArrayList<>();
        if (partnerCountry != null && withoutDiplomaticRelations.contains(partnerCountry)) {
            unmet.add(PartnerCriterion.DIPLOMATIC_RELATIONS);
        }
        return unmet;
    }

    /** The day by which the current state should be left; empty when the deployment sets no deadline for it. */
    public Optional<LocalDate> deadline(AgreementState state, Instant since) {
        Integer days = deadlineDays.get(state);
        return days == null || since == null ? Optional.empty() : Optional.of(since.atZone(ZONE).toLocalDate().plusDays(days));
    }

    /** Past its state's deadline. */
    public boolean overdue(AgreementState state, Instant since, LocalDate today) {
        return deadline(state, since).map(today::isAfter).orElse(false);
    }

    /** Valid for longer than the deployment allows. */
    public boolean exceedsMaximumValidity(LocalDate validFrom, LocalDate validUntil) {
        return maximumValidityYears.isPresent() && validFrom != null && validUntil != null
                && ChronoUnit.DAYS.between(validFrom.plusYears(maximumValidityYears.get()), validUntil) > 0;
    }
}
