package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.agreements.api.ActivityInput;
import id.jembatan.agreements.api.ActivityView;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.ActivityKind;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The implementation log: what was done under an agreement, and what came of it. */
@ApplicationScoped
public class ActivityService {

    @Inject
    AgreementService agreements;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AgreementsConfig config;

    public Idempotency.Outcome record(UUID agreementId, ActivityInput input, String key) {
        String actor = access.actor();
        String operation = "activity:" + agreementId;
        var replay = idempotency.replay(access.keyOwner(), key, operation, input);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (input.currency() != null && !config.referenceRates().containsKey(input.currency())) {
            throw ProblemException.invalid("currency", "{agreement.currency}", input.currency());
        }
        return idempotency.execute(access.keyOwner(), key, operation, input, () -> {
            Agreement agreement = agreements.load(agreementId);
            access.requireChange(agreement);
            if (agreement.state == AgreementState.REJECTED || agreement.state == AgreementState.WITHDRAWN) {
                throw new ProblemException(409, "agreement-closed", agreement.state).with("state", agreement.state);
            }
            ActivityView activity = record(agreement, input, actor);
            try {
                return new Idempotency.Outcome(201, json.writeValueAsString(activity),
                        "/agreements/" + agreementId + "/activities/" + activity.id(), "\"" + agreement.version + "\"");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Logs the activity on an agreement the caller may change; the caller holds the transaction. */
    ActivityView record(Agreement agreement, ActivityInput input, String actor) {
        AgreementView before = AgreementViews.view(agreement);
        ActivityView activity = new ActivityView(UUID.randomUUID(), input.kind(), input.occurredOn(), input.description(),
                input.organisations() == null ? List.of() : input.organisations(),
                input.peopleTrained() == null ? 0 : input.peopleTrained(),
                input.exportValue() == null ? BigDecimal.ZERO : input.exportValue(),
                input.investmentValue() == null ? BigDecimal.ZERO : input.investmentValue(),
                input.currency() == null ? "IDR" : input.currency(), java.time.Instant.now(), actor);
        insert(agreement.id, activity);
        BigDecimal rate = config.referenceRates().get(activity.currency());
        agreement.peopleTrained += activity.peopleTrained();
        agreement.exportValueIdr = agreement.exportValueIdr.add(activity.exportValue().multiply(rate));
        agreement.investmentValueIdr = agreement.investmentValueIdr.add(activity.investmentValue().multiply(rate));
        if (agreement.lastActivityOn == null || agreement.lastActivityOn.isBefore(input.occurredOn())) {
            agreement.lastActivityOn = input.occurredOn();
        }
        agreement.updatedAt = java.time.Instant.now();
        audit.record(agreement, before, "ACTIVITY_RECORDED", actor, input.kind() + " on " + input.occurredOn());
        return activity;
    }

    @SuppressWarnings("unchecked")
    public PageResponse<ActivityView> list(UUID agreementId, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            access.requireRead(agreements.load(agreementId));
            long total = ((Number) em.createNativeQuery("select count(*) from activity where agreement_id = ?1")
                    .setParameter(1, agreementId).getSingleResult()).longValue();
            List<Object[]> rows = em.createNativeQuery("""
                    select cast(id as text), kind, occurred_on, description, organisations, people_trained, export_value,
                           investment_value, currency, recorded_at, recorded_by
                    from activity where agreement_id = ?1 order by occurred_on desc, recorded_at desc limit ?2 offset ?3""")
                    .setParameter(1, agreementId).setParameter(2, page.size()).setParameter(3, page.offset())
                    .getResultList();
            List<ActivityView> items = new ArrayList<>();
            for (Object[] r : rows) {
                items.add(new ActivityView(UUID.fromString((String) r[0]), ActivityKind.valueOf((String) r[1]),
                        r[2] instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) r[2], (String) r[3], List.of((String[]) r[4]),
                        ((Number) r[5]).intValue(), (BigDecimal) r[6], (BigDecimal) r[7], (String) r[8],
                        SqlValues.instant(r[9]), (String) r[10]));
            }
            return PageResponse.of(items, page, total);
        });
    }

    private void insert(UUID agreementId, ActivityView a) {
        em.createNativeQuery("""
                insert into activity (id, agreement_id, kind, occurred_on, description, organisations, people_trained,
                                      export_value, investment_value, currency, recorded_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, a.id()).setParameter(2, agreementId).setParameter(3, a.kind().name())
                .setParameter(4, a.occurredOn()).setParameter(5, a.description())
                .setParameter(6, a.organisations().toArray(String[]::new))
                .setParameter(7, a.peopleTrained()).setParameter(8, a.exportValue()).setParameter(9, a.investmentValue())
                .setParameter(10, a.currency()).setParameter(11, a.recordedBy())
                .executeUpdate();
    }
}
