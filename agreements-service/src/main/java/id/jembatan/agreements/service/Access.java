package id.jembatan.agreements.service;

import id.jembatan.agreements.domain.Action;
import id.jembatan.agreements.domain.Agreement;
import id.jembatan.platform.problem.ProblemException;
import id.jembatan.platform.security.CallerRegion;
import id.jembatan.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who may see and change which agreement. A regional officer is confined to its own region (the
 * {@code region_code} claim): another region's agreement and a missing one look the same to it (403), so it
 * cannot even learn that the agreement exists.
 */
@ApplicationScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Whose Idempotency-Keys these are: a key is never shared across people or regions. */
    public String keyOwner() {
        return actor() + "|" + CallerRegion.claim(token);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The region a regional officer is confined to; empty for roles that see every region. */
    public Optional<String> regionScope() {
        return CallerRegion.confinedTo(identity, token);
    }

    public boolean confined() {
        return regionScope().isPresent();
    }

    public void requireRead(Agreement agreement) {
        requireRead(agreement.regionCode);
    }

    public void requireRead(String regionCode) {
        regionScope().ifPresent(region -> {
            if (!region.equals(regionCode)) {
                throw hidden();
            }
        });
    }

    public void requireCreate(String regionCode) {
        if (isAdmin()) {
            return;
        }
        if (!identity.hasRole(Roles.REGIONAL_OFFICER) || !regionCode.equals(ownRegion())) {
            throw new ProblemException(403, "forbidden-region", regionCode);
        }
    }

    public void requireChange(Agreement agreement) {
        if (isAdmin()) {
            return;
        }
        if (identity.hasRole(Roles.REGIONAL_OFFICER) && agreement.regionCode.equals(ownRegion())) {
            return;
        }
        requireRead(agreement);
        throw new ProblemException(403, "forbidden");
    }

    public void requireTransition(Agreement agreement, Action action) {
        if (action.isCentralDecision()) {
            requireRead(agreement);
            if (!isAdmin() && !identity.hasRole(Roles.MINISTRY_REVIEWER)) {
                throw new ProblemException(403, "forbidden-central-decision");
            }
            return;
        }
        requireChange(agreement);
    }

    /**
     * Internal notes are for the agreement's own region's officers, ministry reviewers and admins: not for viewers,
     * nor for another region's officers (who cannot read the agreement at all).
     */
    public boolean seesInternalNotes(String regionCode) {
        return isAdmin() || identity.hasRole(Roles.MINISTRY_REVIEWER)
                || identity.hasRole(Roles.REGIONAL_OFFICER) && regionCode.equals(ownRegion());
    }

    /** Recording a ministry decision outside the transitions (a partner-criteria exception, a legacy review). */
    public void requireMinistryReviewer(Agreement agreement) {
        requireRead(agreement);
        if (!identity.hasRole(Roles.MINISTRY_REVIEWER)) {
            throw new ProblemException(403, "forbidden-central-decision");
        }
    }

    /** The answer to a confined caller asking for an agreement it may not see, whether or not it exists. */
    public ProblemException hidden() {
        return new ProblemException(403, "agreement-not-accessible");
    }

    private String ownRegion() {
        return CallerRegion.claim(token);
    }
}
