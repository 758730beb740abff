package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Instrument;
import id.jembatan.assessment.scoring.facts.PortfolioEntry;
import id.jembatan.assessment.scoring.facts.PortfolioFacts;
import id.jembatan.assessment.scoring.model.ConcentrationParameters;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.DiversificationTargets;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The article's third recommendation, diversification of partners: how concentrated the live agreements
 * are by partner country, in the region, its province and nationally, and which of the named partners
 * (Japan, South Korea, the EU, ASEAN) are absent. The assessed agreement counts as part of every scope; from
 * version 2 it is charged with a concentration only when it does not lower it, judged by the index with and
 * without it.
 */
public final class PartnerConcentrationDimension {
    private PartnerConcentrationDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, PortfolioFacts portfolio, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.PARTNER_CONCENTRATION, model);
        ConcentrationParameters limits = model.concentration();
        PortfolioEntry assessed = entryOf(agreement, model);
        List<PortfolioEntry> region = live(portfolio.region(), assessed);
        result.metric("liveAgreements", PortfolioEntry.count(region));
        boolean small = false;
        if (!region.isEmpty()) {
            Concentration concentration = Concentration.of(region);
            Effect effect = Effect.of(concentration, liveWithout(portfolio.region(), assessed), assessed);
            small = concentration.tooSmallFor(limits.hhiHigh());
            putMetrics(result, "", concentration);
            boolean judgeEffect = limits.judgeAgreementEffect();
            if (judgeEffect) {
                effect.putMetrics(result, "");
            }
            Map<String, Object> evidence = evidence(concentration, judgeEffect ? effect : null);
            if (concentration.hhiByValue().isEmpty()) {
                result.add(Rule.CONCENTRATION_VALUE_UNAVAILABLE,
                        Values.evidence("liveAgreements", concentration.agreements()));
            }
            // From version 2 a concentration risk is charged to the agreement only when it does not lower it.
            boolean chargedHigh = !judgeEffect || effect.charged(limits.hhiHigh());
            boolean chargedModerate = !judgeEffect || effect.charged(limits.hhiModerate());
            String hhi = Values.round(concentration.hhi(), 0).toPlainString();
            if (small) {
                result.add(Rule.CONCENTRATION_SMALL_PORTFOLIO, evidence, concentration.agreements());
            } else if (concentration.hhi() >= limits.hhiHigh() && chargedHigh) {
                result.add(Rule.CONCENTRATION_REGION_HIGH, evidence, hhi);
            } else if (concentration.hhi() >= limits.hhiModerate() && concentration.hhi() < limits.hhiHigh()
                    && chargedModerate) {
                result.add(Rule.CONCENTRATION_REGION_MODERATE, evidence, hhi);
            }
            if (judgeEffect && effect.diversifies(limits.hhiModerate())) {
                result.add(Rule.CONCENTRATION_AGREEMENT_DIVERSIFIES, evidence,
                        Values.round(effect.without().orElseThrow().hhiByCount(), 0).toPlainString(),
                        Values.round(concentration.hhiByCount(), 0).toPlainString());
            }
            boolean dominates = concentration.topPartnerShare() > 100 * limits.dominantPartnerShare().doubleValue();
            boolean dominanceJudged = !(small && limits.smallPortfolioCoversDominance());
            boolean deepensDominance = !judgeEffect
                    || effect.assessedLive() && concentration.topPartner().equals(assessed.partnerCountry());
            if (dominates && dominanceJudged && deepensDominance) {
                result.add(Rule.CONCENTRATION_DOMINANT_PARTNER, evidence, concentration.topPartner(),
                        Values.percent(concentration.topPartnerShare() / 100));
            }
            Map<String, Set<String>> blocs = blocsByCountry(agreement, portfolio);
            List<String> absent = absentTargets(region, blocs, limits);
            result.metric("absentTargets", absent);
            // An agreement with a target partner is the remedy, not the cause, of the others' absence; so is one
            // that spreads the region's agreements over more partners.
            boolean reachesTarget = limits.diversificationTargets().stream().anyMatch(target ->
                    target.equals(assessed.partnerCountry())
                            || blocs.getOrDefault(assessed.partnerCountry(), Set.of()).contains(target));
            if (!absent.isEmpty() && (!judgeEffect || !reachesTarget && !effect.diversifies(limits.hhiModerate()))) {
                result.add(Rule.CONCENTRATION_TARGETS_ABSENT, Values.evidence("absent", absent,
                        "targets", limits.diversificationTargets()), partnerNames(absent));
            }
        }
        wider(result, "province", portfolio.province(), assessed, Rule.CONCENTRATION_PROVINCE_HIGH, limits);
        wider(result, "national", portfolio.national(), assessed, Rule.CONCENTRATION_NATIONAL_HIGH, limits);
        // The index of a small portfolio is high whatever the region does, so it may inform but not alarm.
        return result.build(small ? Level.MODERATE : Level.CRITICAL);
    }

    /** The province and the nation are context: only a high concentration there is worth a finding. */
    private static void wider(DimensionBuilder result, String scope, List<PortfolioEntry> entries,
                              PortfolioEntry assessed, Rule rule, ConcentrationParameters limits) {
        List<PortfolioEntry> live = live(entries, assessed);
        result.metric(scope + ".liveAgreements", PortfolioEntry.count(live));
        if (live.isEmpty()) {
            return;
        }
        Concentration concentration = Concentration.of(live);
        putMetrics(result, scope + ".", concentration);
        Effect effect = Effect.of(concentration, liveWithout(entries, assessed), assessed);
        boolean judgeEffect = limits.judgeAgreementEffect();
        if (judgeEffect) {
            effect.putMetrics(result, scope + ".");
        }
        if (!concentration.tooSmallFor(limits.hhiHigh()) && concentration.hhi() >= limits.hhiHigh()
                && (!judgeEffect || effect.charged(limits.hhiHigh()))) {
            result.add(rule, evidence(concentration, judgeEffect ? effect : null),
                    Values.round(concentration.hhi(), 0).toPlainString());
        }
    }

    /**
     * What the assessed agreement does to a scope's concentration: each index with it against the same index
     * without it.
     *
     * @param without      empty when the scope has no other live agreement
     * @param assessedLive an ended agreement changes nothing
     */
    private record Effect(Concentration with, Optional<Concentration> without, boolean assessedLive) {
        /** Differences below this are rounding, not an effect. */
        private static final double TOLERANCE = 1e-6;

        static Effect of(Concentration with, List<PortfolioEntry> without, PortfolioEntry assessed) {
            return new Effect(with, without.isEmpty() ? Optional.empty() : Optional.of(Concentration.of(without)),
                    assessed.live());
        }

        /**
         * Whether a concentration at {@code threshold} is the agreement's to answer for: an index that reaches the
         * threshold (by count, or by value) rises with it, or it adds to a single partner's monopoly (10,000 with
         * and without it, so the index cannot rise). An index below the threshold may rise without blame: a Japanese
         * agreement that lowers a high index by count is not charged with it because its value raises a moderate
         * value index. A value index over fewer valued agreements than could fall below the threshold says nothing
         * (the small-portfolio reasoning), and an agreement without a committed value leaves it as it was.
         */
        boolean charged(double threshold) {
            if (!assessedLive) {
                return false;
            }
            if (without.isEmpty()) {
                return true;
            }
            Concentration before = without.get();
            boolean monopoly = with.hhiByCount() >= 10_000 - TOLERANCE;
            boolean countRises = with.hhiByCount() >= threshold
                    && with.hhiByCount() > before.hhiByCount() + TOLERANCE;
            boolean valueRises = with.hhiByValue().isPresent() && with.hhiByValue().getAsDouble() >= threshold
                    && !with.tooFewValuedFor(threshold)
                    && (before.hhiByValue().isEmpty()
                    || with.hhiByValue().getAsDouble() > before.hhiByValue().getAsDouble() + TOLERANCE);
            return countRises || monopoly || valueRises;
        }

        /**
         * An agreement that lowers the index by count and raises no index to a level of concern ({@code concern},
         * the moderate threshold) diversifies the scope.
         */
        boolean diversifies(double concern) {
            return assessedLive && without.isPresent() && !charged(concern)
                    && with.hhiByCount() < without.get().hhiByCount() - TOLERANCE;
        }

        void putMetrics(DimensionBuilder result, String prefix) {
            without.ifPresent(before -> {
                result.metric(prefix + "hhiByCountWithoutAgreement", Values.round(before.hhiByCount(), Values.MONEY_SCALE));
                before.hhiByValue().ifPresent(hhi ->
                        result.metric(prefix + "hhiByValueWithoutAgreement", Values.round(hhi, Values.MONEY_SCALE)));
            });
        }

        void putEvidence(Map<String, Object> evidence) {
            without.ifPresent(before -> {
                evidence.put("hhiByCountWithoutAgreement", Values.round(before.hhiByCount(), Values.MONEY_SCALE));
                before.hhiByValue().ifPresent(hhi ->
                        evidence.put("hhiByValueWithoutAgreement", Values.round(hhi, Values.MONEY_SCALE)));
            });
        }
    }

    private static void putMetrics(DimensionBuilder result, String prefix, Concentration concentration) {
        result.metric(prefix + "partnerCountries", concentration.countries())
                .metric(prefix + "hhiByCount", Values.round(concentration.hhiByCount(), Values.MONEY_SCALE))
                .metric(prefix + "topPartner", concentration.topPartner())
                .metric(prefix + "topPartnerShare", Values.round(concentration.topPartnerShare(), Values.MONEY_SCALE));
        if (concentration.hhiByValue().isPresent()) {
            result.metric(prefix + "hhiByValue",
                    Values.round(concentration.hhiByValue().getAsDouble(), Values.MONEY_SCALE));
        } else {
            result.metric(prefix + "hhiByValueStatus", "NO_COMMITTED_VALUES");
        }
        result.metric(prefix + "agreementsWithoutValue", concentration.withoutValue());
    }

    /** @param effect null when the model does not judge the agreement's effect (version 1) */
    private static Map<String, Object> evidence(Concentration concentration, Effect effect) {
        Map<String, Object> evidence = new LinkedHashMap<>(Values.evidence(
                "liveAgreements", concentration.agreements(),
                "partnerCountries", concentration.countries(),
                "hhiByCount", Values.round(concentration.hhiByCount(), Values.MONEY_SCALE),
                "topPartner", concentration.topPartner(),
                "topPartnerShare", Values.round(concentration.topPartnerShare(), Values.MONEY_SCALE)));
        concentration.hhiByValue().ifPresent(hhi -> evidence.put("hhiByValue", Values.round(hhi, Values.MONEY_SCALE)));
        if (effect != null) {
            effect.putEvidence(evidence);
        }
        return Collections.unmodifiableMap(evidence);
    }

    /** A target is present when a live partner country is the target itself or belongs to it as a bloc. */
    private static List<String> absentTargets(List<PortfolioEntry> live, Map<String, Set<String>> blocs,
                                              ConcentrationParameters limits) {
        List<String> absent = new ArrayList<>();
        for (String target : limits.diversificationTargets()) {
            boolean present = live.stream().anyMatch(entry -> entry.partnerCountry().equals(target)
                    || blocs.getOrDefault(entry.partnerCountry(), Set.of()).contains(target));
            if (!present) {
                absent.add(target);
            }
        }
        return List.copyOf(absent);
    }

    /** The directory's bloc memberships, completed with those known for the assessed partner. */
    private static Map<String, Set<String>> blocsByCountry(AgreementFacts agreement, PortfolioFacts portfolio) {
        Map<String, Set<String>> blocs = new TreeMap<>(portfolio.countryBlocs());
        Set<String> partnerBlocs = new TreeSet<>(agreement.partner().blocs());
        partnerBlocs.addAll(blocs.getOrDefault(agreement.partner().countryCode(), Set.of()));
        blocs.put(agreement.partner().countryCode(), partnerBlocs);
        return blocs;
    }

    /** The live agreements of a scope, with the assessed one added when the scope does not list it yet. */
    private static List<PortfolioEntry> live(List<PortfolioEntry> scope, PortfolioEntry assessed) {
        List<PortfolioEntry> entries = new ArrayList<>(scope);
        if (assessed.agreementId() == null
                || scope.stream().noneMatch(e -> Objects.equals(e.agreementId(), assessed.agreementId()))) {
            entries.add(assessed);
        }
        return entries.stream().filter(PortfolioEntry::live).toList();
    }

    /** The live agreements of a scope other than the assessed one. */
    private static List<PortfolioEntry> liveWithout(List<PortfolioEntry> scope, PortfolioEntry assessed) {
        return scope.stream()
                .filter(e -> assessed.agreementId() == null || !assessed.agreementId().equals(e.agreementId()))
                .filter(PortfolioEntry::live).toList();
    }

    /**
     * The assessed agreement as a portfolio entry: its committed value is the sum of all parties'
     * commitments the model can convert to IDR, its signing year that of its first instrument.
     */
    static PortfolioEntry entryOf(AgreementFacts agreement, ScoringModel model) {
        BigDecimal committed = agreement.commitments().stream()
                .map(c -> model.toIdr(c.amount(), c.currency()))
                .flatMap(Optional::stream)
                .reduce(BigDecimal::add).orElse(null);
        Integer signingYear = agreement.instruments().stream().map(Instrument::signedOn).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(LocalDate::getYear).orElse(null);
        return new PortfolioEntry(agreement.id(), agreement.partner().countryCode(), committed, agreement.state(),
                agreement.live(), signingYear);
    }

    static Text partnerNames(List<String> codes) {
        List<Text> names = codes.stream().map(DiversificationTargets::name).toList();
        return new Text(String.join(", ", names.stream().map(Text::en).toList()),
                String.join(", ", names.stream().map(Text::id).toList()));
    }
}
