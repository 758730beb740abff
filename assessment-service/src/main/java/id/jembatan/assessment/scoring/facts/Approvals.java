package id.jembatan.assessment.scoring.facts;

/** References of the approvals the procedure requires; null when not recorded. */
public record Approvals(String dprdDecisionRef, String centralApprovalRef) {
    static final Approvals NONE = new Approvals(null, null);
}
