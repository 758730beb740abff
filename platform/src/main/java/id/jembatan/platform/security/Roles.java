package id.jembatan.platform.security;

/** The roles of docs/ARCHITECTURE.md ("Conventions"), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REGIONAL_OFFICER = "regional-officer";
    public static final String MINISTRY_REVIEWER = "ministry-reviewer";
    public static final String DIRECTORY_ADMIN = "directory-admin";
    public static final String ADMIN = "admin";
    /** The claim that scopes a regional officer to its own region (a Kemendagri code such as {@code 36.73}). */
    public static final String REGION_CLAIM = "region_code";

    private Roles() {
    }
}
