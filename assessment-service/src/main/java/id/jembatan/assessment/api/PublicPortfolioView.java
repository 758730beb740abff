package id.jembatan.assessment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * The portfolio as the public may see it: only agreements the public registry shows, and only figures made of what
 * it shows (no activity outputs, no dormancy, no assessments).
 */
@Schema(name = "PublicPortfolio", description = "Portfolio analytics over the agreements the public registry shows "
        + "(never a confidential one)")
public record PublicPortfolioView(
        @Schema(example = "province:36") String scope,
        @Schema(description = "Public agreements in scope, and those that are live") long agreements, long live,
        @Schema(description = "Of these, legacy registrations (entered as already approved or active) that no ministry "
                + "reviewer has confirmed yet: counted in the figures, flagged here", example = "0")
        long unconfirmed,
        @Schema(description = "Live agreements by partner country") Map<String, Long> byPartnerCountry,
        @Schema(description = "Live agreements by the Kemendagri code of their province") Map<String, Long> byProvince,
        @Schema(description = "Live agreements by bloc of the partner country") Map<String, Long> byBloc,
        Map<String, Long> bySector,
        @Schema(description = "Public agreements by state") Map<String, Long> byState,
        @Schema(description = "Herfindahl–Hirschman index of live agreements by partner country (0–10,000)", example = "10000") Integer hhi,
        @Schema(description = "HHI of the agreements signed up to the end of each year") Map<Integer, Integer> hhiBySigningYear,
        PortfolioView.Concentration concentration,
        @Schema(description = "Countries the scoring model names for diversification that no live agreement reaches")
        List<PortfolioView.Target> absentCountries,
        @Schema(description = "Blocs the scoring model names for diversification that no live agreement reaches")
        List<PortfolioView.Target> absentBlocs,
        PortfolioView.Freshness freshness) {
}
