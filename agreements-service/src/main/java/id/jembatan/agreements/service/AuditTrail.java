package id.jembatan.agreements.service;

import id.jembatan.agreements.api.AgreementView;
import id.jembatan.agreements.api.HistoryEntry;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.agreements.domain.Procedure;
import id.jembatan.agreements.repository.AgreementRepository;
import id.jembatan.agreements.repository.HistoryRepository;
import id.jembatan.platform.web.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The append-only history: every change with the agreement before and after it, who made it and why. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AgreementRepository agreements;

    @Inject
    HistoryRepository history;

    @Inject
    Procedure procedure;

    /**
     * Records a change in the changing transaction. The agreement is flushed first: its version is incremented
     * at the flush, and the entry (like the change published after it) records the new version.
     *
     * @return the agreement's view after the change, as recorded: what the write answers, rendered once
     */
    AgreementView record(Agreement agreement, Object before, String action, String actor, String note) {
        agreements.flush();
        AgreementView after = AgreementViews.view(agreement, procedure);
        history.append(agreement.id, actor, action, before, after, note, RequestIds.current());
        return after;
    }

    public List<HistoryEntry> history(UUID agreementId, int offset, int limit) {
        return history.page(agreementId, offset, limit);
    }

    public long count(UUID agreementId) {
        return history.count(agreementId);
    }
}
