package id.jembatan.agreements.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lifecycle rules, free of persistence and HTTP: which actions a state allows and what each guard needs.
 * The guards carry the article's first recommendation: no agreement leaves planning without its cost-benefit
 * analysis and its environmental and fiscal clauses.
 */
public final class Lifecycle {

    /** What a guard found missing, as message keys the API turns into text. */
    public record Check(List<String> missing) {
        public boolean passed() {
            return missing.isEmpty();
        }
    }

    /** The facts of an agreement that guards look at. */
    public interface Facts {
        boolean hasCostBenefitAnalysis();

        boolean clauseFilled(ClauseKind kind);

        boolean hasInstrument(InstrumentKind kind, boolean signed);

        boolean hasValidFrom();
    }

    private Lifecycle() {
    }

    public static List<Action> allowedFrom(AgreementState state) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(state)).toList();
    }

    public static Check check(Action action, Facts facts, String evidenceReference) {
        List<String> missing = new ArrayList<>();
        switch (action) {
            case SIGN_LOI -> {
                if (!facts.hasInstrument(InstrumentKind.LOI, true)) {
                    missing.add("guard.signed-loi");
                }
            }
            case SUBMIT_TO_DPRD -> {
                if (!facts.hasCostBenefitAnalysis()) {
                    missing.add("guard.cost-benefit-analysis");
                }
                if (!facts.clauseFilled(ClauseKind.COST_BENEFIT_ANALYSIS)) {
                    missing.add("guard.clause.COST_BENEFIT_ANALYSIS");
                }
                if (!facts.clauseFilled(ClauseKind.ENVIRONMENTAL_PROTECTION)) {
                    missing.add("guard.clause.ENVIRONMENTAL_PROTECTION");
                }
                if (!facts.clauseFilled(ClauseKind.FISCAL_PROVISIONS)) {
                    missing.add("guard.clause.FISCAL_PROVISIONS");
                }
            }
            case DPRD_APPROVE -> {
                if (evidenceReference == null || evidenceReference.isBlank()) {
                    missing.add("guard.dprd-decision");
                }
            }
            case CENTRAL_APPROVE -> {
                if (evidenceReference == null || evidenceReference.isBlank()) {
                    missing.add("guard.central-approval");
                }
            }
            case ACTIVATE -> {
                if (!facts.hasInstrument(InstrumentKind.MOU, true) && !facts.hasInstrument(InstrumentKind.PKS, true)) {
                    missing.add("guard.signed-instrument");
                }
                if (!facts.hasValidFrom()) {
                    missing.add("guard.valid-from");
                }
            }
            default -> {
                // no guard beyond the state check
            }
        }
        return new Check(missing);
    }
}
