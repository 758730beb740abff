package id.jembatan.client.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.client.ETags;
import id.jembatan.client.JembatanProblemException;
import id.jembatan.client.agreements.AgreementsClient;
import id.jembatan.client.agreements.api.AgreementsApi;
import id.jembatan.client.agreements.api.ChangesApi;
import id.jembatan.client.agreements.api.LifecycleApi;
import id.jembatan.client.agreements.api.PublicApi;
import id.jembatan.client.agreements.model.Action;
import id.jembatan.client.agreements.model.AgreementInput;
import id.jembatan.client.agreements.model.ChangePage;
import id.jembatan.client.agreements.model.Instrument;
import id.jembatan.client.agreements.model.TransitionRequest;
import id.jembatan.client.assessment.AssessmentClient;
import id.jembatan.client.assessment.api.AssessmentsApi;
import id.jembatan.client.assessment.model.Assessment;
import id.jembatan.client.assessment.model.AssessmentRequest;
import id.jembatan.client.directory.DirectoryClient;
import id.jembatan.client.directory.api.RegionsApi;
import id.jembatan.client.directory.model.CodeScheme;
import id.jembatan.client.directory.model.Region;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The integrator's scenario of issue 11, walked with the Java SDK against a running suite ({@code ./jembatan up}):
 * look up Kota Serang and Hangzhou, find their public LoI, register a new agreement as an officer of Kota Serang and
 * walk it through START_EXPLORATION and SIGN_LOI with If-Match, provoke a 412, a 422 (SIGN_LOI before the LoI is
 * recorded as signed) and a 409 and read them as typed problems with their members, assess the agreement, and read the change feed from a cursor.
 *
 * <p>The tokens come from the environment: an officer's ({@code JEMBATAN_TOKEN}, e.g. from
 * {@code ./jembatan token --role regional-officer --region 36.73}) and one that may read the change feed
 * ({@code JEMBATAN_FEED_TOKEN}, e.g. {@code ./jembatan token --role viewer}); the services' URLs from
 * {@code DIRECTORY_URL}, {@code AGREEMENTS_URL}, {@code ASSESSMENT_URL} (localhost:8081–8083 by default).
 */
public final class Scenario {

    private Scenario() {
    }

    public static void main(String[] args) throws Exception {
        String token = System.getenv("JEMBATAN_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("JEMBATAN_TOKEN is not set: export JEMBATAN_TOKEN=$(./jembatan token --role regional-officer --region 36.73)");
        }
        String feedToken = env("JEMBATAN_FEED_TOKEN", null);
        if (feedToken == null) {
            throw new IllegalStateException("JEMBATAN_FEED_TOKEN is not set: export JEMBATAN_FEED_TOKEN=$(./jembatan token --role viewer)");
        }
        URI directoryUrl = URI.create(env("DIRECTORY_URL", "http://localhost:8081"));
        URI agreementsUrl = URI.create(env("AGREEMENTS_URL", "http://localhost:8082"));
        URI assessmentUrl = URI.create(env("ASSESSMENT_URL", "http://localhost:8083"));

        RegionsApi regions = new RegionsApi(DirectoryClient.create(directoryUrl, () -> null));
        Region serang = DirectoryClient.call(() -> regions.getRegionByCode("36.73", CodeScheme.KEMENDAGRI, null));
        Region hangzhou = DirectoryClient.call(() -> regions.getRegionByCode("330100", CodeScheme.GB_T_2260, null));
        expect("Kota Serang".equals(serang.getName()), "KEMENDAGRI 36.73 is " + serang.getName());
        expect(hangzhou.getName().startsWith("Hangzhou"), "GB_T_2260 330100 is " + hangzhou.getName());
        step("Looked up %s (%s) and %s (%s)", serang.getName(), serang.getId(), hangzhou.getName(), hangzhou.getId());

        var agreementsClient = AgreementsClient.create(agreementsUrl, () -> token);
        PublicApi transparency = new PublicApi(AgreementsClient.create(agreementsUrl, () -> null));
        var found = AgreementsClient.call(() -> transparency.searchPublicAgreements(
                null, null, null, null, null, null, "Hangzhou", "36.73", null, null, null, null, null, null)).getItems();
        var loi = found.stream().filter(view -> view.getTitle().contains("Serang")).findFirst()
                .orElseThrow(() -> new AssertionError("No public Serang–Hangzhou agreement among " + found.size()));
        step("Found the public agreement \"%s\" (%s)", loi.getTitle(), loi.getId());

        AgreementsApi agreements = new AgreementsApi(agreementsClient);
        LifecycleApi lifecycle = new LifecycleApi(agreementsClient);
        ObjectMapper json = agreementsClient.getObjectMapper();
        AgreementInput input = json.readValue(NEW_AGREEMENT.formatted(Instant.now()), AgreementInput.class);
        var created = AgreementsClient.call(() -> agreements.createAgreementWithHttpInfo(input, UUID.randomUUID().toString(), null));
        String id = created.getData().getId().toString();
        String registeredTag = ETags.ifMatch(created.getHeaders());
        step("Registered agreement %s in state %s, ETag %s", id, created.getData().getState(), registeredTag);

        var exploring = AgreementsClient.call(() -> lifecycle.transitionAgreementWithHttpInfo(id, registeredTag,
                new TransitionRequest().action(Action.START_EXPLORATION), UUID.randomUUID().toString(), null));
        String exploringTag = ETags.ifMatch(exploring.getHeaders());
        step("START_EXPLORATION with If-Match %s: state %s", registeredTag, exploring.getData().getState());

        JembatanProblemException stale = expectProblem(412, () -> lifecycle.transitionAgreement(id, registeredTag,
                new TransitionRequest().action(Action.SIGN_LOI), null, null));
        step("A stale If-Match: %d %s (current version %s)", stale.status(), stale.type(),
                stale.headers().firstValue("ETag").orElse("?"));
        JembatanProblemException unsigned = expectProblem(422, () -> lifecycle.transitionAgreement(id, exploringTag,
                new TransitionRequest().action(Action.SIGN_LOI), null, null));
        List<?> missing = unsigned.member("missing", List.class)
                .orElseThrow(() -> new AssertionError("The 422 names nothing missing: " + unsigned.members()));
        step("SIGN_LOI before the LoI is signed: %d %s, missing %s", unsigned.status(), unsigned.type(), missing);

        input.setInstruments(List.of(json.readValue("{\"kind\": \"LOI\", \"signedOn\": \"2026-01-15\"}", Instrument.class)));
        var withLoi = AgreementsClient.call(() -> agreements.updateAgreementWithHttpInfo(id, exploringTag, input, null));
        var signed = AgreementsClient.call(() -> lifecycle.transitionAgreementWithHttpInfo(id, ETags.ifMatch(withLoi.getHeaders()),
                new TransitionRequest().action(Action.SIGN_LOI).reference("LOI/SRG-HGH/" + id.substring(0, 8)),
                UUID.randomUUID().toString(), null));
        step("Recorded the signed LoI and walked SIGN_LOI with If-Match: state %s, ETag %s",
                signed.getData().getState(), ETags.ifMatch(signed.getHeaders()));

        JembatanProblemException notNow = expectProblem(409, () -> lifecycle.transitionAgreement(id, ETags.ifMatch(signed.getHeaders()),
                new TransitionRequest().action(Action.START_EXPLORATION), null, null));
        step("An action the state does not allow: %d %s, state %s, allowed %s", notNow.status(), notNow.type(),
                notNow.member("state", String.class).orElse("?"), notNow.member("allowedActions", List.class).orElse(List.of()));

        AssessmentsApi assessments = new AssessmentsApi(AssessmentClient.create(assessmentUrl, () -> token));
        var assessed = AssessmentClient.call(() -> assessments.assessAgreementWithHttpInfo(
                new AssessmentRequest().agreementId(UUID.fromString(id)), null));
        Object body = assessed.getData();
        if (!(body instanceof Assessment assessment)) {
            throw new AssertionError("The 201 of POST /assessments carries no assessment (issue 11 item 1)");
        }
        step("Assessed: %s, assessment %s with model %d", assessed.getStatusCode(), assessment.getId(), assessment.getModelVersion());

        ChangesApi changes = new ChangesApi(AgreementsClient.create(agreementsUrl, () -> feedToken));
        ChangePage first = AgreementsClient.call(() -> changes.readChanges(null, null, null));
        Long cursor = first.getNext();
        ChangePage following = AgreementsClient.call(() -> changes.readChanges(cursor, null, null));
        step("Read the change feed: %d changes, then %d after cursor %s", first.getItems().size(), following.getItems().size(), cursor);
        System.out.println("The Java SDK walked the scenario.");
    }

    private static final String NEW_AGREEMENT = """
            {"title": "Letter of Intent Kota Serang – Hangzhou, digital economy (SDK scenario %s)", "form": "KSDPL",
             "type": "SISTER_CITY", "indonesianRegionCode": "36.73", "foreignRegion": {"scheme": "GB_T_2260", "code": "330100"},
             "participants": [{"organisation": "alibaba", "role": "TECHNOLOGY_PARTNER"}],
             "sectors": ["E_COMMERCE", "ARTIFICIAL_INTELLIGENCE"],
             "clauses": {"COST_BENEFIT_ANALYSIS": {"present": true, "location": "Annex 1"}}}""";

    private static JembatanProblemException expectProblem(int status, id.jembatan.client.ApiAction<id.jembatan.client.agreements.ApiException> call) {
        try {
            AgreementsClient.run(call);
        } catch (JembatanProblemException problem) {
            expect(problem.status() == status, "expected " + status + ", got " + problem.getMessage());
            return problem;
        }
        throw new AssertionError("expected a " + status + " problem, the call succeeded");
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new AssertionError(otherwise);
        }
    }

    private static void step(String format, Object... arguments) {
        System.out.println("- " + String.format(format, arguments));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
