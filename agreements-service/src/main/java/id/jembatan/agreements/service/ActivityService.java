package id.jembatan.agreements.service;

import id.jembatan.agreements.api.ActivityInput;
import id.jembatan.agreements.api.ActivityView;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.PublicActivityView;
import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.Procedure;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.repository.ActivityRepository;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The implementation log: what was done under an agreement, and what came of it. */
@ApplicationScoped
public class ActivityService {

    @Inject
    AgreementService agreements;

    @Inject
    Procedure procedure;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Idempotency idempotency;

    @Inject
    ChangeFeed feed;

    @Inject
    RenderedAgreements views;

    @Inject
    ActivityRepository activities;

    @Inject
    AgreementRepository registry;

    @Inject
    AgreementsConfig config;

    public Versioned<ActivityView> record(UUID agreementId, ActivityInput input, String key) {
        String actor = access.actor();
        String operation = "activity:" + agreementId;
        var replay = idempotency.replay(access.keyOwner(), key, operation, input, ActivityView.class);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (input.currency() != null && !config.referenceRates().containsKey(input.currency())) {
            throw ProblemException.invalid("currency", "{agreement.currency}", input.currency());
        }
        return idempotency.execute(access.keyOwner(), key, operation, input, ActivityView.class, () -> {
            Agreement agreement = agreements.load(agreementId);
            access.requireChange(agreement);
            if (agreement.state == AgreementState.REJECTED || agreement.state == AgreementState.WITHDRAWN) {
                throw new ProblemException(409, "agreement-closed", agreement.state).with("state", agreement.state);
            }
            ActivityView activity = record(agreement, input, actor);
            return new Versioned<>(activity, agreement.version);
        });
    }

    /** Logs the activity on an agreement the caller may change; the caller holds the transaction. */
    ActivityView record(Agreement agreement, ActivityInput input, String actor) {
        AgreementView before = AgreementViews.view(agreement, procedure);
        ActivityView activity = new ActivityView(UUID.randomUUID(), input.kind(), input.occurredOn(), input.description(),
                input.organisations() == null ? List.of() : input.organisations(),
                input.peopleTrained() == null ? 0 : input.peopleTrained(),
                input.exportValue() == null ? BigDecimal.ZERO : input.exportValue(),
                input.investmentValue() == null ? BigDecimal.ZERO : input.investmentValue(),
                input.currency() == null ? "IDR" : input.currency(), java.time.Instant.now(), actor);
        activities.insert(agreement.id, activity);
        BigDecimal rate = config.referenceRates().get(activity.currency());
        agreement.peopleTrained += activity.peopleTrained();
        agreement.exportValueIdr = agreement.exportValueIdr.add(activity.exportValue().multiply(rate));
        agreement.investmentValueIdr = agreement.investmentValueIdr.add(activity.investmentValue().multiply(rate));
        if (agreement.lastActivityOn == null || agreement.lastActivityOn.isBefore(input.occurredOn())) {
            agreement.lastActivityOn = input.occurredOn();
        }
        agreement.updatedAt = java.time.Instant.now();
        audit.record(agreement, before, "ACTIVITY_RECORDED", actor, input.kind() + " on " + input.occurredOn());
        feed.publish(agreement, "ACTIVITY_RECORDED");
        views.evictOnCommit(agreement.id);
        return activity;
    }

    public PageResponse<ActivityView> list(UUID agreementId, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // who may read it needs its region only: the agreement itself is not loaded
            AgreementRepository.Readable agreement = registry.readable(agreementId)
                    .orElseThrow(() -> agreements.missing(agreementId));
            access.requireRead(agreement.regionCode());
            return PageResponse.of(activities.page(agreementId, page.offset(), page.size()), page,
                    () -> activities.count(agreementId));
        });
    }

    /**
     * The log of an agreement the public registry shows, whoever asks (with a token or without): a confidential
     * agreement's is never shown, and its absence looks like that of an agreement that does not exist.
     */
    public PageResponse<PublicActivityView> listPublic(UUID agreementId, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            registry.readable(agreementId).filter(a -> !a.confidential())
                    .orElseThrow(() -> ProblemException.notFound("agreement-not-found", agreementId));
            return PageResponse.of(activities.page(agreementId, page.offset(), page.size()).stream()
                    .map(PublicActivityView::of).toList(), page, () -> activities.count(agreementId));
        });
    }
}
