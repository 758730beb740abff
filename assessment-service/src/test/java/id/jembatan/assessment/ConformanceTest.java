package id.jembatan.assessment;

import id.jembatan.client.ApiAction;
import id.jembatan.client.JembatanProblemException;
import id.jembatan.client.assessment.ApiClient;
import id.jembatan.client.assessment.ApiException;
import id.jembatan.client.assessment.AssessmentClient;
import id.jembatan.client.assessment.api.AssessmentsApi;
import id.jembatan.client.assessment.api.PortfolioApi;
import id.jembatan.client.assessment.api.ScoringModelsApi;
import id.jembatan.client.assessment.api.PublicApi;
import id.jembatan.client.assessment.model.AgreementDraft;
import id.jembatan.client.assessment.model.AssessmentRequest;
import id.jembatan.client.assessment.model.ScoringModel;
import id.jembatan.assessment.repository.AssessmentRepository;
import id.jembatan.assessment.repository.ProjectionRepository;
import id.jembatan.client.testing.ContractConformance;
import id.jembatan.devtools.testing.TestKeys;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every operation of assessment-service called through the generated Java SDK, once on a success path and once on
 * an error path, each answer (status, documented headers, body) held against the committed contract.
 */
@QuarkusTest
class ConformanceTest {

    private static final ContractConformance CONTRACT = ContractConformance.of(Path.of("openapi/assessment-service.json"));
    private static final String SERANG_OFFICER = TestKeys.token("regional-officer", "36.73");

    @Inject
    AssessmentRepository assessments;

    @Inject
    ProjectionRepository projection;

    @TestHTTPResource("/")
    URI service;

    private ApiClient client(Supplier<String> token) {
        return AssessmentClient.create(service, token).setHttpClientBuilder(CONTRACT.httpClientBuilder());
    }

    private static JembatanProblemException problem(int status, String type, ApiAction<ApiException> call) {
        JembatanProblemException problem = assertThrows(JembatanProblemException.class, () -> AssessmentClient.run(call));
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(type, problem.type());
        return problem;
    }

    @Test
    void assessments() throws Exception {
        AssessmentsApi officer = new AssessmentsApi(client(() -> SERANG_OFFICER));
        AssessmentRequest request = new AssessmentRequest().agreementId(UUID.fromString(Stubs.SERANG_HANGZHOU));
        officer.assessAgreement(request, "id");
        AssessmentsApi viewer = new AssessmentsApi(client(() -> TestKeys.token("viewer")));
        problem(403, "urn:jembatan:problem:forbidden", () -> viewer.assessAgreement(request, null));

        var page = viewer.listAssessments(UUID.fromString(Stubs.SERANG_HANGZHOU), null, null, null);
        assertFalse(page.getItems().isEmpty());
        AssessmentsApi anonymous = new AssessmentsApi(client(() -> null));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized",
                () -> anonymous.listAssessments(UUID.fromString(Stubs.SERANG_HANGZHOU), null, null, null)));

        String id = page.getItems().get(0).getId().toString();
        assertEquals(Stubs.SERANG_HANGZHOU, officer.getAssessment(id, null).getAgreementId().toString());
        AssessmentsApi tangerang = new AssessmentsApi(client(() -> TestKeys.token("regional-officer", "36.03")));
        problem(404, "urn:jembatan:problem:assessment-not-found", () -> tangerang.getAssessment(id, "en"));

        AgreementDraft draft = client(() -> null).getObjectMapper().readValue("""
                {"title": "Draft MoU Kota Serang – Hangzhou with a data clause", "form": "KSDPL", "type": "SISTER_CITY",
                 "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"},
                 "participants": [{"organisation": "alibaba", "role": "TECHNOLOGY_PARTNER"}], "sectors": ["E_COMMERCE"],
                 "clauses": {"DATA_PROTECTION_LOCALISATION": {"present": true, "location": "Art. 9"}}}""", AgreementDraft.class);
        assertNotNull(officer.previewAssessment(draft, null, null).getInputsHash());

        String manado = PublicAssessmentApiTest.stored(assessments, projection, false).toString();
        PublicApi transparency = new PublicApi(client(() -> null));
        assertEquals(manado, transparency.getPublicAssessment(manado, null).getAgreementId().toString());
        problem(404, "urn:jembatan:problem:public-assessment-not-found",
                () -> transparency.getPublicAssessment(UUID.randomUUID().toString(), "id"));
        draft.setIndonesianRegionCode("36.03");
        problem(403, "urn:jembatan:problem:forbidden-region", () -> officer.previewAssessment(draft, null, null));
    }

    @Test
    void portfolio() {
        PortfolioApi viewer = new PortfolioApi(client(() -> TestKeys.token("viewer")));
        assertNotNull(AssessmentClient.call(() -> viewer.getPortfolio("national", null)));
        PortfolioApi officer = new PortfolioApi(client(() -> SERANG_OFFICER));
        problem(403, "urn:jembatan:problem:forbidden-region", () -> officer.getPortfolio("province:36", null));

        PublicApi transparency = new PublicApi(client(() -> null));
        assertNotNull(AssessmentClient.call(() -> transparency.getPublicPortfolio("province:36", "id")));
        problem(400, "urn:jembatan:problem:validation", () -> transparency.getPublicPortfolio("planet:mars", null));
    }

    @Test
    void scoringModels() throws Exception {
        ScoringModelsApi anonymous = new ScoringModelsApi(client(() -> null));
        assertFalse(anonymous.listScoringModels(null).isEmpty());
        // The list has no parameters, so the error is a NUL byte (%00) in the query, refused at the edge.
        ApiClient nul = client(() -> null);
        nul.setRequestInterceptor(request -> request.uri(URI.create(request.build().uri() + "?probe=%00")));
        CONTRACT.outsideTheContract(() -> problem(400, "urn:jembatan:problem:nul-character",
                () -> new ScoringModelsApi(nul).listScoringModels(null)));
        CONTRACT.outsideTheContract(() -> problem(401, "urn:jembatan:problem:unauthorized",
                () -> anonymous.createScoringModel(new ScoringModel(), null, null)));

        // The newest model knows every rule, so it can be submitted again as a new version.
        int newest = anonymous.listScoringModels(null).stream().mapToInt(ScoringModel::getVersion).max().orElseThrow();
        ScoringModel first = anonymous.getScoringModel(newest, null);
        assertEquals(newest, first.getVersion());
        problem(404, "urn:jembatan:problem:scoring-model-not-found", () -> anonymous.getScoringModel(999, null));

        ScoringModelsApi admin = new ScoringModelsApi(client(() -> TestKeys.token("admin")));
        admin.createScoringModel(first, "same weights, for the conformance test", null);
        ScoringModelsApi viewer = new ScoringModelsApi(client(() -> TestKeys.token("viewer")));
        problem(403, "urn:jembatan:problem:forbidden", () -> viewer.createScoringModel(first, null, null));
    }

    @AfterAll
    static void everyAnswerConformsAndEveryOperationWasCalled() {
        CONTRACT.assertConforms();
        CONTRACT.assertEveryOperationCalled();
    }
}
