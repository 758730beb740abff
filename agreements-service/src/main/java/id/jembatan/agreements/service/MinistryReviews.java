package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.LegacyReviewRequest;
import id.jembatan.agreements.api.PartnerCriteriaExceptionRequest;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.LegacyReview;
import id.jembatan.agreements.domain.PartnerCriteriaException;
import id.jembatan.agreements.domain.Procedure;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.Preconditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ministry's decisions on an agreement that are not steps of the procedure: an exception to a partner criterion,
 * and the review of a legacy registration that declares a ministry decision. Each is a ministry reviewer's, names
 * the version it is based on, and is recorded in the history and published on the feed like any change.
 */
@ApplicationScoped
public class MinistryReviews {

    @Inject
    AgreementService agreements;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    ChangeFeed feed;

    @Inject
    RenderedAgreements views;

    @Inject
    Procedure procedure;

    public Versioned<AgreementView> recordException(UUID id, String ifMatch, PartnerCriteriaExceptionRequest request) {
        String actor = access.actor();
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = agreements.load(id);
            access.requireMinistryReviewer(agreement);
            Preconditions.requireMatch(ifMatch, agreement.version);
            requireOpen(agreement);
            if (!procedure.unmetCriteria(agreement.partnerCountry).contains(request.criterion())) {
                throw new ProblemException(409, "partner-criterion-met", request.criterion(), agreement.partnerCountry)
                        .with("criterion", request.criterion());
            }
            if (agreement.exceptedCriteria().contains(request.criterion())) {
                throw new ProblemException(409, "partner-criteria-exception-recorded", request.criterion())
                        .with("criterion", request.criterion());
            }
            AgreementView before = AgreementViews.view(agreement, procedure);
            List<PartnerCriteriaException> exceptions = new ArrayList<>(agreement.partnerCriteriaExceptions);
            exceptions.add(new PartnerCriteriaException(request.criterion(), request.reference(), request.note(), actor, Instant.now()));
            agreement.partnerCriteriaExceptions = exceptions;
            return changed(agreement, before, "PARTNER_CRITERIA_EXCEPTION:" + request.criterion(), actor,
                    note(request.note(), request.reference()));
        });
    }

    public Versioned<AgreementView> reviewLegacy(UUID id, String ifMatch, LegacyReviewRequest request) {
        String actor = access.actor();
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = agreements.load(id);
            access.requireMinistryReviewer(agreement);
            Preconditions.requireMatch(ifMatch, agreement.version);
            if (agreement.legacyReview != LegacyReview.UNCONFIRMED) {
                throw new ProblemException(409, "legacy-review-not-pending")
                        .with("legacyReview", agreement.legacyReview == null ? "NONE" : agreement.legacyReview.name());
            }
            AgreementView before = AgreementViews.view(agreement, procedure);
            boolean confirmed = request.decision() == LegacyReviewRequest.Decision.CONFIRM;
            agreement.legacyReview = confirmed ? LegacyReview.CONFIRMED : LegacyReview.RETURNED;
            agreement.legacyReviewRef = request.reference();
            return changed(agreement, before, confirmed ? "LEGACY_CONFIRMED" : "LEGACY_RETURNED", actor,
                    note(request.note(), request.reference()));
        });
    }

    private Versioned<AgreementView> changed(Agreement agreement, AgreementView before, String action, String actor, String note) {
        AgreementView after = audit.record(agreement, before, action, actor, note);
        feed.publish(agreement, action);
        views.evictOnCommit(agreement.id);
        return new Versioned<>(after, agreement.version);
    }

    private static void requireOpen(Agreement agreement) {
        if (agreement.state.isFinal()) {
            throw new ProblemException(409, "agreement-closed", agreement.state).with("state", agreement.state);
        }
    }

    private static String note(String note, String reference) {
        return note == null || note.isBlank() ? "[" + reference + "]" : note + " [" + reference + "]";
    }
}
