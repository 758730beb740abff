package id.jembatan.assessment.api;

import id.jembatan.assessment.scoring.model.ConcentrationLevel;
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
        @Schema(description = "All agreements in scope, and those that are live (the 'live' flag agreements-service publishes: "
                + "any state that is not final)")
        long agreements, long live,
        @Schema(description = "Of these, legacy registrations (entered as already approved or active) that no ministry "
                + "reviewer has confirmed yet: counted in the figures, flagged here", example = "0")
        long unconfirmed,
        @Schema(description = "Live agreements by partner country") Map<String, Long> byPartnerCountry,
        @Schema(description = "Live agreements by the Kemendagri code of their province") Map<String, Long> byProvince,
        @Schema(description = "Live agreements by bloc of the partner country") Map<String, Long> byBloc,
        Map<String, Long> bySector,
        @Schema(description = "All agreements by state") Map<String, Long> byState,
        @Schema(description = "Herfindahl–Hirschman index of live agreements by partner country (0–10,000)", example = "10000") Integer hhi,
        @Schema(description = "HHI of the agreements signed up to the end of each year") Map<Integer, Integer> hhiBySigningYear,
        @Schema(description = "Concentration by partner country, classified by the default scoring model's thresholds")
        Concentration concentration,
        @Schema(description = "Countries the scoring model names for diversification that no live agreement reaches")
        List<Target> absentCountries,
        @Schema(description = "Blocs the scoring model names for diversification that no live agreement reaches")
        List<Target> absentBlocs,
        Outputs realisedOutputs,
        @Schema(description = "Live agreements whose validity ends within 90 days") long expiringWithin90DaysCount,
        @Schema(description = "The first 50 of them, soonest first") List<AgreementRef> expiringWithin90Days,
        @Schema(description = "Active agreements with no activity for twelve months") long dormantCount,
        @Schema(description = "The first 50 of them, longest dormant first") List<AgreementRef> dormant,
        @Schema(description = "Latest assessment level per agreement; NOT_ASSESSED for the rest") Map<String, Long> riskLevels,
        Freshness freshness) {

    @Schema(name = "PortfolioConcentration", description = "Who the top partner is and how concentrated the live "
            + "agreements are, by count and by committed value")
    public record Concentration(
            @Schema(description = "Partner country with most live agreements; ties go to the first code alphabetically",
                    example = "CN") String topPartner,
            @Schema(description = "Its share of the live agreements, in percent", example = "75.00") BigDecimal topPartnerShare,
            @Schema(description = "By number of live agreements") ConcentrationIndex byCount,
            @Schema(description = "By committed value in IDR, over the live agreements that have one") ConcentrationIndex byValue,
            @Schema(description = "The scoring model whose HHI thresholds classify the indices", example = "2") int modelVersion) {
    }

    @Schema(name = "PortfolioConcentrationIndex", description = "A concentration index by count or by committed value, with its level")
    public record ConcentrationIndex(
            @Schema(description = "Herfindahl–Hirschman index (0–10,000); absent when there is nothing to measure",
                    example = "6250") Integer hhi,
            @Schema(description = "Agreements the index is computed over", example = "4") long agreements,
            @Schema(description = "From the model's thresholds; TOO_FEW_TO_JUDGE when even an even spread of this many "
                    + "agreements would reach the high threshold") ConcentrationLevel level) {
    }

    @Schema(name = "PortfolioTarget", description = "A diversification target: a country or a bloc, with its name")
    public record Target(@Schema(example = "JP") String code, @Schema(example = "Japan") String name,
                         @Schema(description = "Its name in Bahasa Indonesia", example = "Jepang") String nameId) {
    }

    @Schema(name = "PortfolioOutputs", description = "What the live agreements of the scope report as outputs: people trained, exports and investment in Rupiah")
    public record Outputs(long peopleTrained, BigDecimal exportValueIdr, BigDecimal investmentValueIdr) {
    }

    @Schema(name = "PortfolioAgreement", description = "An agreement the portfolio points to (expiring or dormant)")
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
