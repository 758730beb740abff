package id.jembatan.platform.security;

/** The roles of docs/ARCHITECTURE.md ("Conventions"), as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String REGIONAL_OFFICER = "regional-officer";
    public static final String MINISTRY_REVIEWER = "ministry-reviewer";
    public static final String DIRECTORY_ADMIN = "directory-admin";
    public static final String ADMIN = "admin";
    /*
     * Sets of roles that several endpoints allow, for @RolesAllowed. Each set is listed once, in this module's
     * META-INF/microprofile-config.properties (jembatan.roles.*); Quarkus resolves the expression at start-up.
     */
    /** Who reads the registry and its assessments: viewer, regional officer, ministry reviewer, admin. */
    public static final String READERS = "${jembatan.roles.readers}";
    /** Who registers and edits agreements and records their activities: regional officer, admin. */
    public static final String REGISTRARS = "${jembatan.roles.registrars}";
    /** Who moves agreements through the procedure and assesses them: regional officer, ministry reviewer, admin. */
    public static final String OFFICIALS = "${jembatan.roles.officials}";
    /** The claim that scopes a regional officer to its own region (a Kemendagri code such as {@code 36.73}). */
    public static final String REGION_CLAIM = "region_code";

    private Roles() {
    }
}
