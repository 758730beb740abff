package id.jembatan.agreements.repository;

import id.jembatan.agreements.api.ActivityView;
import id.jembatan.agreements.domain.ActivityKind;
import id.jembatan.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.UUID;

/** The implementation log ({@code activity}). */
@ApplicationScoped
public class ActivityRepository {

    @Inject
    EntityManager em;

    public void insert(UUID agreementId, ActivityView a) {
        em.createNativeQuery("""
                insert into activity (id, agreement_id, kind, occurred_on, description, organisations, people_trained,
                                      export_value, investment_value, currency, recorded_at, recorded_by)
                values (:id, :agreement, :kind, :occurredOn, :description, :organisations, :peopleTrained,
                        :exportValue, :investmentValue, :currency, :recordedAt, :recordedBy)""")
                .setParameter("id", a.id()).setParameter("agreement", agreementId).setParameter("kind", a.kind().name())
                .setParameter("occurredOn", a.occurredOn()).setParameter("description", a.description())
                .setParameter("organisations", a.organisations().toArray(String[]::new))
                .setParameter("peopleTrained", a.peopleTrained()).setParameter("exportValue", a.exportValue())
                .setParameter("investmentValue", a.investmentValue()).setParameter("currency", a.currency())
                .setParameter("recordedAt", a.recordedAt()).setParameter("recordedBy", a.recordedBy())
                .executeUpdate();
    }

    /** Latest first. */
    public List<ActivityView> page(UUID agreementId, int offset, int limit) {
        return Row.of(em.createNativeQuery("""
                        select id, kind, occurred_on, description, organisations, people_trained, export_value,
                               investment_value, currency, recorded_at, recorded_by
                        from activity where agreement_id = :agreement
                        order by occurred_on desc, recorded_at desc limit :limit offset :offset""", Tuple.class)
                .setParameter("agreement", agreementId).setParameter("limit", limit).setParameter("offset", offset))
                .stream().map(r -> new ActivityView(r.uuid("id"), r.enumValue("kind", ActivityKind.class),
                        r.date("occurred_on"), r.string("description"), r.strings("organisations"),
                        r.intValue("people_trained"), r.decimal("export_value"), r.decimal("investment_value"),
                        r.string("currency"), r.instant("recorded_at"), r.string("recorded_by")))
                .toList();
    }

    public long count(UUID agreementId) {
        return ((Number) em.createNativeQuery("select count(*) from activity where agreement_id = :agreement")
                .setParameter("agreement", agreementId).getSingleResult()).longValue();
    }
}
