package id.jembatan.assessment.service;

import id.jembatan.assessment.api.PortfolioView;
import id.jembatan.assessment.repository.PortfolioRepository.Grouping;
import id.jembatan.assessment.repository.PortfolioRepository.Selection;
import id.jembatan.assessment.repository.PortfolioRepository;
import id.jembatan.assessment.scoring.model.ConcentrationLevel;
import id.jembatan.assessment.scoring.model.ConcentrationParameters;
import id.jembatan.assessment.scoring.model.DiversificationTargets;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Text;
import io.quarkus.cache.CacheResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a portfolio, computed once per scope, audience, projection generation and day, and kept in the
 * {@value #CACHE} cache ({@link PortfolioService} empties it when the generation moves).
 */
@ApplicationScoped
public class PortfolioFigures {

    static final String CACHE = "portfolio";
    private static final int LISTED = 50;

    @Inject
    PortfolioRepository repository;

    @Inject
    ScoringModels models;

    /**
     * Everything a scope shows; the figures the public may not see are null when {@code selection} is public.
     *
     * @param generation the projection generation the figures are computed for: part of the key, so that figures of
     *                   an older generation are never served
     * @param today      expiring and dormant agreements depend on the date
     */
    public record Figures(long agreements, long live, long unconfirmed, Map<String, Long> byPartnerCountry,
                          Map<String, Long> byProvince, Map<String, Long> byBloc,
                          Map<String, Long> bySector, Map<String, Long> byState, Integer hhi,
                          Map<Integer, Integer> hhiBySigningYear, PortfolioView.Concentration concentration,
                          List<PortfolioView.Target> absentCountries, List<PortfolioView.Target> absentBlocs,
                          PortfolioRepository.Outputs outputs, Long expiringCount,
                          List<PortfolioRepository.ListedAgreement> expiring, Long dormantCount,
                          List<PortfolioRepository.ListedAgreement> dormant, Map<String, Long> riskLevels) {
    }

    @CacheResult(cacheName = CACHE)
    public Figures compute(Selection selection, long generation, LocalDate today) {
        ScoringModel model = models.latest();
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> byCountry = repository.count(Grouping.PARTNER_COUNTRY, selection, true);
            Map<String, Long> byBloc = repository.count(Grouping.BLOC, selection, true);
            Map<String, Long> byState = repository.count(Grouping.STATE, selection, false);
            long all = byState.values().stream().mapToLong(Long::longValue).sum();
            long live = byCountry.values().stream().mapToLong(Long::longValue).sum();
            List<PortfolioView.Target> absentCountries = new ArrayList<>();
            List<PortfolioView.Target> absentBlocs = new ArrayList<>();
            for (String target : model.concentration().diversificationTargets()) {
                if (!byCountry.containsKey(target) && !byBloc.containsKey(target)) {
                    Text name = DiversificationTargets.name(target);
                    (DiversificationTargets.isCountry(target) ? absentCountries : absentBlocs)
                            .add(new PortfolioView.Target(target, name.en(), name.id()));
                }
            }
            PortfolioView.Concentration concentration = concentration(byCountry, live,
                    repository.committedValueByCountry(selection), repository.countWithValue(selection), model);
            boolean full = !selection.publicOnly();
            return new Figures(all, live, repository.countUnconfirmed(selection), byCountry,
                    repository.count(Grouping.PROVINCE, selection, true), byBloc, repository.count(Grouping.SECTOR, selection, true), byState,
                    hhi(byCountry), hhiBySigningYear(repository.signedByYear(selection)), concentration,
                    List.copyOf(absentCountries), List.copyOf(absentBlocs),
                    full ? repository.outputs(selection) : null,
                    full ? repository.countExpiring(selection, today) : null,
                    full ? repository.expiring(selection, today, LISTED) : null,
                    full ? repository.countDormant(selection, today) : null,
                    full ? repository.dormant(selection, today, LISTED) : null,
                    full ? riskLevels(repository.latestRiskLevels(selection), all) : null);
        });
    }

    private static PortfolioView.Concentration concentration(Map<String, Long> byCountry, long live,
                                                             Map<String, BigDecimal> valueByCountry, long withValue,
                                                             ScoringModel model) {
        ConcentrationParameters limits = model.concentration();
        String top = null;
        for (Map.Entry<String, Long> country : new TreeMap<>(byCountry).entrySet()) {
            if (top == null || country.getValue() > byCountry.get(top)) {
                top = country.getKey();
            }
        }
        BigDecimal share = top == null ? null : BigDecimal.valueOf(100.0 * byCountry.get(top) / live)
                .setScale(2, RoundingMode.HALF_EVEN);
        Map<String, Double> values = new LinkedHashMap<>();
        valueByCountry.forEach((country, value) -> values.put(country, value.doubleValue()));
        Double countIndex = index(byCountry);
        Double valueIndex = index(values);
        return new PortfolioView.Concentration(top, share,
                new PortfolioView.ConcentrationIndex(rounded(countIndex), live,
                        ConcentrationLevel.of(countIndex, (int) live, limits)),
                new PortfolioView.ConcentrationIndex(rounded(valueIndex), withValue,
                        ConcentrationLevel.of(valueIndex, (int) withValue, limits)),
                model.version());
    }

    /** Sum of squared percentage shares; null when there is nothing to share. */
    private static Double index(Map<String, ? extends Number> parts) {
        double total = parts.values().stream().mapToDouble(Number::doubleValue).sum();
        if (total <= 0) {
            return null;
        }
        double sum = 0;
        for (Number part : parts.values()) {
            double share = 100.0 * part.doubleValue() / total;
            sum += share * share;
        }
        return sum;
    }

    private static Integer rounded(Double index) {
        return index == null ? null : (int) Math.round(index);
    }

    static Integer hhi(Map<String, Long> counts) {
        return rounded(index(counts));
    }

    /** The HHI of all agreements signed up to the end of each year. */
    private static Map<Integer, Integer> hhiBySigningYear(Map<Integer, Map<String, Long>> byYear) {
        Map<Integer, Integer> trend = new TreeMap<>();
        Map<String, Long> cumulative = new LinkedHashMap<>();
        byYear.forEach((year, counts) -> {
            counts.forEach((country, count) -> cumulative.merge(country, count, Long::sum));
            trend.put(year, hhi(cumulative));
        });
        return trend;
    }

    private static Map<String, Long> riskLevels(Map<String, Long> assessed, long total) {
        Map<String, Long> levels = new LinkedHashMap<>(assessed);
        levels.put("NOT_ASSESSED", total - assessed.values().stream().mapToLong(Long::longValue).sum());
        return levels;
    }
}
