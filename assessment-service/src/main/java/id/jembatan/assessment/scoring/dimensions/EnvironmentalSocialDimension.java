package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.util.List;

/**
 * Environmental safeguards for sectors with physical impact: a clause in the agreement, or the
 * environmental approval (AMDAL or UKL-UPL) that PP 22/2021 requires for the activities.
 */
public final class EnvironmentalSocialDimension {
    private EnvironmentalSocialDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.ENVIRONMENTAL_SOCIAL, model);
        List<String> physical = agreement.sectors().stream().filter(model.physicalImpactSectors()::contains).toList();
        boolean clause = agreement.hasClause(ClauseKind.ENVIRONMENTAL_PROTECTION);
        boolean approval = !Values.isBlank(agreement.environmentalApprovalRef());
        result.metric("physicalImpactSectors", physical)
                .metric("environmentalClause", clause)
                .metric("environmentalApprovalRecorded", approval);
        if (physical.isEmpty()) {
            return result.build();
        }
        if (!clause && !approval) {
            result.add(Rule.ENVIRONMENT_SAFEGUARDS_MISSING, Values.evidence("physicalImpactSectors", physical,
                    "clause", ClauseStatus.of(agreement, ClauseKind.ENVIRONMENTAL_PROTECTION).name(),
                    "regulation", "PP 22/2021"));
        } else if (!approval && agreement.procedureState().isInForce()) {
            // A clause is a promise; once work can start, the approval is what shows it was kept.
            result.add(Rule.ENVIRONMENT_APPROVAL_NOT_RECORDED, Values.evidence("physicalImpactSectors", physical,
                    "state", agreement.state()));
        }
        return result.build();
    }
}
