package id.jembatan.agreements;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.client.ApiAction;
import id.jembatan.client.ETags;
import id.jembatan.client.JembatanProblemException;
import id.jembatan.client.agreements.AgreementsClient;
import id.jembatan.client.agreements.ApiClient;
import id.jembatan.client.agreements.ApiException;
import id.jembatan.client.agreements.api.AgreementsApi;
import id.jembatan.client.agreements.api.ChangesApi;
import id.jembatan.client.agreements.api.LifecycleApi;
import id.jembatan.client.agreements.api.PublicApi;
import id.jembatan.client.agreements.model.ActivityInput;
import id.jembatan.client.agreements.model.Agreement;
import id.jembatan.client.agreements.model.AgreementInput;
import id.jembatan.client.agreements.model.LegacyRegistration;
import id.jembatan.client.agreements.model.LegacyReviewDecision;
import id.jembatan.client.agreements.model.LegacyReviewRequest;
import id.jembatan.client.agreements.model.PartnerCriteriaExceptionRequest;
import id.jembatan.client.agreements.model.PartnerCriterion;
import id.jembatan.client.agreements.model.TransitionRequest;
import id.jembatan.client.testing.ContractConformance;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of agreements-service called through the generated Java SDK, once on a success path and once on
 * an error path, each answer (status, documented headers, body) held against the committed contract.
 */
@QuarkusTest
class ConformanceTest {

    private static final ContractConformance CONTRACT = ContractConformance.of(Path.of("openapi/agreements-service.json"));

    /** The Serang–Hangzhou agreement of Fixtures, complete enough for every guard up to ACTIVE. */
    private static final String SERANG_HANGZHOU = """
            {"title": "Letter of Intent Kota Serang – Hangzhou (conformance)", "form": "KSDPL", "type": "SISTER_CITY",
             "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"},
             "participants": [{"organisation": "alibaba", "role": "TECHNOLOGY_PARTNER"}],
             "sectors": ["E_COMMERCE", "ARTIFICIAL_INTELLIGENCE"], "validFrom": "2023-01-01", "validUntil": "2030-12-31",
             "instruments": [{"kind": "LOI", "signedOn": "2022-09-05"}, {"kind": "MOU", "signedOn": "2023-01-01"}],
             "clauses": {"COST_BENEFIT_ANALYSIS": {"present": true, "location": "Annex 1"},
                         "ENVIRONMENTAL_PROTECTION": {"present": false, "note": "No physical works"},
                         "FISCAL_PROVISIONS": {"present": true, "location": "Article 8"}},
             "costBenefit": {"currency": "IDR", "discountRate": 0.08, "horizonYears": 5,
                             "costs": [{"year": 0, "payer": "REGION", "amount": 1000000000}],
                             "benefits": [{"year": 1, "kind": "EXPORTS", "amount": 400000000}]},
             "commitments": [{"obligor": "INDONESIAN_PARTY", "kind": "BUDGET_ALLOCATION", "amount": 1000000000, "currency": "IDR"}],
             "internalNotes": "not for the public"}""";

    @TestHTTPResource("/")
    URI service;

    private ObjectMapper json;

    private ApiClient client(Supplier<String> token) {
        return AgreementsClient.create(service, token).setHttpClientBuilder(CONTRACT.httpClientBuilder());
    }

    @BeforeEach
    void mapper() {
        json = client(() -> null).getObjectMapper();
    }

    private <T> T model(String body, Class<T> type) throws IOException {
        return json.readValue(body, type);
    }

    private static JembatanProblemException problem(int status, String type, ApiAction<ApiException> call) {
        JembatanProblemException problem = assertThrows(JembatanProblemException.class, () -> AgreementsClient.run(call));
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(type, problem.type());
        return problem;
    }

    /** An officer asking for another region's (or no) agreement is refused with 403; an admin learns it is not there. */
    private AgreementsApi administrator() {
        return new AgreementsApi(client(Fixtures::admin));
    }

    private LifecycleApi administration() {
        return new LifecycleApi(client(Fixtures::admin));
    }

    private static TransitionRequest action(String action) {
        return new TransitionRequest().action(id.jembatan.client.agreements.model.Action.fromValue(action));
    }

    @Test
    void registryAndLifecycle() throws Exception {
        AgreementsApi officer = new AgreementsApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        LifecycleApi lifecycle = new LifecycleApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        AgreementInput input = model(SERANG_HANGZHOU, AgreementInput.class);

        var created = officer.createAgreementWithHttpInfo(input, UUID.randomUUID().toString(), null);
        assertEquals(201, created.getStatusCode());
        String id = created.getData().getId().toString();
        AgreementsApi viewer = new AgreementsApi(client(Fixtures::viewer));
        problem(403, "urn:jembatan:problem:forbidden", () -> viewer.createAgreement(input, null, null));

        assertEquals(id, officer.getAgreement(id, null).getId().toString());
        problem(404, "urn:jembatan:problem:agreement-not-found", () -> administrator().getAgreement(UUID.randomUUID().toString(), null));

        input.setSummary("Updated for the conformance test");
        String etag = ETags.ifMatch(created.getHeaders());
        var updated = officer.updateAgreementWithHttpInfo(id, etag, input, null);
        assertEquals("Updated for the conformance test", updated.getData().getSummary());
        problem(412, "urn:jembatan:problem:precondition-failed", () -> officer.updateAgreement(id, etag, input, null));

        String current = ETags.ifMatch(updated.getHeaders());
        JembatanProblemException notAllowed = problem(409, "urn:jembatan:problem:transition-not-allowed",
                () -> lifecycle.transitionAgreement(id, current, action("PREPARE_PLAN"), null, null));
        assertTrue(notAllowed.member("allowedActions", List.class).orElseThrow().contains("START_EXPLORATION"));
        Agreement exploring = lifecycle.transitionAgreement(id, current, action("START_EXPLORATION"), UUID.randomUUID().toString(), null);
        assertEquals("EXPLORATION", exploring.getState().getValue());
        // If-Match is required: the SDK does not send a transition without it (the service would answer 428).
        assertThrows(IllegalArgumentException.class,
                () -> AgreementsClient.run(() -> lifecycle.transitionAgreement(id, null, action("SIGN_LOI"), null, null)));

        assertFalse(lifecycle.getAgreementHistory(id, null, null, null).getItems().isEmpty());
        problem(404, "urn:jembatan:problem:agreement-not-found",
                () -> administration().getAgreementHistory(UUID.randomUUID().toString(), null, null, null));

        assertTrue(officer.searchAgreements(null, null, null, null, null, null, "conformance", null, null, null, null, null, null, null)
                .getItems().stream().anyMatch(summary -> summary.getId().toString().equals(id)));
        AgreementsApi anonymous = new AgreementsApi(client(() -> null));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized",
                () -> anonymous.searchAgreements(null, null, null, null, null, null, null, null, null, null, null, null, null, null)));

        // A file download: the generated client stores the CSV in a temporary file named after Content-Disposition.
        java.io.File csv = officer.exportAgreements(null, null, null, null, null, "conformance", null, null, null, null, null, null);
        assertTrue(java.nio.file.Files.readString(csv.toPath()).lines().anyMatch(line -> line.startsWith(id + ",")));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized",
                () -> anonymous.exportAgreements(null, null, null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void legacyRegistrationsAndActivities() throws Exception {
        AgreementsApi officer = new AgreementsApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        LifecycleApi lifecycle = new LifecycleApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        LegacyRegistration legacy = model("{\"agreement\": " + SERANG_HANGZHOU.replace("(conformance)", "(legacy)")
                + ", \"state\": \"ACTIVE\", \"note\": \"From the paper archive\"}", LegacyRegistration.class);
        Agreement registered = officer.registerLegacyAgreement(legacy, null, null);
        assertEquals("ACTIVE", registered.getState().getValue());
        AgreementsApi tangerang = new AgreementsApi(client(() -> Fixtures.officer(Fixtures.TANGERANG)));
        problem(403, "urn:jembatan:problem:forbidden-region", () -> tangerang.registerLegacyAgreement(legacy, null, null));

        String id = registered.getId().toString();
        ActivityInput training = model("""
                {"kind": "TRAINING", "occurredOn": "%s", "peopleTrained": 40, "description": "Digital skills"}"""
                .formatted(LocalDate.now().minusDays(3)), ActivityInput.class);
        assertEquals(40, lifecycle.recordActivity(id, training, UUID.randomUUID().toString(), null).getPeopleTrained());
        problem(404, "urn:jembatan:problem:agreement-not-found",
                () -> administration().recordActivity(UUID.randomUUID().toString(), training, null, null));

        assertEquals(1, lifecycle.listActivities(id, null, null, null).getItems().size());
        problem(404, "urn:jembatan:problem:agreement-not-found",
                () -> administration().listActivities(UUID.randomUUID().toString(), null, null, null));
        PublicApi transparency = new PublicApi(client(() -> null));
        assertEquals(1L, transparency.listPublicActivities(id, null, null, null).getTotalItems());
        problem(404, "urn:jembatan:problem:agreement-not-found",
                () -> transparency.listPublicActivities(UUID.randomUUID().toString(), null, null, null));
    }

    @Test
    void changesAndThePublicView() throws Exception {
        AgreementsApi officer = new AgreementsApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        String id = officer.createAgreement(model(SERANG_HANGZHOU.replace("(conformance)", "(public)"), AgreementInput.class), null, null)
                .getId().toString();

        ChangesApi changes = new ChangesApi(client(Fixtures::viewer));
        assertFalse(changes.readChanges(null, null, null).getItems().isEmpty());
        ChangesApi anonymous = new ChangesApi(client(() -> null));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized", () -> anonymous.readChanges(null, null, null)));

        PublicApi transparency = new PublicApi(client(() -> null));
        assertEquals(id, transparency.getPublicAgreement(id, null).getId().toString());
        problem(404, "urn:jembatan:problem:agreement-not-found", () -> transparency.getPublicAgreement(UUID.randomUUID().toString(), null));
        assertFalse(transparency.searchPublicAgreements(null, null, null, null, null, null, "public", null, null, null, null, null, null, null)
                .getItems().isEmpty());
        problem(400, "urn:jembatan:problem:validation",
                () -> transparency.searchPublicAgreements(null, null, null, null, null, null, "q".repeat(501), null, null, null, null, null, null, null));

        assertEquals("CC-BY-4.0", transparency.getOpenDataMetadata("id").getLicence());
        // The metadata record takes no input: only the errors every operation lists (400, 500) could answer it.
        CONTRACT.withoutCallerErrors("getOpenDataMetadata");
        assertTrue(transparency.downloadPublicAgreementsJson(null, null, null, null, null, null, null, null, null, null, null, null)
                .stream().anyMatch(agreement -> agreement.getId().toString().equals(id)));
        assertTrue(java.nio.file.Files.readString(transparency.downloadPublicAgreementsCsv(
                null, null, null, null, null, null, null, null, null, null, null, null).toPath()).contains(id));
        assertTrue(java.nio.file.Files.readString(transparency.downloadIatiActivities(
                null, null, null, null, null, null, null, null, null, null, null, null).toPath()).contains("<iati-activities"));
        String tooLong = "q".repeat(501);
        problem(400, "urn:jembatan:problem:validation", () -> transparency.downloadPublicAgreementsJson(
                null, null, null, null, null, tooLong, null, null, null, null, null, null));
        problem(400, "urn:jembatan:problem:validation", () -> transparency.downloadPublicAgreementsCsv(
                null, null, null, null, null, tooLong, null, null, null, null, null, null));
        problem(400, "urn:jembatan:problem:validation", () -> transparency.downloadIatiActivities(
                null, null, null, null, null, tooLong, null, null, null, null, null, null));
    }

    @Test
    void stagesAndMinistryReviews() throws Exception {
        LifecycleApi anonymous = new LifecycleApi(client(() -> null));
        assertEquals(11, anonymous.listStages(null).size());
        // The stages take no input: only the errors every operation lists (400, 500) could answer them.
        CONTRACT.withoutCallerErrors("listStages");

        AgreementsApi officer = new AgreementsApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        LifecycleApi officerLifecycle = new LifecycleApi(client(() -> Fixtures.officer(Fixtures.SERANG)));
        LifecycleApi reviewer = new LifecycleApi(client(Fixtures::reviewer));
        String taipei = officer.createAgreement(model(SERANG_HANGZHOU.replace("(conformance)", "(Taipei)")
                .replace("{\"scheme\": \"GB_T_2260\", \"code\": \"330100\"}", "{\"scheme\": \"ISO_3166_2\", \"code\": \"TW-TPE\"}"),
                AgreementInput.class), null, null).getId().toString();
        String exploring = ETags.ifMatch(officerLifecycle.transitionAgreementWithHttpInfo(taipei, ETags.ifMatch(
                officer.getAgreementWithHttpInfo(taipei, null).getHeaders()), action("START_EXPLORATION"), null, null).getHeaders());
        JembatanProblemException refused = problem(422, "urn:jembatan:problem:partner-criteria-not-met",
                () -> officerLifecycle.transitionAgreement(taipei, exploring, action("SIGN_LOI"), null, null));
        assertEquals("DIPLOMATIC_RELATIONS", refused.member("criterion", String.class).orElseThrow());
        PartnerCriteriaExceptionRequest exception = new PartnerCriteriaExceptionRequest()
                .criterion(PartnerCriterion.DIPLOMATIC_RELATIONS).reference("Surat Kemlu No. 123/2026");
        assertEquals(1, reviewer.recordPartnerCriteriaException(taipei, exploring, exception, null).getPartnerCriteriaExceptions().size());
        String hangzhou = officer.createAgreement(model(SERANG_HANGZHOU, AgreementInput.class), null, null).getId().toString();
        String hangzhouVersion = ETags.ifMatch(officer.getAgreementWithHttpInfo(hangzhou, null).getHeaders());
        problem(409, "urn:jembatan:problem:partner-criterion-met",
                () -> reviewer.recordPartnerCriteriaException(hangzhou, hangzhouVersion, exception, null));

        LegacyRegistration legacy = model("{\"agreement\": " + SERANG_HANGZHOU.replace("(conformance)", "(legacy review)")
                + ", \"state\": \"ACTIVE\", \"centralApprovalRef\": \"declared\", \"note\": \"From the paper archive\"}",
                LegacyRegistration.class);
        var registered = officer.registerLegacyAgreementWithHttpInfo(legacy, null, null);
        assertTrue(registered.getData().getUnconfirmed());
        LegacyReviewRequest confirm = new LegacyReviewRequest().decision(LegacyReviewDecision.CONFIRM).reference("Kemendagri B/9/2026");
        String id = registered.getData().getId().toString();
        var confirmed = reviewer.reviewLegacyRegistrationWithHttpInfo(id, ETags.ifMatch(registered.getHeaders()), confirm, null);
        assertFalse(confirmed.getData().getUnconfirmed());
        problem(409, "urn:jembatan:problem:legacy-review-not-pending",
                () -> reviewer.reviewLegacyRegistration(id, ETags.ifMatch(confirmed.getHeaders()), confirm, null));
    }

    @AfterAll
    static void everyAnswerConformsAndEveryOperationWasCalled() {
        CONTRACT.assertConforms();
        CONTRACT.assertEveryOperationCalled();
    }
}
