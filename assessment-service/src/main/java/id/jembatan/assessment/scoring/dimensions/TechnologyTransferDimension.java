package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.CommitmentKind;
import id.jembatan.assessment.scoring.facts.Obligor;
import id.jembatan.assessment.scoring.facts.ProcedureState;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The article's second recommendation: investment should raise the skills of the local workforce, not
 * only bring infrastructure or factories. Without technology transfer the region risks being a passive
 * recipient.
 */
public final class TechnologyTransferDimension {
    /** Capital the region receives rather than gives. */
    private static final Set<CommitmentKind> CAPITAL = EnumSet.of(CommitmentKind.EQUITY, CommitmentKind.LOAN);

    private TechnologyTransferDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model, LocalDate asOf) {
        DimensionBuilder result = new DimensionBuilder(Dimension.TECHNOLOGY_TRANSFER, model);
        boolean transfer = agreement.hasClause(ClauseKind.TECHNOLOGY_TRANSFER);
        boolean training = agreement.hasClause(ClauseKind.LOCAL_WORKFORCE_TRAINING);
        int trained = agreement.outputs().peopleTrained();
        result.metric("technologyTransferClause", transfer)
                .metric("trainingClause", training)
                .metric("peopleTrained", trained);

        List<String> capitalSectors = agreement.sectors().stream().filter(model.capitalSectors()::contains).toList();
        long capitalCommitments = agreement.commitments().stream()
                .filter(c -> c.obligor() != Obligor.INDONESIAN_PARTY && CAPITAL.contains(c.kind())).count();
        BigDecimal realisedInvestment = agreement.outputs().investmentValueIdr();
        boolean capitalComesIn = !capitalSectors.isEmpty() || capitalCommitments > 0 || realisedInvestment.signum() > 0;
        if (!transfer && capitalComesIn) {
            result.add(Rule.TECHNOLOGY_PASSIVE_RECIPIENT, Values.evidence("capitalSectors", capitalSectors,
                    "capitalCommitments", capitalCommitments, "realisedInvestmentIdr", realisedInvestment));
        } else if (!transfer) {
            result.add(Rule.TECHNOLOGY_TRANSFER_CLAUSE_MISSING,
                    Values.evidence("clause", ClauseStatus.of(agreement, ClauseKind.TECHNOLOGY_TRANSFER).name()));
        }
        if (!training) {
            result.add(Rule.TECHNOLOGY_TRAINING_CLAUSE_MISSING,
                    Values.evidence("clause", ClauseStatus.of(agreement, ClauseKind.LOCAL_WORKFORCE_TRAINING).name()));
        }

        Integer target = agreement.trainingTarget();
        if (target == null) {
            if (training) {
                result.add(Rule.TECHNOLOGY_TRAINING_TARGET_MISSING, Values.evidence("peopleTrained", trained));
            }
            return result.build();
        }
        result.metric("trainingTarget", target);
        if (target > 0) {
            result.metric("trainingProgress", Values.round((double) trained / target, Values.RATIO_SCALE));
        }
        elapsedShare(agreement, asOf).ifPresent(elapsed -> {
            // Training is expected to progress evenly over the validity; rounding down gives the benefit of the doubt.
            int expected = (int) Math.floor(target * elapsed);
            // Nothing is due before the agreement enters into force, whatever dates its draft names (version 2).
            boolean due = !model.prices(Rule.TECHNOLOGY_TRAINING_NOT_DUE)
                    || agreement.procedureState().hasReached(ProcedureState.ACTIVE);
            if (!due) {
                if (trained < expected) {
                    result.add(Rule.TECHNOLOGY_TRAINING_NOT_DUE, Values.evidence("state", agreement.state(),
                            "trainingTarget", target, "peopleTrained", trained), agreement.state(), trained, target);
                }
                return;
            }
            result.metric("trainingExpectedByNow", expected);
            if (trained < expected) {
                result.add(Rule.TECHNOLOGY_TRAINING_BEHIND_TARGET, Values.evidence("trainingTarget", target,
                        "peopleTrained", trained, "expectedByNow", expected,
                        "elapsedShare", Values.round(elapsed, Values.RATIO_SCALE)), trained, expected);
            }
        });
        return result.build();
    }

    /** Share of the validity period passed at {@code asOf}, between 0 and 1; empty without both dates. */
    private static OptionalDouble elapsedShare(AgreementFacts agreement, LocalDate asOf) {
        LocalDate from = agreement.validFrom();
        LocalDate until = agreement.validUntil();
        if (from == null || until == null || !until.isAfter(from)) {
            return OptionalDouble.empty();
        }
        double share = (double) ChronoUnit.DAYS.between(from, asOf) / ChronoUnit.DAYS.between(from, until);
        return OptionalDouble.of(Math.max(0, Math.min(1, share)));
    }
}
