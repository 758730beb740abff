package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A criterion for a foreign partner (PP 28/2018, Permendagri 25/2020) that the registry checks itself. The others
 * (a matter of regional government, no interference in domestic affairs, complementarity, consistency with plans)
 * need judgement and are not decided here; equality of administrative level is an assessment finding.
 */
@Schema(description = "A partner criterion the registry checks: DIPLOMATIC_RELATIONS, the partner's country has diplomatic "
        + "relations with Indonesia (the deployment lists the countries without)")
public enum PartnerCriterion {
    DIPLOMATIC_RELATIONS;

    /** Message key of the criterion's name, in the service's bundles. */
    public String nameKey() {
        return "partner-criterion." + name();
    }

    /** Message key of the criterion's legal basis, in the service's bundles. */
    public String legalBasisKey() {
        return "legal-basis.partner-criterion." + name();
    }
}
