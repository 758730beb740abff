package id.jembatan.directory.rest;

import id.jembatan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * The problem documents of this service that carry members beyond the standard ones, as the contract shows them:
 * the mapper writes those members at the top level, next to type, title and status.
 */
final class ProblemDocuments {

    private ProblemDocuments() {
    }

    @Schema(name = "RegionCodeTakenProblem", allOf = Problem.class,
            description = "urn:jembatan:problem:region-code-taken: a code of the region already belongs to another region")
    record RegionCodeTaken(
            @Schema(required = true, description = "Id of the region that holds the code") UUID regionId) {
    }
}
