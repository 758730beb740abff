package id.jembatan.assessment.scoring.dimensions;

import static id.jembatan.assessment.scoring.Checks.assertNoFindings;
import static id.jembatan.assessment.scoring.Checks.assertRules;
import static id.jembatan.assessment.scoring.Checks.assertScore;
import static id.jembatan.assessment.scoring.Checks.finding;
import static id.jembatan.assessment.scoring.Fixtures.MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.jembatan.assessment.scoring.Fixtures;
import id.jembatan.assessment.scoring.facts.Form;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.facts.RegionFacts;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Finding;
import id.jembatan.assessment.scoring.model.Level;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.assessment.scoring.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyAlignmentDimensionTest {

    private static DimensionResult evaluate(Fixtures.Builder agreement) {
        return PolicyAlignmentDimension.evaluate(agreement.build(), MODEL);
    }

    @Test
    void alignedAgreement() {
        assertNoFindings(evaluate(Fixtures.clean()));
    }

    @Test
    void noDiplomaticRelationsIsCritical() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.partner = new PartnerFacts("XX", "Testland", false, Set.of());
        DimensionResult result = evaluate(agreement);
        assertRules(result, "POLICY.NO_DIPLOMATIC_RELATIONS");
        assertEquals(Severity.CRITICAL, result.findings().get(0).severity());
        assertScore(100, Level.CRITICAL, result);
    }

    @Test
    void anUnequalAdministrativeLevelIsAFindingThatInforms() {
        Fixtures.Builder regencyWithProvince = Fixtures.clean();
        regencyWithProvince.foreignRegionLevel = 1;
        DimensionResult result = PolicyAlignmentDimension.evaluate(regencyWithProvince.build(), ScoringModel.version2());
        assertRules(result, "POLICY.UNEQUAL_ADMINISTRATIVE_LEVEL");
        Finding unequal = result.findings().get(0);
        assertEquals(Severity.INFO, unequal.severity());
        assertEquals(2, unequal.evidence().get("regionLevel"));
        assertEquals(1, unequal.evidence().get("foreignRegionLevel"));
        assertScore(0, Level.LOW, result);

        Fixtures.Builder provinceWithCity = Fixtures.clean();
        provinceWithCity.region = new RegionFacts("33", "Jawa Tengah", 1, "33", Map.of(), false);
        provinceWithCity.foreignRegionLevel = 2;
        assertRules(PolicyAlignmentDimension.evaluate(provinceWithCity.build(), ScoringModel.version2()),
                "POLICY.UNEQUAL_ADMINISTRATIVE_LEVEL");
    }

    @Test
    void equalLevelsAnUnknownLevelAnOrganisationOrAModelWithoutTheRuleFindNothing() {
        Fixtures.Builder cityWithCity = Fixtures.clean();
        cityWithCity.foreignRegionLevel = 2;
        assertNoFindings(PolicyAlignmentDimension.evaluate(cityWithCity.build(), ScoringModel.version2()));
        assertNoFindings(PolicyAlignmentDimension.evaluate(Fixtures.clean().build(), ScoringModel.version2()));
        Fixtures.Builder organisation = Fixtures.clean();
        organisation.form = Form.KSDLL;
        organisation.foreignRegionLevel = 1;
        assertNoFindings(PolicyAlignmentDimension.evaluate(organisation.build(), ScoringModel.version2()));
        Fixtures.Builder regencyWithProvince = Fixtures.clean();
        regencyWithProvince.foreignRegionLevel = 1;
        // version 1 was published before the rule and does not judge it
        assertNoFindings(evaluate(regencyWithProvince));
    }

    @Test
    void sectorsOutsideNationalPriorities() {
        DimensionResult result = evaluate(Fixtures.clean().sectors("CULTURE", "TOURISM", "GOVERNANCE"));
        assertRules(result, "POLICY.SECTOR_NOT_PRIORITY");
        assertEquals(List.of("CULTURE", "GOVERNANCE"),
                finding(result, "POLICY.SECTOR_NOT_PRIORITY").evidence().get("sectors"));
        assertScore(15, Level.LOW, result);
    }

    @Test
    void energyIsNotARegencyCompetence() {
        Fixtures.Builder regency = Fixtures.clean().sectors("ENERGY");
        DimensionResult result = evaluate(regency);
        assertRules(result, "POLICY.NOT_REGENCY_COMPETENCE");
        assertScore(50, Level.HIGH, result);

        Fixtures.Builder province = Fixtures.clean().sectors("ENERGY");
        province.region = new RegionFacts("33", "Provinsi Jawa Tengah", 1, "33", Map.of(), false);
        assertNoFindings(evaluate(province));
    }

    @Test
    void absoluteCentralAffairsAreForNoRegion() {
        Fixtures.Builder province = Fixtures.clean().sectors("DEFENCE");
        province.region = new RegionFacts("33", "Provinsi Jawa Tengah", 1, "33", Map.of(), false);
        DimensionResult result = evaluate(province);
        // DEFENCE is no national priority of regional cooperation either: 1 - (1 - 0.8)(1 - 0.15) = 0.83
        assertRules(result, "POLICY.CENTRAL_AFFAIR", "POLICY.SECTOR_NOT_PRIORITY");
        assertScore(83, Level.CRITICAL, result);
    }

    @Test
    void localGovernmentFormWithAnOrganisationAsParty() {
        Fixtures.Builder agreement = Fixtures.clean();
        agreement.organisations.add(new OrganisationFacts("Zhejiang Trade Co", "CN", "FOREIGN_PARTY", false,
                Set.of("TRADE_EXPORT")));
        DimensionResult result = evaluate(agreement);
        assertRules(result, "POLICY.FORM_MISMATCH");
        assertEquals(List.of("Zhejiang Trade Co"),
                finding(result, "POLICY.FORM_MISMATCH").evidence().get("foreignPartyOrganisations"));
        assertScore(40, Level.MODERATE, result);

        agreement.form = Form.KSDLL;
        assertNoFindings(evaluate(agreement));
    }
}
