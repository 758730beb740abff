package id.jembatan.agreements.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.jembatan.agreements.api.AgreementInput;
import id.jembatan.agreements.api.AgreementSummary;
import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.api.LegacyRegistration;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.api.TransitionRequest;
import id.jembatan.agreements.config.AgreementsConfig;
import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Commitment;
import id.jembatan.agreements.domain.Lifecycle;
import id.jembatan.agreements.domain.Sector;
import id.jembatan.agreements.repository.AgreementQuery;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.platform.problem.Messages;
import id.jembatan.platform.problem.Problem;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import id.jembatan.platform.web.Preconditions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Registry writes and reads. Parties are validated against directory-service before a transaction opens, so a
 * directory outage costs nothing but a 503; every write records its history and change in its own transaction.
 */
@ApplicationScoped
public class AgreementService {

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
    AgreementsConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Inject
    AgreementDocuments documents;

    public Idempotency.Outcome create(AgreementInput input, String key) {
        access.requireCreate(input.indonesianRegionCode());
        checkShape(input);
        String actor = access.actor();
        var replay = idempotency.replay(access.keyOwner(), key, "create", input);
        if (replay.isPresent()) {
            return replay.get();
        }
        PartyResolver.Parties resolved = parties.resolve(input);
        return idempotency.execute(access.keyOwner(), key, "create", input, () -> {
            Agreement agreement = newAgreement(actor);
            apply(agreement, input, resolved);
            agreements.persist(agreement);
            audit.record(agreement, null, "CREATED", actor, null);
            return outcome(201, agreement);
        });
    }

    public Idempotency.Outcome registerLegacy(LegacyRegistration registration, String key) {
        AgreementInput input = registration.agreement();
        access.requireCreate(input.indonesianRegionCode());
        checkShape(input);
        String actor = access.actor();
        var replay = idempotency.replay(access.keyOwner(), key, "legacy", registration);
        if (replay.isPresent()) {
            return replay.get();
        }
        PartyResolver.Parties resolved = parties.resolve(input);
        return idempotency.execute(access.keyOwner(), key, "legacy", registration,
                () -> outcome(201, registerLegacy(registration, resolved, actor)));
    }

    /** Registers without an authorization check: for callers that are the system itself (demo data). */
    Agreement registerLegacyAs(LegacyRegistration registration, String actor) {
        checkShape(registration.agreement());
        PartyResolver.Parties resolved = parties.resolve(registration.agreement());
        return QuarkusTransaction.requiringNew().call(() -> registerLegacy(registration, resolved, actor));
    }

    private Agreement registerLegacy(LegacyRegistration registration, PartyResolver.Parties resolved, String actor) {
        Agreement agreement = newAgreement(actor);
        apply(agreement, registration.agreement(), resolved);
        agreement.state = registration.state();
        agreement.legacy = true;
        agreement.dprdDecisionRef = registration.dprdDecisionRef();
        agreement.centralApprovalRef = registration.centralApprovalRef();
        if (registration.state() == AgreementState.ACTIVE || registration.state() == AgreementState.UNDER_EVALUATION) {
            agreement.activatedOn = agreement.validFrom != null ? agreement.validFrom : agreement.signedOn;
        }
        agreements.persist(agreement);
        audit.record(agreement, null, "REGISTERED_LEGACY", actor,
                "Registered in state " + registration.state() + " from before the system: " + registration.note());
        return agreement;
    }

    public Idempotency.Outcome update(UUID id, String ifMatch, AgreementInput input) {
        checkShape(input);
        QuarkusTransaction.requiringNew().run(() -> {
            Agreement agreement = load(id);
            access.requireChange(agreement);
            Preconditions.requireMatch(ifMatch, agreement.version);
            requireOpen(agreement);
        });
        if (access.confined()) {
            access.requireCreate(input.indonesianRegionCode());
        }
        PartyResolver.Parties resolved = parties.resolve(input);
        String actor = access.actor();
        return QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = load(id);
            Preconditions.requireMatch(ifMatch, agreement.version);
            AgreementView before = AgreementViews.view(agreement);
            apply(agreement, input, resolved);
            audit.record(agreement, before, "UPDATED", actor, null);
            return outcome(200, agreement);
        });
    }

    public Idempotency.Outcome transition(UUID id, String ifMatch, TransitionRequest request, String key) {
        String actor = access.actor();
        String operation = "transition:" + id;
        var replay = idempotency.replay(access.keyOwner(), key, operation, request);
        if (replay.isPresent()) {
            return replay.get();
        }
        return idempotency.execute(access.keyOwner(), key, operation, request, () -> {
            Agreement agreement = load(id);
            access.requireTransition(agreement, request.action());
            Preconditions.requireMatch(ifMatch, agreement.version);
            apply(agreement, request, actor);
            return outcome(200, agreement);
        });
    }

    /** Moves an agreement on; the caller holds the transaction and has checked who may do it. */
    void apply(Agreement agreement, TransitionRequest request, String actor) {
        Action action = request.action();
        if (!action.allowedFrom(agreement.state)) {
            throw new ProblemException(409, "transition-not-allowed", action, agreement.state)
                    .with("state", agreement.state)
                    .with("allowedActions", Lifecycle.allowedFrom(agreement.state));
        }
        Lifecycle.Check check = Lifecycle.check(action, agreement, request.reference());
        if (!check.passed()) {
            List<Messages.Key> missing = check.missing().stream().map(Messages.Key::new).toList();
            throw new ProblemException(422, "transition-guard", action, missing.size())
                    .with("missing", missing).with("missingCodes", check.missing());
        }
        AgreementView before = AgreementViews.view(agreement);
        LocalDate date = request.date() == null ? LocalDate.now() : request.date();
        agreement.state = action.target();
        switch (action) {
            case DPRD_APPROVE -> agreement.dprdDecisionRef = request.reference();
            case CENTRAL_APPROVE -> agreement.centralApprovalRef = request.reference();
            case ACTIVATE -> agreement.activatedOn = date;
            default -> {
                // the state change is all
            }
        }
        String note = request.note() == null ? date.toString() : date + ": " + request.note();
        if (request.reference() != null) {
            note = note + " [" + request.reference() + "]";
        }
        audit.record(agreement, before, "TRANSITION:" + action, actor, note);
    }

    /**
     * An agreement's view, from memory while the change feed vouches for it; otherwise its version is checked
     * with one plain query outside any transaction, where a JTA transaction and the ORM would cost more than
     * the query, and the view is rendered again only when it changed.
     */
    public AgreementDocuments.Document get(UUID id) {
        LocalDate today = LocalDate.now();
        AgreementDocuments.Document document = documents.trusted()
                ? documents.cached(id, today).orElseGet(() -> render(id, today))
                : documents.atVersion(id, currentVersion(id), today).orElseGet(() -> render(id, today));
        access.requireRead(document.regionCode());
        return document;
    }

    private AgreementDocuments.Document render(UUID id, LocalDate today) {
        long started = System.nanoTime();
        AgreementDocuments.Document rendered = QuarkusTransaction.requiringNew().call(() -> {
            Agreement agreement = load(id);
            agreements.getEntityManager().detach(agreement);
            return new AgreementDocuments.Document(agreement.version, today, agreement.regionCode,
                    write(AgreementViews.view(agreement)));
        });
        documents.keep(id, rendered, started);
        return rendered;
    }

    private long currentVersion(UUID id) {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement("select version from agreement where id = ?")) {
            statement.setObject(1, id);
            try (java.sql.ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    throw access.confined() ? access.hidden() : ProblemException.notFound("agreement-not-found", id);
                }
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read agreement " + id, e);
        }
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
            AgreementRepository.SummaryPage found = agreements.summaries(scoped, page.offset(), page.size(), true);
            return PageResponse.of(found.items(), page, found.total());
        });
    }

    public PageResponse<PublicAgreementView> searchPublic(AgreementQuery query, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgreementRepository.Page found = agreements.search(query, page.offset(), page.size());
            return PageResponse.of(found.agreements().stream().map(AgreementViews::publicView).toList(), page, found.total());
        });
    }

    /** Every match, for the CSV export; bounded so an export cannot exhaust memory. */
    public List<AgreementSummary> export(AgreementQuery query, int limit) {
        AgreementQuery scoped = scoped(query);
        return QuarkusTransaction.requiringNew().call(() ->
                agreements.summaries(scoped, 0, limit, false).items());
    }

    public PageResponse<HistoryEntry> history(UUID id, PageRequest page) {
        return QuarkusTransaction.requiringNew().call(() -> {
            access.requireRead(load(id));
            return PageResponse.of(audit.history(id, page.offset(), page.size()), page, audit.count(id));
        });
    }

    Agreement load(UUID id) {
        return agreements.findByIdOptional(id).orElseThrow(() ->
                access.confined() ? access.hidden() : ProblemException.notFound("agreement-not-found", id));
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
        agreement.state = AgreementState.INITIATED;
        agreement.createdBy = actor;
        return agreement;
    }

    private void apply(Agreement a, AgreementInput input, PartyResolver.Parties p) {
        String reference = input.reference() != null ? input.reference()
                : a.reference != null ? a.reference
                : "KSD-" + p.regionCode() + "-" + LocalDate.now().getYear() + "-" + a.id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        if (agreements.count("reference = ?1 and id <> ?2", reference, a.id) > 0) {
            throw new ProblemException(409, "reference-taken", reference);
        }
        a.reference = reference;
        a.title = input.title();
        a.summary = input.summary();
        a.form = input.form();
        a.type = input.type();
        a.confidential = input.confidential();
        a.regionId = p.regionId();
        a.regionCode = p.regionCode();
        a.regionName = p.regionName();
        a.provinceCode = p.provinceCode();
        a.foreignRegionId = p.foreignRegionId();
        a.foreignRegionCode = p.foreignRegionCode();
        a.foreignOrganisationId = p.foreignOrganisationId();
        a.foreignOrganisationKey = p.foreignOrganisationKey();
        a.foreignPartyName = p.foreignPartyName();
        a.partnerCountry = p.partnerCountry();
        a.partnerBlocs = p.partnerBlocs().toArray(String[]::new);
        a.participants = new ArrayList<>(p.participants());
        a.sectors = input.sectors() == null ? new String[0] : input.sectors().stream().map(Sector::name).sorted().toArray(String[]::new);
        a.validFrom = input.validFrom();
        a.validUntil = input.validUntil();
        a.renewable = input.renewable();
        a.trainingTarget = input.trainingTarget();
        a.environmentalApprovalRef = input.environmentalApprovalRef();
        a.internalNotes = input.internalNotes();
        a.instruments = input.instruments() == null ? new ArrayList<>() : new ArrayList<>(input.instruments());
        a.clauses = input.clauses() == null || input.clauses().isEmpty() ? new EnumMap<>(id.jembatan.agreements.domain.ClauseKind.class)
                : new EnumMap<>(input.clauses());
        a.costBenefit = input.costBenefit();
        a.commitments = input.commitments() == null ? new ArrayList<>() : new ArrayList<>(input.commitments());
        a.committedValueIdr = committedValue(a.commitments);
        a.deriveSigning();
    }

    private BigDecimal committedValue(List<Commitment> commitments) {
        BigDecimal total = BigDecimal.ZERO;
        for (Commitment c : commitments) {
            total = total.add(c.amount().multiply(config.referenceRates().get(c.currency())));
        }
        return total;
    }

    /** Rules that span fields, which Bean Validation on single fields cannot express. */
    private void checkShape(AgreementInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (input.validFrom() != null && input.validUntil() != null && input.validUntil().isBefore(input.validFrom())) {
            errors.add(new Problem.FieldError("validUntil", "{agreement.validity}", input.validUntil().toString()));
        }
        if (input.commitments() != null) {
            for (int i = 0; i < input.commitments().size(); i++) {
                String currency = input.commitments().get(i).currency();
                if (!config.referenceRates().containsKey(currency)) {
                    errors.add(new Problem.FieldError("commitments[" + i + "].currency", "{agreement.currency}", currency));
                }
            }
        }
        if (input.costBenefit() != null) {
            int horizon = input.costBenefit().horizonYears();
            input.costBenefit().costs().stream().filter(c -> c.year() >= horizon).findFirst().ifPresent(c ->
                    errors.add(new Problem.FieldError("costBenefit.costs", "{agreement.cba-horizon}", c.year())));
            input.costBenefit().benefits().stream().filter(b -> b.year() >= horizon).findFirst().ifPresent(b ->
                    errors.add(new Problem.FieldError("costBenefit.benefits", "{agreement.cba-horizon}", b.year())));
        }
        if (input.clauses() != null) {
            input.clauses().forEach((kind, clause) -> {
                if (!clause.filled()) {
                    errors.add(new Problem.FieldError("clauses." + kind, "{agreement.clause-absent-reason}", null));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    Idempotency.Outcome outcome(int status, Agreement agreement) {
        return new Idempotency.Outcome(status, write(AgreementViews.view(agreement)),
                "/agreements/" + agreement.id, "\"" + agreement.version + "\"");
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
