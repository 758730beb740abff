package id.jembatan.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.jembatan.assessment.api.AgreementDraft;
import id.jembatan.assessment.api.AssessmentView;
import id.jembatan.assessment.api.PreviewView;
import id.jembatan.assessment.scoring.AgreementFacts;
import id.jembatan.assessment.scoring.AssessmentResult;
import id.jembatan.assessment.scoring.Assessor;
import id.jembatan.assessment.scoring.PortfolioFacts;
import id.jembatan.assessment.scoring.ScoringModel;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.CallerRegion;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs assessments: gathers the facts (remote calls, before any transaction), evaluates them with a versioned
 * scoring model and stores the result with a hash of everything that went in. Same inputs and model version,
 * same result: the scoring is a pure function and the inputs are stored canonically.
 */
@ApplicationScoped
public class AssessmentService {

    private static final String COLUMNS = """
            cast(id as text), cast(agreement_id as text), agreement_version, region_code, model_version,
            cast(inputs->>'asOf' as date), inputs_hash, stale, stale_since, created_at, created_by, cast(result as text)""";

    @Inject
    FactsAssembler facts;

    @Inject
    ScoringModels models;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Made once: a mapper copy starts with empty serializer caches, and rebuilding them was a sixth of an assessment's CPU. */
    private ObjectMapper canonicalJson;

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
        PortfolioFacts portfolio = facts.portfolio(agreement.region(), agreementId);
        LocalDate asOf = LocalDate.now();
        Inputs inputs = new Inputs(asOf, model.version(), agreement, portfolio);
        String canonical = canonical(inputs);
        String hash = sha256(canonical);
        AssessmentResult result = Assessor.assess(agreement, portfolio, model, asOf);
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into assessment (id, agreement_id, agreement_version, region_code, province_code, model_version,
                        inputs_hash, inputs, result, overall_level, overall_risk, benefit_score, created_by)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), cast(?9 as jsonb), ?10, ?11, ?12, ?13)""")
                    .setParameter(1, id).setParameter(2, agreementId).setParameter(3, registered.version())
                    .setParameter(4, agreement.region().code()).setParameter(5, agreement.region().provinceCode())
                    .setParameter(6, model.version()).setParameter(7, hash).setParameter(8, canonical)
                    .setParameter(9, write(result)).setParameter(10, result.overallLevel().name())
                    .setParameter(11, result.overallRisk()).setParameter(12, result.benefitScore())
                    .setParameter(13, identity.getPrincipal().getName())
                    .executeUpdate();
        });
        metrics.counter("jembatan_assessments_computed_total", "level", result.overallLevel().name()).increment();
        follower.assessed();
        return get(id);
    }

    public PreviewView preview(AgreementDraft draft, Integer modelVersion) {
        return slots.run(() -> previewNow(draft, modelVersion));
    }

    private PreviewView previewNow(AgreementDraft draft, Integer modelVersion) {
        requireOwnRegion(draft.indonesianRegionCode());
        ScoringModel model = modelVersion == null ? models.latest() : models.get(modelVersion);
        AgreementFacts agreement = drafted(() -> facts.draft(draft));
        PortfolioFacts portfolio = facts.portfolio(agreement.region(), null);
        LocalDate asOf = LocalDate.now();
        String hash = sha256(canonical(new Inputs(asOf, model.version(), agreement, portfolio)));
        return new PreviewView(model.version(), asOf, hash, drafted(() -> Assessor.assess(agreement, portfolio, model, asOf)));
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
        AssessmentView view = QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select " + COLUMNS + " from assessment where id = ?1")
                    .setParameter(1, id).getResultList();
            return rows.isEmpty() ? null : view((Object[]) rows.get(0));
        });
        if (view == null || !visible(view.regionCode())) {
            throw notFound(id);
        }
        return view;
    }

    @SuppressWarnings("unchecked")
    public PageResponse<AssessmentView> list(UUID agreementId, PageRequest page) {
        Optional<String> scope = CallerRegion.confinedTo(identity, token);
        return QuarkusTransaction.requiringNew().call(() -> {
            String where = " where agreement_id = :agreement" + (scope.isPresent() ? " and region_code = :region" : "");
            var count = em.createNativeQuery("select count(*) from assessment" + where).setParameter("agreement", agreementId);
            var rows = em.createNativeQuery("select " + COLUMNS + " from assessment" + where
                    + " order by created_at desc, id limit :limit offset :offset").setParameter("agreement", agreementId)
                    .setParameter("limit", page.size()).setParameter("offset", page.offset());
            scope.ifPresent(region -> {
                count.setParameter("region", region);
                rows.setParameter("region", region);
            });
            List<AssessmentView> items = new ArrayList<>();
            for (Object row : rows.getResultList()) {
                items.add(view((Object[]) row));
            }
            return PageResponse.of(items, page, ((Number) count.getSingleResult()).longValue());
        });
    }

    /** An assessment of an older version of the agreement no longer describes it. */
    public int markStale(UUID agreementId, long version) {
        return em.createNativeQuery("""
                update assessment set stale = true, stale_since = now()
                where agreement_id = ?1 and agreement_version < ?2 and not stale""")
                .setParameter(1, agreementId).setParameter(2, version).executeUpdate();
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

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("assessment-not-found", id);
    }

    private AssessmentView view(Object[] r) {
        try {
            JsonNode result = json.readTree((String) r[11]);
            return new AssessmentView(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]),
                    ((Number) r[2]).longValue(), (String) r[3], ((Number) r[4]).intValue(),
                    r[5] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[5], (String) r[6], (Boolean) r[7],
                    SqlInstants.of(r[8]), SqlInstants.of(r[9]), (String) r[10], result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything an assessment depends on, in canonical JSON so that its hash identifies it. */
    record Inputs(LocalDate asOf, int modelVersion, AgreementFacts agreement, PortfolioFacts portfolio) {
    }

    @PostConstruct
    void canonicalMapper() {
        canonicalJson = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    private String canonical(Inputs inputs) {
        try {
            return canonicalJson.writeValueAsString(inputs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
