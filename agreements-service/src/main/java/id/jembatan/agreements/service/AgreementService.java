package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.jembatan.agreements.api.AgreementInput;
import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.api.LegacyRegistration;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.api.TransitionRequest;
import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.LegacyReview;
import id.jembatan.agreements.domain.Lifecycle;
import id.jembatan.agreements.domain.PartnerCriterion;
import id.jembatan.agreements.domain.Procedure;
import id.jembatan.agreements.repository.AgreementQuery;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Preconditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Registry writes and reads. Parties are validated against directory-service before a transaction opens, so a
 * directory outage costs nothing but a 503. Every write, in its own transaction, records its history, publishes
 * its change to the feed and drops the agreement's cached view when it commits. A write returns the resulting
 * view with its version; the HTTP answer is the resource's business.
 */
@ApplicationScoped
public class AgreementService {

    /** The member of an agreement's view that only the region's officers, ministry reviewers and admins read. */
    static final String INTERNAL_NOTES = "internalNotes";

    @Inject
    AgreementRepository agreements;

    @Inject
    PartyResolver parties;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Idempotency idempotency;

    @Inject
    AgreementContent content;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeFeed feed;

    @Inject
    RenderedAgreements views;

    @Inject
    ChangeFeedFollower follower;

    @Inject
    Procedure procedure;

    public Versioned<AgreementView> create(AgreementInput input, String key) {
        access.requireCreate(input.indonesianRegionCode());
        content.check(input);
        String actor = access.actor();
        var replay = idempotency.replay(access.keyOwner(), key, "create", input, AgreementView.class);
        if (replay.isPresent()) {
            return replay.get();
        }
        PartyResolver.Parties resolved = parties.resolve(input);
        return idempotency.execute(access.keyOwner(), key, "create", input, AgreementView.class, () -> {
            Agreement agreement = newAgreement(actor);
            content.apply(agreement, input, resolved);
            agreements.persist(agreement);
            AgreementView created = audit.record(agreement, null, "CREATED", actor, null);
            feed.publish(agreement, "CREATED");
            return new Versioned<>(created, agreement.version);
        });
    }

    public Versioned<AgreementView> registerLegacy(LegacyRegistration registration, String key) {
        AgreementInput input = registration.agreement();
        access.requireCreate(input.indonesianRegionCode());
        content.check(input);
        String actor = access.actor();
        var replay = idempotency.replay(access.keyOwner(), key, "legacy", registration, AgreementView.class);
        if (replay.isPresent()) {
            return replay.get();
        }
        PartyResolver.Parties resolved = parties.resolve(input);
        return idempotency.execute(access.keyOwner(), key, "legacy", registration, AgreementView.class,
                () -> versioned(registerLegacy(registration, resolved, actor)));
    }

    /** Registers without an authorization check: for callers that are the system itself (demo data). */
    Agreement registerLegacyAs(LegacyRegistration registration, String actor) {
        content.check(registration.agreement());
        PartyResolver.Parties resolved = parties.resolve(registration.agreement());
        return QuarkusTransaction.requiringNew().call(() -> registerLegacy(registration, resolved, actor));
    }

    private Agreement registerLegacy(LegacyRegistration registration, PartyResolver.Parties resolved, String actor) {
        Agreement agreement = newAgreement(actor);
        content.apply(agreement, registration.agreement(), resolved);
        agreement.enter(registration.state());
        agreement.legacy = true;
        if (registration.state().impliesMinistryDecision()) {
            // the region declares a ministry decision itself: it stands only once a ministry reviewer confirms it
            agreement.legacyReview = LegacyReview.UNCONFIRMED;
        }
        agreement.dprdDecisionRef = registration.dprdDecisionRef();
        agreement.centralApprovalRef = registration.centralApprovalRef();
        if (registration.state() == AgreementState.ACTIVE || registration.state() == AgreementState.UNDER_EVALUATION) {
            agreement.activatedOn = agreement.validFrom != null ? agreement.validFrom : agreement.signedOn;
        }
        agreements.persist(agreement);
        audit.record(agreement, null, "REGISTERED_LEGACY", actor,
                "Registered in state " + registration.state() + " from before the system: " + registration.note());
        feed.publish(agreement, "REGISTERED_LEGACY");
        return agreement;
    }

    /**
     * Replaces an agreement's content. The parties are resolved first (remote calls, outside any transaction);
     * then one transaction loads the agreement once and checks who may change it, that {@code If-Match} names its
     * version and that it is still open.
     */
    public Versioned<AgreementView> update(UUID id, String ifMatch, AgreementInput input) {
        content.check(input);
        PartyResolver.Parties resolved = parties.resolve(input);
        String actor = access.actor();
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = load(id);
            access.requireChange(agreement);
            if (access.confined()) {
                // an officer may not move an agreement out of its own region
                access.requireCreate(input.indonesianRegionCode());
            }
            Preconditions.requireMatch(ifMatch, agreement.version);
            requireOpen(agreement);
            AgreementView before = AgreementViews.view(agreement, procedure);
            content.apply(agreement, input, resolved);
            String note = null;
            if (agreement.legacyReview == LegacyReview.RETURNED) {
                agreement.legacyReview = LegacyReview.UNCONFIRMED;
                note = "Corrected after the ministry returned the legacy registration; waiting for its review again";
            }
            AgreementView updated = audit.record(agreement, before, "UPDATED", actor, note);
            feed.publish(agreement, "UPDATED");
            views.evictOnCommit(agreement.id);
            return new Versioned<>(updated, agreement.version);
        });
    }

    public Versioned<AgreementView> transition(UUID id, String ifMatch, TransitionRequest request, String key) {
        String actor = access.actor();
        String operation = "transition:" + id;
        var replay = idempotency.replay(access.keyOwner(), key, operation, request, AgreementView.class);
        if (replay.isPresent()) {
            return replay.get();
        }
        return idempotency.execute(access.keyOwner(), key, operation, request, AgreementView.class, () -> {
            Agreement agreement = load(id);
            access.requireTransition(agreement, request.action());
            Preconditions.requireMatch(ifMatch, agreement.version);
            if (agreement.unconfirmed()) {
                throw new ProblemException(409, "legacy-registration-unconfirmed", agreement.state)
                        .with("legacyReview", agreement.legacyReview);
            }
            return new Versioned<>(apply(agreement, request, actor), agreement.version);
        });
    }

    /**
     * Moves an agreement on; the caller holds the transaction and has checked who may do it.
     *
     * @return the agreement's view after the move
     */
    AgreementView apply(Agreement agreement, TransitionRequest request, String actor) {
        Action action = request.action();
        if (!action.allowedFrom(agreement.state)) {
            throw new ProblemException(409, "transition-not-allowed", action, agreement.state)
                    .with("state", agreement.state)
                    .with("allowedActions", Lifecycle.allowedFrom(agreement.state));
        }
        Optional<PartnerCriterion> blocking = Lifecycle.blockingCriterion(action,
                procedure.unmetCriteria(agreement.partnerCountry), agreement.exceptedCriteria());
        if (blocking.isPresent()) {
            PartnerCriterion criterion = blocking.get();
            Messages.Key legalBasis = new Messages.Key(criterion.legalBasisKey());
            throw new ProblemException(422, "partner-criteria-not-met", action, new Messages.Key(criterion.nameKey()),
                    agreement.partnerCountry, legalBasis)
                    .with("criterion", criterion).with("partnerCountry", agreement.partnerCountry)
                    .with("legalBasis", legalBasis);
        }
        Lifecycle.Check check = Lifecycle.check(action, agreement, request.reference());
        if (!check.passed()) {
            List<Messages.Key> missing = check.missing().stream().map(Messages.Key::new).toList();
            Messages.Key legalBasis = new Messages.Key(check.stage().orElseThrow().legalBasisKey());
            throw new ProblemException(422, "transition-guard", action, missing.size(), legalBasis)
                    .with("missing", missing).with("missingCodes", check.missing())
                    .with("stage", check.stage().orElseThrow()).with("legalBasis", legalBasis);
        }
        AgreementView before = AgreementViews.view(agreement, procedure);
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        if (request.date() == null) {
            agreement.enter(action.target());
        } else {
            agreement.enter(action.target(), request.date());
        }
        switch (action) {
            case DPRD_APPROVE -> agreement.dprdDecisionRef = request.reference();
            case VERIFY -> agreement.verificationRef = request.reference();
            case CONCLUDE_NEGOTIATION -> agreement.negotiationRef = request.reference();
            case CENTRAL_APPROVE -> agreement.centralApprovalRef = request.reference();
            case SIGN -> agreement.fullPowersRef = request.reference();
            case ACTIVATE -> {
                agreement.depositRef = request.reference();
                agreement.activatedOn = date;
            }
            default -> {
                // the state change is all
            }
        }
        String note = request.note() == null ? date.toString() : date + ": " + request.note();
        if (request.reference() != null) {
            note = note + " [" + request.reference() + "]";
        }
        AgreementView moved = audit.record(agreement, before, "TRANSITION:" + action, actor, note);
        feed.publish(agreement, "TRANSITION:" + action);
        views.evictOnCommit(agreement.id);
        return moved;
    }

    /**
     * An agreement's view, from memory while the change feed vouches for it; otherwise its version is checked
     * with one plain query outside any transaction, where a JTA transaction would cost more than the query, and
     * the view is rendered again only when it changed.
     */
    public RenderedAgreement get(UUID id) {
        LocalDate today = LocalDate.now();
        RenderedAgreement rendered = follower.trusted()
                ? views.today(id, today).orElseGet(() -> render(id, today))
                : views.atVersion(id, currentVersion(id), today).orElseGet(() -> render(id, today));
        access.requireRead(rendered.regionCode());
        return access.seesInternalNotes(rendered.regionCode()) ? rendered : rendered.withoutInternalNotes();
    }

    private RenderedAgreement render(UUID id, LocalDate today) {
        long started = System.nanoTime();
        RenderedAgreement rendered = QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = agreements.findForReading(id).orElseThrow(() -> missing(id));
            ObjectNode view = json.valueToTree(AgreementViews.view(agreement, procedure));
            String full = write(view);
            return new RenderedAgreement(agreement.version, today, agreement.regionCode, full,
                    view.remove(INTERNAL_NOTES) == null ? full : write(view));
        });
        views.keep(id, rendered, started);
        return rendered;
    }

    private long currentVersion(UUID id) {
        return agreements.currentVersion(id).orElseThrow(() -> missing(id));
    }

    public PublicAgreementView getPublic(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = agreements.findByIdOptional(id).filter(a -> !a.confidential)
                    .orElseThrow(() -> ProblemException.notFound("agreement-not-found", id));
            return AgreementViews.publicView(agreement);
        });
    }

    public PageResponse<AgreementSummary> search(AgreementQuery query, PageRequest page) {
        AgreementQuery scoped = scoped(query);
        return QuarkusTransaction.requiringNew().call(() -> {
            return PageResponse.of(agreements.summaries(scoped, page.offset(), page.size()), page,
                    () -> agreements.countMatching(scoped));
        });
    }

    public PageResponse<PublicAgreementView> searchPublic(AgreementQuery query, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            return PageResponse.of(agreements.search(query, page.offset(), page.size()).stream()
                    .map(AgreementViews::publicView).toList(), page, () -> agreements.countMatching(query));
        });
    }

    /** Every match, for the CSV export; bounded so an export cannot exhaust memory. */
    public List<AgreementSummary> export(AgreementQuery query, int limit) {
        AgreementQuery scoped = scoped(query);
        return QuarkusTransaction.requiringNew().call(() ->
                agreements.summaries(scoped, 0, limit));
    }

    public PageResponse<HistoryEntry> history(UUID id, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgreementRepository.Readable agreement = agreements.readable(id).orElseThrow(() -> missing(id));
            access.requireRead(agreement.regionCode());
            List<HistoryEntry> entries = audit.history(id, page.offset(), page.size());
            if (!access.seesInternalNotes(agreement.regionCode())) {
                entries.forEach(AgreementService::withoutInternalNotes);
            }
            return PageResponse.of(entries, page, () -> audit.count(id));
        });
    }

    /** The agreement as it was before and after a change, as a caller who may not read internal notes sees it. */
    private static void withoutInternalNotes(HistoryEntry entry) {
        if (entry.before() instanceof ObjectNode before) {
            before.remove(INTERNAL_NOTES);
        }
        if (entry.after() instanceof ObjectNode after) {
            after.remove(INTERNAL_NOTES);
        }
    }

    Agreement load(UUID id) {
        return agreements.findByIdOptional(id).orElseThrow(() -> missing(id));
    }

    /** A confined caller cannot tell a missing agreement from one it may not see. */
    ProblemException missing(UUID id) {
        return access.confined() ? access.hidden() : ProblemException.notFound("agreement-not-found", id);
    }

    private AgreementQuery scoped(AgreementQuery query) {
        String scope = access.regionScope().orElse(null);
        return new AgreementQuery(query.region(), query.includeSubregions(), query.partnerCountry(), query.bloc(),
                query.states(), query.sector(), query.signingYear(), query.expiringWithinDays(), query.dormant(),
                query.text(), scope, false, query.sort());
    }

    private static void requireOpen(Agreement agreement) {
        if (agreement.state.isFinal()) {
            throw new ProblemException(409, "agreement-closed", agreement.state).with("state", agreement.state);
        }
    }

    private static Agreement newAgreement(String actor) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.enter(AgreementState.INITIATED);
        agreement.createdBy = actor;
        return agreement;
    }

    Versioned<AgreementView> versioned(Agreement agreement) {
        return new Versioned<>(AgreementViews.view(agreement, procedure), agreement.version);
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
