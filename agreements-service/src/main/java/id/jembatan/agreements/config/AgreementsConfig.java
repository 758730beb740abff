package id.jembatan.agreements.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "jembatan.agreements")
public interface AgreementsConfig {

    /** IDR per unit of each currency, for the committed-value totals that portfolio queries sort and sum by. */
    Map<String, BigDecimal> referenceRates();

    /** Load the article's cases on first start (./jembatan up, docker compose). */
    @WithDefault("false")
    boolean demoData();

    /** What each deployment decides about the procedure (docs/PROCEDURE.md): none of it is coded as law. */
    ProcedureSettings procedure();

    interface ProcedureSettings {

        /**
         * ISO 3166-1 alpha-2 codes of the countries Indonesia has no diplomatic relations with: an agreement with a
         * partner there does not pass exploration without a ministry reviewer's recorded exception. The default
         * names Israel and Taiwan (docs/PROCEDURE.md gives the reasons); a deployment keeps the list current.
         */
        @WithDefault("IL,TW")
        Set<String> countriesWithoutDiplomaticRelations();

        /**
         * Days an agreement may stay in a pending state before it is shown overdue, by state name (e.g.
         * {@code deadline-days.DPRD_REVIEW=60}). The texts at hand fix no such deadline, so there is none by default.
         */
        Map<String, Integer> deadlineDays();

        /** The longest validity an agreement may have, in years; none by default. */
        Optional<Integer> maximumValidityYears();
    }
}
