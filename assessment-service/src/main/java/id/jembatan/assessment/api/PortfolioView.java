package id.jembatan.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Portfolio", description = "Portfolio analytics for a scope, from the registry as the change feed last showed it")
public record PortfolioView(
        @Schema(example = "province:36") String scope,
        @Schema(description = "All agreements in scope, and those that are live (not rejected, withdrawn, expired, terminated or renewed)")
        long agreements, long live,
        @Schema(description = "Live agreements by partner country") Map<String, Long> byPartnerCountry,
        @Schema(description = "Live agreements by bloc of the partner country") Map<String, Long> byBloc,
        Map<String, Long> bySector,
        @Schema(description = "All agreements by state") Map<String, Long> byState,
        @Schema(description = "Herfindahl–Hirschman index of live agreements by partner country (0–10,000)", example = "10000") Integer hhi,
        @Schema(description = "HHI of the agreements signed up to the end of each year") Map<Integer, Integer> hhiBySigningYear,
        @Schema(description = "Blocs named by the article that no live agreement reaches") List<String> absentBlocs,
        Outputs realisedOutputs,
        @Schema(description = "Live agreements whose validity ends within 90 days") long expiringWithin90DaysCount,
        @Schema(description = "The first 50 of them, soonest first") List<AgreementRef> expiringWithin90Days,
        @Schema(description = "Active agreements with no activity for twelve months") long dormantCount,
        @Schema(description = "The first 50 of them, longest dormant first") List<AgreementRef> dormant,
        @Schema(description = "Latest assessment level per agreement; NOT_ASSESSED for the rest") Map<String, Long> riskLevels,
        Freshness freshness) {

    @Schema(name = "PortfolioOutputs")
    public record Outputs(long peopleTrained, BigDecimal exportValueIdr, BigDecimal investmentValueIdr) {
    }

    @Schema(name = "PortfolioAgreement")
    public record AgreementRef(UUID id, String reference, String title, String regionName, String partnerCountry,
                               LocalDate validUntil, LocalDate lastActivityOn) {
    }

    @Schema(name = "PortfolioFreshness", description = "How current the numbers are")
    public record Freshness(@Schema(description = "Last change-feed position applied") long changePosition,
                            @Schema(description = "When the feed was last read") Instant checkedAt,
                            @Schema(description = "False while the feed is being caught up or cannot be read: the numbers may be behind the registry")
                            boolean upToDate) {
    }
}
