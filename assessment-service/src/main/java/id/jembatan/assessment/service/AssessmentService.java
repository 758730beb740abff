package id.jembatan.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.assessment.api.AgreementDraft;
import id.jembatan.assessment.api.AssessmentView;
import id.jembatan.assessment.api.PreviewView;
import id.jembatan.assessment.api.PublicAssessmentView;
import id.jembatan.assessment.repository.AssessmentRepository;
import id.jembatan.assessment.scoring.Assessor;
import id.jembatan.assessment.scoring.facts.AgreementFacts;
import id.jembatan.assessment.scoring.model.AssessmentResult;
import id.jembatan.assessment.scoring.model.ScoringModel;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.CallerRegion;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Runs assessments: gathers the facts (remote calls, before any transaction), evaluates them with a versioned
 * scoring model and stores the result with a hash of everything that went in. Same inputs and model version,
 * same result: the scoring is a pure function and the inputs are stored canonically.
 */
@ApplicationScoped
public class AssessmentService {

    @Inject
    FactsAssembler facts;

    @Inject
    ScoringModels models;

    @Inject
    AssessmentRepository assessments;

    @Inject
    ObjectMapper json;

    @Inject
    CanonicalJson canonicalJson;

    @Inject
    ScopeAggregates aggregates;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    MeterRegistry metrics;

    @Inject
    ChangeFollower follower;

    @Inject
    AssessmentSlots slots;

    public AssessmentView assess(UUID agreementId, Integer modelVersion) {
        return slots.run(() -> assessNow(agreementId, modelVersion));
    }

    private AssessmentView assessNow(UUID agreementId, Integer modelVersion) {
        ScoringModel model = modelVersion == null ? models.latest() : models.get(modelVersion);
        FactsAssembler.Registered registered = facts.agreement(agreementId.toString());
        AgreementFacts agreement = registered.facts();
        // agreements-service already answered with the caller's rights; checked again here as defence in depth.
        requireOwnRegion(agreement.region().code());
        FactsAssembler.Portfolio portfolio = facts.portfolio(agreement.region(), agreementId);
        LocalDate asOf = LocalDate.now();
        String canonical = canonicalJson.write(new Inputs(asOf, model.version(), agreement, portfolio.inputs()));
        String hash = CanonicalJson.sha256(canonical);
        AssessmentResult result = Assessor.assess(agreement, portfolio.facts(), model, asOf);
        // one JSON tree of the result, both stored and answered: the result is serialised from its records once
        JsonNode resultJson = json.valueToTree(result);
        UUID id = UUID.randomUUID();
        // The database keeps microseconds: the answer shows the instant exactly as a later read will.
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AssessmentRepository.NewAssessment stored = new AssessmentRepository.NewAssessment(id, agreementId,
                registered.version(), agreement.region().code(), agreement.region().provinceCode(), model.version(), hash,
                canonical, resultJson, result.overallLevel().name(), result.overallRisk(), result.benefitScore(),
                identity.getPrincipal().getName(), createdAt);
        QuarkusTransaction.requiringNew().run(() -> {
            aggregates.store(portfolio.used());
            assessments.insert(stored);
        });
        ScopeAggregates.stored(portfolio.used());
        metrics.counter("jembatan_assessments_computed_total", "level", result.overallLevel().name()).increment();
        follower.assessed();
        // What was stored, without reading it back: a new assessment is never stale.
        return new AssessmentView(id, agreementId, stored.agreementVersion(), stored.regionCode(), model.version(), asOf,
                hash, false, null, createdAt, stored.createdBy(), resultJson);
    }

    public PreviewView preview(AgreementDraft draft, Integer modelVersion) {
        return slots.run(() -> previewNow(draft, modelVersion));
    }

    private PreviewView previewNow(AgreementDraft draft, Integer modelVersion) {
        requireOwnRegion(draft.indonesianRegionCode());
        ScoringModel model = modelVersion == null ? models.latest() : models.get(modelVersion);
        AgreementFacts agreement = drafted(() -> facts.draft(draft));
        FactsAssembler.Portfolio portfolio = facts.portfolio(agreement.region(), null);
        LocalDate asOf = LocalDate.now();
        String hash = CanonicalJson.sha256(canonicalJson.write(new Inputs(asOf, model.version(), agreement, portfolio.inputs())));
        return new PreviewView(model.version(), asOf, hash,
                drafted(() -> Assessor.assess(agreement, portfolio.facts(), model, asOf)));
    }

    /**
     * A draft comes straight from the caller: parts that do not fit together (a cost without a year, an amount
     * too large to compute with) are its mistake, a 400, not ours.
     */
    private static <T> T drafted(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (NullPointerException | IllegalArgumentException | ArithmeticException e) {
            throw new ProblemException(400, "invalid-draft");
        }
    }

    public AssessmentView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> assessments.find(id))
                .filter(view -> visible(view.regionCode()))
                .orElseThrow(() -> ProblemException.notFound("assessment-not-found", id));
    }

    /** For anyone: the latest assessment of a public agreement, with what the public may not see left out. */
    public PublicAssessmentView latestPublic(UUID agreementId) {
        return QuarkusTransaction.requiringNew().call(() -> assessments.latestOfPublicAgreement(agreementId))
                .map(PublicDisclosure::of)
                .orElseThrow(() -> ProblemException.notFound("public-assessment-not-found", agreementId));
    }

    public PageResponse<AssessmentView> list(UUID agreementId, PageRequest page) {
        String scope = CallerRegion.confinedTo(identity, token).orElse(null);
        return QuarkusTransaction.requiringNew().call(() -> PageResponse.of(
                assessments.page(agreementId, scope, page.offset(), page.size()), page,
                () -> assessments.count(agreementId, scope)));
    }

    private void requireOwnRegion(String region) {
        CallerRegion.confinedTo(identity, token).ifPresent(own -> {
            if (!own.equals(region)) {
                throw new ProblemException(403, "forbidden-region", region);
            }
        });
    }

    private boolean visible(String regionCode) {
        return CallerRegion.confinedTo(identity, token).map(regionCode::equals).orElse(true);
    }

    /**
     * Everything an assessment depends on, in canonical JSON so that its hash identifies it; the portfolios by the
     * hashes of their stored snapshots, so that their content enters the hash without being written each time.
     */
    record Inputs(LocalDate asOf, int modelVersion, AgreementFacts agreement, FactsAssembler.Snapshots portfolio) {
    }
}
