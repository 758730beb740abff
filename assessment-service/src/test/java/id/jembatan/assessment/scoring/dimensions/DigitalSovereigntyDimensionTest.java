package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.Severity;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigitalSovereigntyDimensionTest {

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return DigitalSovereigntyDimension.evaluate(agreement.build(), MODEL);
    }

    @Test
    void serangHangzhouWithoutDataClause() {
        DimensionResult result = evaluate(Fixtures.serangHangzhouLoi());
        assertEquals(List.of("ARTIFICIAL_INTELLIGENCE", "E_COMMERCE"), result.metrics().get("digitalSectors"));
        assertRules(result, "DIGITAL.DATA_CLAUSE_MISSING", "DIGITAL.FOREIGN_TECHNOLOGY_PARTNER");
        Finding data = finding(result, "DIGITAL.DATA_CLAUSE_MISSING");
        assertEquals(List.of("PP 71/2019", "UU 27/2022"), data.evidence().get("regulations"));
        assertEquals(Severity.CRITICAL, data.severity());
        assertTrue(data.title().id().contains("PP 71/2019"));
        Finding partners = finding(result, "DIGITAL.FOREIGN_TECHNOLOGY_PARTNER");
        assertEquals(List.of("Alibaba Group", "DeepSeek"), partners.evidence().get("organisations"));
        assertEquals(List.of("CN"), partners.evidence().get("countries"));
        assertEquals("Foreign technology partners in a digital cooperation: Alibaba Group, DeepSeek",
                partners.title().en());
        // 1 - (1 - 0.6)(1 - 0.2) = 0.68
        assertScore(68, Level.HIGH, result);
    }

    @Test
    void dataClausePresentRemovesTheDataFinding() {
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi().clause(ClauseKind.DATA_PROTECTION_LOCALISATION, true);
        DimensionResult result = evaluate(agreement);
        assertRules(result, "DIGITAL.FOREIGN_TECHNOLOGY_PARTNER");
        assertScore(20, Level.LOW, result);
    }

    @Test
    void explainedAbsenceOfTheDataClauseIsStillMissing() {
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi()
                .clauseAbsent(ClauseKind.DATA_PROTECTION_LOCALISATION, "to be negotiated");
        assertEquals("ABSENT_EXPLAINED",
                finding(evaluate(agreement), "DIGITAL.DATA_CLAUSE_MISSING").evidence().get("clause"));
    }

    @Test
    void stateControlledPartnersWeighMore() {
        // 1 - (1 - 0.6)(1 - 0.2)(1 - 0.4) = 1 - 0.192 = 0.808
        Fixtures.Builder agreement = Fixtures.serangHangzhouLoi();
        agreement.organisations.add(new OrganisationFacts("State Cloud Co", "CN", "PARTICIPANT", true,
                Set.of("DIGITAL_INFRASTRUCTURE")));
        agreement.organisations.add(new OrganisationFacts("Telkom Indonesia", "ID", "TECHNOLOGY_PARTNER", true,
                Set.of("DIGITAL_INFRASTRUCTURE")));
        agreement.organisations.add(new OrganisationFacts("Hangzhou Tourism Board", "CN", "PARTICIPANT", true,
                Set.of("TOURISM")));
        DimensionResult result = evaluate(agreement);
        assertEquals(List.of("State Cloud Co"),
                finding(result, "DIGITAL.STATE_CONTROLLED_TECHNOLOGY_PARTNER").evidence().get("organisations"));
        assertScore(81, Level.CRITICAL, result);
    }

    @Test
    void nonDigitalAgreementIsOutOfScope() {
        Fixtures.Builder agreement = Fixtures.clean().sectors("TOURISM", "CREATIVE_ECONOMY", "HUMAN_RESOURCES");
        agreement.organisations.add(new OrganisationFacts("Alibaba Group", "CN", "TECHNOLOGY_PARTNER", false,
                Set.of("E_COMMERCE")));
        DimensionResult result = evaluate(agreement);
        assertNoFindings(result);
        assertEquals(List.of(), result.metrics().get("digitalSectors"));
    }
}
