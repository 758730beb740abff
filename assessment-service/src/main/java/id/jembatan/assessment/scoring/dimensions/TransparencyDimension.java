package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.Instrument;
import id.jembatan.assessment.scoring.facts.ProcedureState;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.util.List;

/**
 * The article's first recommendation: every cooperation document comes with a cost-benefit analysis and
 * environmental and fiscal clauses, is public, and has its approvals on record.
 */
public final class TransparencyDimension {
    private TransparencyDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.TRANSPARENCY, model);
        ClauseStatus cbaClause = ClauseStatus.of(agreement, ClauseKind.COST_BENEFIT_ANALYSIS);
        boolean analysisProvided = agreement.costBenefit() != null;
        ClauseStatus environmentalClause = ClauseStatus.of(agreement, ClauseKind.ENVIRONMENTAL_PROTECTION);
        ClauseStatus fiscalClause = ClauseStatus.of(agreement, ClauseKind.FISCAL_PROVISIONS);
        List<String> confidential = agreement.instruments().stream().filter(i -> !i.documentPublic())
                .map(Instrument::kind).sorted().toList();
        result.metric("costBenefitClause", cbaClause.name())
                .metric("costBenefitAnalysisProvided", analysisProvided)
                .metric("environmentalClause", environmentalClause.name())
                .metric("fiscalClause", fiscalClause.name())
                .metric("documents", agreement.instruments().size())
                .metric("publicDocuments", agreement.instruments().size() - confidential.size());

        // A clause saying "there is a CBA" without the figures is as opaque as no CBA at all.
        if (cbaClause != ClauseStatus.PRESENT || !analysisProvided) {
            result.add(Rule.TRANSPARENCY_CBA_MISSING, Values.evidence("clause", cbaClause.name(),
                    "analysisProvided", analysisProvided, "state", agreement.state()));
        }
        if (environmentalClause == ClauseStatus.NOT_FILLED) {
            result.add(Rule.TRANSPARENCY_ENVIRONMENTAL_CLAUSE_NOT_FILLED,
                    Values.evidence("clause", environmentalClause.name()));
        }
        if (fiscalClause == ClauseStatus.NOT_FILLED) {
            result.add(Rule.TRANSPARENCY_FISCAL_CLAUSE_NOT_FILLED, Values.evidence("clause", fiscalClause.name()));
        }
        if (!confidential.isEmpty()) {
            result.add(Rule.TRANSPARENCY_DOCUMENTS_NOT_PUBLIC, Values.evidence(
                    "confidentialInstruments", confidential, "documents", agreement.instruments().size()));
        }
        if (agreement.instruments().isEmpty() && agreement.procedureState().hasReached(ProcedureState.LOI_SIGNED)) {
            result.add(Rule.TRANSPARENCY_NO_INSTRUMENT_RECORDED, Values.evidence("state", agreement.state()));
        }
        if (agreement.procedureState().hasReached(ProcedureState.DPRD_APPROVED)
                && Values.isBlank(agreement.approvals().dprdDecisionRef())) {
            result.add(Rule.TRANSPARENCY_DPRD_APPROVAL_NOT_RECORDED, Values.evidence("state", agreement.state()));
        }
        if (agreement.procedureState().hasReached(ProcedureState.APPROVED)
                && Values.isBlank(agreement.approvals().centralApprovalRef())) {
            result.add(Rule.TRANSPARENCY_CENTRAL_APPROVAL_NOT_RECORDED, Values.evidence("state", agreement.state()));
        }
        return result.build();
    }
}
