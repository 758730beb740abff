package id.jembatan.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.assessment.api.AssessmentView;
import id.jembatan.assessment.api.PublicAssessmentView;
import id.jembatan.assessment.scoring.model.Dimension;
import id.jembatan.assessment.scoring.model.Rule;

/**
 * What of a stored assessment the public may see. Partner concentration is judged over the whole registry, so its
 * findings, recommendations and figures (and any metric or evidence, which may hold such figures) would tell of
 * confidential agreements; they are left out, but for the regulations a finding cites. Scores and levels stay: they
 * are the judgement itself.
 */
final class PublicDisclosure {

    private static final String CONCENTRATION = Dimension.PARTNER_CONCENTRATION.name();
    /** The evidence member in which a rule names the regulations it applies (scoring's dimensions). */
    private static final String LEGAL_BASIS = "regulations";

    private PublicDisclosure() {
    }

    static PublicAssessmentView of(AssessmentView assessment) {
        return new PublicAssessmentView(assessment.id(), assessment.agreementId(), assessment.agreementVersion(),
                assessment.modelVersion(), assessment.asOf(), assessment.inputsHash(), assessment.stale(),
                assessment.staleSince(), assessment.createdAt(), redact(assessment.result()));
    }

    static JsonNode redact(JsonNode result) {
        ObjectNode copy = result.deepCopy();
        for (JsonNode dimension : copy.path("dimensions")) {
            ObjectNode node = (ObjectNode) dimension;
            node.remove("metrics");
            if (CONCENTRATION.equals(node.path("dimension").asText())) {
                node.putArray("findings");
                node.putArray("recommendations");
            }
            node.path("findings").forEach(PublicDisclosure::keepLegalBasisOnly);
        }
        ArrayNode recommendations = copy.arrayNode();
        for (JsonNode recommendation : result.path("recommendations")) {
            if (Rule.dimensionOf(recommendation.path("rule").asText()).filter(Dimension.PARTNER_CONCENTRATION::equals).isEmpty()) {
                recommendations.add(recommendation);
            }
        }
        copy.set("recommendations", recommendations);
        return copy;
    }

    /** The regulations a finding cites are law, not figures: they stay; every other piece of evidence goes. */
    private static void keepLegalBasisOnly(JsonNode finding) {
        ObjectNode node = (ObjectNode) finding;
        JsonNode regulations = node.path("evidence").get(LEGAL_BASIS);
        node.remove("evidence");
        if (regulations != null) {
            node.putObject("evidence").set(LEGAL_BASIS, regulations);
        }
    }
}
