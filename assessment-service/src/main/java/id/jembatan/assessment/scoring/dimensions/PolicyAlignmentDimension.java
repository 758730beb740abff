package id.jembatan.assessment.scoring.dimensions;

import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.facts.Form;
import id.jembatan.assessment.scoring.facts.OrganisationFacts;
import id.jembatan.assessment.scoring.facts.PartnerFacts;
import id.jembatan.assessment.scoring.model.Copies;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.DimensionResult;
import id.jembatan.assessment.scoring.model.Rule;
import id.jembatan.assessment.scoring.model.ScoringModel;

import java.util.List;

/**
 * The article's fourth recommendation, integration with national policy, through the conditions PP 28/2018
 * sets for cooperation with foreign local governments: diplomatic relations with the partner's country, a
 * matter within the region's competence, consistency with national development plans, and equality of administrative
 * level.
 */
public final class PolicyAlignmentDimension {
    /** Role of an organisation that is itself the foreign party, not just a participant. */
    private static final String FOREIGN_PARTY = "FOREIGN_PARTY";
    private static final int REGENCY_OR_CITY = 2;

    private PolicyAlignmentDimension() {
    }

    public static DimensionResult evaluate(AgreementFacts agreement, ScoringModel model) {
        DimensionBuilder result = new DimensionBuilder(Dimension.POLICY_ALIGNMENT, model);
        PartnerFacts partner = agreement.partner();
        result.metric("diplomaticRelations", partner.diplomaticRelations());
        if (!partner.diplomaticRelations()) {
            result.add(Rule.POLICY_NO_DIPLOMATIC_RELATIONS, Values.evidence("countryCode", partner.countryCode(),
                    "countryName", partner.countryName() == null ? partner.countryCode() : partner.countryName()),
                    partner.countryCode());
        }
        List<String> outsidePriorities = agreement.sectors().stream()
                .filter(s -> !model.nationalPrioritySectors().contains(s)).toList();
        result.metric("sectorsOutsidePriorities", outsidePriorities);
        if (!outsidePriorities.isEmpty()) {
            result.add(Rule.POLICY_SECTOR_NOT_PRIORITY, Values.evidence("sectors", outsidePriorities),
                    String.join(", ", outsidePriorities));
        }
        List<String> central = agreement.sectors().stream().filter(model.centralAffairSectors()::contains).toList();
        if (!central.isEmpty()) {
            result.add(Rule.POLICY_CENTRAL_AFFAIR, Values.evidence("sectors", central, "regulation", "UU 23/2014"),
                    String.join(", ", central));
        }
        if (agreement.region().level() >= REGENCY_OR_CITY) {
            List<String> provincial = agreement.sectors().stream()
                    .filter(model.provincialCompetenceSectors()::contains).toList();
            if (!provincial.isEmpty()) {
                result.add(Rule.POLICY_NOT_REGENCY_COMPETENCE, Values.evidence("sectors", provincial,
                        "regionLevel", agreement.region().level(), "regulation", "UU 23/2014"),
                        String.join(", ", provincial));
            }
        }
        Integer foreignLevel = agreement.foreignRegionLevel();
        if (agreement.form() == Form.KSDPL && foreignLevel != null && foreignLevel != agreement.region().level()
                && model.prices(Rule.POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL)) {
            // equality of administrative status or of area is a partner criterion; the area is not known here, so an
            // unequal level is a finding to explain, not a refusal
            result.add(Rule.POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL, Values.evidence("regionLevel", agreement.region().level(),
                    "foreignRegionLevel", foreignLevel, "regulation", "PP 28/2018, Permendagri 25/2020"),
                    agreement.region().level(), foreignLevel);
        }
        List<String> organisationParties = Copies.sortedList(agreement.organisations().stream()
                .filter(o -> FOREIGN_PARTY.equals(o.role())).map(OrganisationFacts::name).toList());
        if (agreement.form() == Form.KSDPL && !organisationParties.isEmpty()) {
            result.add(Rule.POLICY_FORM_MISMATCH, Values.evidence("form", agreement.form().name(),
                    "foreignPartyOrganisations", organisationParties));
        }
        return result.build();
    }
}
