package id.jembatan.agreements.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Map;

@ConfigMapping(prefix = "jembatan.agreements")
public interface AgreementsConfig {

    /** IDR per unit of each currency, for the committed-value totals that portfolio queries sort and sum by. */
    Map<String, BigDecimal> referenceRates();

    /** Load the article's cases on first start (./jembatan up, docker compose). */
    @WithDefault("false")
    boolean demoData();
}
