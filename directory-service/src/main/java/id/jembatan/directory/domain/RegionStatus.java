package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a region is in use, or retired (its codes stay resolvable with their validity ended)")
public enum RegionStatus {
    ACTIVE,
    /** No longer in use, typically because the code was replaced after a split or merger. */
    RETIRED
}
