package id.jembatan.agreements.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle rules, free of persistence and HTTP: which actions a state allows and what each guard needs. Each
 * guard checks the evidence of one {@link Stage}, whose legal basis the refusal cites. The guards carry the article's
 * first recommendation too: no agreement leaves planning without its cost-benefit analysis and its environmental and
 * fiscal clauses.
 */
public final class Lifecycle {

    /** The stage whose evidence each guarded action checks. */
    private static final Map<Action, Stage> EVIDENCE_OF = new EnumMap<>(Map.of(
            Action.SIGN_LOI, Stage.LETTER_OF_INTENT,
            Action.SUBMIT_TO_DPRD, Stage.COOPERATION_PLAN,
            Action.DPRD_APPROVE, Stage.DPRD_APPROVAL,
            Action.VERIFY, Stage.VERIFICATION,
            Action.SUBMIT_DRAFT, Stage.DRAFTING,
            Action.CONCLUDE_NEGOTIATION, Stage.NEGOTIATION,
            Action.CENTRAL_APPROVE, Stage.MINISTER_APPROVAL,
            Action.SIGN, Stage.SIGNING,
            Action.ACTIVATE, Stage.IMPLEMENTATION));

    /**
     * What a guard found missing, as message keys the API turns into text, and the stage whose evidence it is
     * (empty for an action without a guard).
     */
    public record Check(List<String> missing, Optional<Stage> stage) {
        public boolean passed() {
            return missing.isEmpty();
        }
    }

    /** The facts of an agreement that guards look at. */
    public interface Facts {
        boolean hasCostBenefitAnalysis();

        boolean clauseFilled(ClauseKind kind);

        /** @param signed whether only a signed instrument counts; otherwise a draft counts too */
        boolean hasInstrument(InstrumentKind kind, boolean signed);

        boolean hasValidFrom();
    }

    private Lifecycle() {
    }

    public static List<Action> allowedFrom(AgreementState state) {
        return Arrays.stream(Action.values()).filter(a -> a.allowedFrom(state)).toList();
    }

    /** @param evidenceReference the reference the action brings (a decision's number, a letter's number) */
    public static Check check(Action action, Facts facts, String evidenceReference) {
        List<String> missing = new ArrayList<>();
        boolean referenced = evidenceReference != null && !evidenceReference.isBlank();
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
                for (ClauseKind kind : List.of(ClauseKind.COST_BENEFIT_ANALYSIS, ClauseKind.ENVIRONMENTAL_PROTECTION,
                        ClauseKind.FISCAL_PROVISIONS)) {
                    if (!facts.clauseFilled(kind)) {
                        missing.add("guard.clause." + kind.name());
                    }
                }
            }
            case DPRD_APPROVE -> requireReference(referenced, "guard.dprd-decision", missing);
            case VERIFY -> requireReference(referenced, "guard.verification", missing);
            case SUBMIT_DRAFT -> {
                if (!facts.hasInstrument(InstrumentKind.MOU, false) && !facts.hasInstrument(InstrumentKind.PKS, false)) {
                    missing.add("guard.draft-text");
                }
            }
            case CONCLUDE_NEGOTIATION -> requireReference(referenced, "guard.negotiation-outcome", missing);
            case CENTRAL_APPROVE -> requireReference(referenced, "guard.central-approval", missing);
            case SIGN -> {
                requireReference(referenced, "guard.full-powers", missing);
                if (!facts.hasInstrument(InstrumentKind.MOU, true) && !facts.hasInstrument(InstrumentKind.PKS, true)) {
                    missing.add("guard.signed-instrument");
                }
            }
            case ACTIVATE -> {
                requireReference(referenced, "guard.kemlu-deposit", missing);
                if (!facts.hasValidFrom()) {
                    missing.add("guard.valid-from");
                }
            }
            default -> {
                // no guard beyond the state check
            }
        }
        return new Check(missing, Optional.ofNullable(EVIDENCE_OF.get(action)));
    }

    /**
     * The partner criterion that stops an action: one the agreement does not meet and no ministry reviewer has made
     * an exception to, for an action that moves the agreement past exploration.
     */
    public static Optional<PartnerCriterion> blockingCriterion(Action action, List<PartnerCriterion> unmet,
                                                               Collection<PartnerCriterion> excepted) {
        if (!action.advancesPastExploration()) {
            return Optional.empty();
        }
        return unmet.stream().filter(c -> !excepted.contains(c)).findFirst();
    }

    private static void requireReference(boolean referenced, String key, List<String> missing) {
        if (!referenced) {
            missing.add(key);
        }
    }
}
