package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.ClauseKind;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.model.Copies;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.util.List;
import java.util.Set;

/**
 * The article's digital-sovereignty risk: dependence on a foreign digital ecosystem for data, regulation
 * and local competition. Applies only to agreements in digital sectors.
 */
public final class DigitalSovereigntyDimension {
    private static final String TECHNOLOGY_PARTNER = "TECHNOLOGY_PARTNER";

    private DigitalSovereigntyDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.DIGITAL_SOVEREIGNTY, model);
        Set<String> digital = model.digitalSectors();
        List<String> sectors = agreement.sectors().stream().filter(digital::contains).toList();
        result.metric("digitalSectors", sectors);
        if (sectors.isEmpty()) {
            return result.build();
        }
        ClauseStatus dataClause = ClauseStatus.of(agreement, ClauseKind.DATA_PROTECTION_LOCALISATION);
        result.metric("dataProtectionClause", dataClause.name());
        if (dataClause != ClauseStatus.PRESENT) {
            result.add(Rule.DIGITAL_DATA_CLAUSE_MISSING, Values.evidence("digitalSectors", sectors,
                    "clause", dataClause.name(), "regulations", List.of("PP 71/2019", "UU 27/2022")));
        }
        // A foreign organisation is a technology partner by its role, or by working in a digital sector itself.
        List<OrganisationFacts> foreign = agreement.organisations().stream()
                .filter(o -> !o.countryCode().equals(Indonesia.COUNTRY_CODE))
                .filter(o -> TECHNOLOGY_PARTNER.equals(o.role()) || o.sectors().stream().anyMatch(digital::contains))
                .toList();
        addPartners(result, Rule.DIGITAL_FOREIGN_TECHNOLOGY_PARTNER,
                foreign.stream().filter(o -> !o.stateControlled()).toList());
        addPartners(result, Rule.DIGITAL_STATE_CONTROLLED_TECHNOLOGY_PARTNER,
                foreign.stream().filter(OrganisationFacts::stateControlled).toList());
        return result.build();
    }

    private static void addPartners(DimensionBuilder result, Rule rule, List<OrganisationFacts> partners) {
        if (partners.isEmpty()) {
            return;
        }
        List<String> names = Copies.sortedList(partners.stream().map(OrganisationFacts::name).toList());
        List<String> countries = Copies.sortedList(
                partners.stream().map(OrganisationFacts::countryCode).distinct().toList());
        result.add(rule, Values.evidence("organisations", names, "countries", countries), String.join(", ", names));
    }
}
