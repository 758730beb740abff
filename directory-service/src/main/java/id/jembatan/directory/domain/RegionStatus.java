package id.jembatan.directory.domain;

public enum RegionStatus {
    ACTIVE,
    /** No longer in use, typically because the code was replaced after a split or merger. */
    RETIRED
}
