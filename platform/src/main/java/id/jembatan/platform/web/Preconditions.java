package id.jembatan.platform.web;

import id.jembatan.platform.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the version of a resource is its strong ETag, and a change must name the
 * version it was based on.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** @throws ProblemException 428 without {@code If-Match}, 412 when it names another version */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(quoted(currentVersion)) || tag.equals("W/" + quoted(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", Echo.fits(ifMatch) ? ifMatch : "?")
                .header("ETag", quoted(currentVersion));
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }
}
