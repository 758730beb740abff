package id.jembatan.assessment.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of the projection: what portfolio analytics keep of an agreement the change feed showed. This service's
 * own record, so that a change in agreements-service's model changes only the mapping at the edge.
 *
 * @param live         as agreements-service publishes it: the one definition of a live agreement
 * @param confidential whether the public registry leaves it out
 * @param unconfirmed  a legacy registration no ministry reviewer has confirmed yet
 */
public record ProjectedAgreement(UUID id, long version, String reference, String title, String regionName,
                                 String regionCode, String provinceCode, String partnerCountry, List<String> partnerBlocs,
                                 List<String> sectors, String state, boolean live, boolean confidential,
                                 boolean unconfirmed, Integer signingYear, LocalDate validUntil,
                                 LocalDate lastActivityOn, LocalDate activatedOn, LocalDate validFrom,
                                 BigDecimal committedValueIdr, int peopleTrained, BigDecimal exportValueIdr,
                                 BigDecimal investmentValueIdr) {

    public ProjectedAgreement {
        partnerBlocs = List.copyOf(partnerBlocs);
        sectors = List.copyOf(sectors);
    }
}
