package id.jembatan.assessment.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.assessment.api.AssessmentView;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored assessments ({@code assessment}): immutable but for being marked stale when their agreement changes. */
@ApplicationScoped
public class AssessmentRepository {

    private static final String COLUMNS = """
            id, agreement_id, agreement_version, region_code, model_version, cast(inputs->>'asOf' as date) as as_of,
            inputs_hash, stale, stale_since, created_at, created_by, cast(result as text) as result""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What is stored of an assessment besides its view: the inputs in canonical JSON and the figures filtered on. */
    public record NewAssessment(UUID id, UUID agreementId, long agreementVersion, String regionCode,
                                String provinceCode, int modelVersion, String inputsHash, String canonicalInputs,
                                Object result, String overallLevel, int overallRisk, int benefitScore,
                                String createdBy, Instant createdAt) {
    }

    public void insert(NewAssessment a) {
        em.createNativeQuery("""
                insert into assessment (id, agreement_id, agreement_version, region_code, province_code, model_version,
                    inputs_hash, inputs, result, overall_level, overall_risk, benefit_score, created_by, created_at)
                values (:id, :agreement, :agreementVersion, :region, :province, :modelVersion, :hash,
                    cast(:inputs as jsonb), cast(:result as jsonb), :level, :risk, :benefit, :createdBy, :createdAt)""")
                .setParameter("id", a.id()).setParameter("agreement", a.agreementId())
                .setParameter("agreementVersion", a.agreementVersion()).setParameter("region", a.regionCode())
                .setParameter("province", a.provinceCode()).setParameter("modelVersion", a.modelVersion())
                .setParameter("hash", a.inputsHash()).setParameter("inputs", a.canonicalInputs())
                .setParameter("result", write(a.result())).setParameter("level", a.overallLevel())
                .setParameter("risk", a.overallRisk()).setParameter("benefit", a.benefitScore())
                .setParameter("createdBy", a.createdBy()).setParameter("createdAt", a.createdAt())
                .executeUpdate();
    }

    public Optional<AssessmentView> find(UUID id) {
        return Row.of(em.createNativeQuery("select " + COLUMNS + " from assessment where id = :id", Tuple.class)
                .setParameter("id", id)).stream().findFirst().map(this::view);
    }

    /** The latest assessment of an agreement the registry shows the public (projected, and not confidential). */
    public Optional<AssessmentView> latestOfPublicAgreement(UUID agreementId) {
        return Row.of(em.createNativeQuery("select " + COLUMNS + " " + """
                         from assessment a where agreement_id = :agreement and exists (select 1 from agreement_projection p
                             where p.id = a.agreement_id and not p.confidential)
                         order by created_at desc, id limit 1""", Tuple.class)
                .setParameter("agreement", agreementId)).stream().findFirst().map(this::view);
    }

    /** Latest first; {@code region} (null for any) confines the list to one region's assessments. */
    public List<AssessmentView> page(UUID agreementId, String region, int offset, int limit) {
        Query rows = em.createNativeQuery("select " + COLUMNS + " from assessment" + where(region)
                        + " order by created_at desc, id limit :limit offset :offset", Tuple.class)
                .setParameter("agreement", agreementId).setParameter("limit", limit).setParameter("offset", offset);
        if (region != null) {
            rows.setParameter("region", region);
        }
        return Row.of(rows).stream().map(this::view).toList();
    }

    public long count(UUID agreementId, String region) {
        Query count = em.createNativeQuery("select count(*) from assessment" + where(region))
                .setParameter("agreement", agreementId);
        if (region != null) {
            count.setParameter("region", region);
        }
        return ((Number) count.getSingleResult()).longValue();
    }

    /** An assessment of an older version of the agreement no longer describes it. */
    public int markStale(UUID agreementId, long version) {
        return em.createNativeQuery("""
                update assessment set stale = true, stale_since = now()
                where agreement_id = :agreement and agreement_version < :version and not stale""")
                .setParameter("agreement", agreementId).setParameter("version", version).executeUpdate();
    }

    private static String where(String region) {
        return " where agreement_id = :agreement" + (region != null ? " and region_code = :region" : "");
    }

    private AssessmentView view(Row r) {
        try {
            return new AssessmentView(r.uuid("id"), r.uuid("agreement_id"), r.longValue("agreement_version"),
                    r.string("region_code"), r.intValue("model_version"), r.date("as_of"), r.string("inputs_hash"),
                    r.bool("stale"), r.instant("stale_since"), r.instant("created_at"), r.string("created_by"),
                    json.readTree(r.string("result")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored assessment unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
