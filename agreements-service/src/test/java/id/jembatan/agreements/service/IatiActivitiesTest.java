package id.jembatan.agreements.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.domain.AgreementState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IatiActivitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Instant GENERATED = Instant.parse("2026-12-03T10:00:00Z");

    /** Built from JSON, as the public registry shows it, so the test reads like the API's documents. */
    private static PublicAgreementView agreement(Map<String, Object> changes) {
        Map<String, Object> view = new HashMap<>(Map.of(
                "id", "6f1c1c9e-2d0a-4d55-9a57-1f3f1f3c0a01",
                "reference", "KSDPL/36.73/2025/001",
                "title", "Letter of Intent Kota Serang – Hangzhou",
                "form", "KSDPL", "type", "SISTER_CITY", "state", "LOI_SIGNED",
                "indonesianParty", Map.of("code", "36.73", "name", "Kota Serang", "country", "ID"),
                "foreignParty", Map.of("code", "GB_T_2260:330100", "name", "Hangzhou", "country", "CN"),
                "partnerCountry", "CN",
                "participants", List.of("Alibaba Group Holding Limited (TECHNOLOGY_PARTNER)")));
        view.put("sectors", List.of("E_COMMERCE", "ARTIFICIAL_INTELLIGENCE", "TOURISM"));
        view.put("validFrom", "2026-01-01");
        view.put("validUntil", "2030-12-31");
        view.put("signedOn", "2025-09-05");
        view.put("commitments", List.of(
                Map.of("obligor", "INDONESIAN_PARTY", "kind", "BUDGET_ALLOCATION", "amount", 1_000_000_000, "currency", "IDR"),
                Map.of("obligor", "FOREIGN_PARTY", "kind", "GRANT", "amount", 250_000, "currency", "CNY")));
        view.putAll(changes);
        return JSON.convertValue(view, PublicAgreementView.class);
    }

    @Test
    void anAgreementIsAnActivityThatKeepsTheRules() throws Exception {
        String xml = IatiActivities.write(List.of(agreement(Map.of())), GENERATED);
        assertEquals(List.of(), IatiRules.breaches(xml));
        assertTrue(xml.contains("<iati-identifier>ID-KEMENDAGRI-36.73-6f1c1c9e-2d0a-4d55-9a57-1f3f1f3c0a01</iati-identifier>"));
        assertTrue(xml.contains("<reporting-org ref=\"ID-KEMENDAGRI-36.73\" type=\"11\"><narrative>Kota Serang</narrative>"));
        assertTrue(xml.contains("<participating-org role=\"4\" type=\"11\"><narrative>Hangzhou</narrative>"), xml);
        assertTrue(xml.contains("<sector vocabulary=\"1\" code=\"22040\" percentage=\"50\""), xml);
        assertTrue(xml.contains("<sector vocabulary=\"1\" code=\"33210\" percentage=\"50\""), "a DAC code appears once");
        assertTrue(xml.contains("<transaction-type code=\"2\"/>"), "the region's own commitment is outgoing");
        assertTrue(xml.contains("<transaction-type code=\"11\"/>"), "the partner's grant is incoming");
        assertTrue(xml.contains("<value currency=\"CNY\" value-date=\"2025-09-05\">250000</value>"), xml);
        assertTrue(xml.contains("<activity-status code=\"1\"/>"), "an LoI is in the pipeline");
        assertTrue(xml.contains("<activity-scope code=\"7\"/>"), "a city is a second-level area");
        assertTrue(xml.contains("version=\"2.03\""));
    }

    @Test
    void everyStateAndMixOfFieldsKeepsTheRules() throws Exception {
        for (AgreementState state : AgreementState.values()) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("state", state.name());
            changes.put("sectors", List.of("HEALTH", "ENERGY", "CULTURE", "GOVERNANCE", "TRANSPORT", "AGRICULTURE"));
            changes.put("indonesianParty", Map.of("code", "33", "name", "Provinsi Jawa Tengah", "country", "ID"));
            changes.put("form", "KSDLL");
            changes.put("signedOn", null);
            changes.put("reference", null);
            changes.put("summary", "A <summary> & \"quotes\" that must be escaped");
            String xml = IatiActivities.write(List.of(agreement(changes)), GENERATED);
            assertEquals(List.of(), IatiRules.breaches(xml), state + "\n" + xml);
        }
    }

    @Test
    void anAgreementWithoutAnyDateIsLeftOutAndOneDatedOnlyByItsLoiStartsThen() throws Exception {
        Map<String, Object> undated = new HashMap<>();
        undated.put("validFrom", null);
        undated.put("validUntil", null);
        undated.put("signedOn", null);
        undated.put("sectors", List.of());
        undated.put("commitments", List.of());
        String none = IatiActivities.write(List.of(agreement(undated)), GENERATED);
        assertFalse(none.contains("<iati-activity"), none);

        Map<String, Object> loiOnly = new HashMap<>(undated);
        loiOnly.put("instruments", List.of(Map.of("kind", "LOI", "signedOn", "2025-09-05")));
        String xml = IatiActivities.write(List.of(agreement(loiOnly)), GENERATED);
        assertEquals(List.of(), IatiRules.breaches(xml));
        assertTrue(xml.contains("<activity-date type=\"1\" iso-date=\"2025-09-05\""), xml);
    }

    @Test
    void statesMapToTheActivityStatusCodeList() {
        assertEquals("1", IatiActivities.activityStatus(AgreementState.CENTRAL_REVIEW));
        assertEquals("2", IatiActivities.activityStatus(AgreementState.ACTIVE));
        assertEquals("2", IatiActivities.activityStatus(AgreementState.UNDER_EVALUATION));
        assertEquals("4", IatiActivities.activityStatus(AgreementState.EXPIRED));
        assertEquals("5", IatiActivities.activityStatus(AgreementState.WITHDRAWN));
    }

    @Test
    void sectorPercentagesAlwaysAddUpToAHundred() {
        for (int n = 1; n <= 19; n++) {
            List<BigDecimal> shares = IatiActivities.sectorPercentages(n);
            assertEquals(n, shares.size());
            assertEquals(0, shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)));
            assertFalse(shares.stream().anyMatch(s -> s.signum() <= 0));
        }
    }

    @Test
    void theRulesCatchAnActivityOutOfOrder() throws Exception {
        String broken = IatiActivities.write(List.of(agreement(Map.of())), GENERATED)
                .replaceFirst("(<title>.*?</title>)(.*?)(<reporting-org .*?</reporting-org>)", "$1$2$3");
        String swapped = broken.replace("<iati-identifier>", "<activity-status code=\"9\"/><iati-identifier>");
        List<String> breaches = IatiRules.breaches(swapped);
        assertTrue(breaches.stream().anyMatch(b -> b.contains("out of the schema's order")), breaches.toString());
        assertTrue(breaches.stream().anyMatch(b -> b.contains("activity-status")), breaches.toString());
    }
}
