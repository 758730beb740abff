package id.jembatan.directory.domain;

public enum OrganisationKind {
    COMPANY,
    STATE_OWNED_ENTERPRISE,
    UNIVERSITY,
    GOVERNMENT_AGENCY,
    CHAMBER,
    NGO,
    INTERNATIONAL_ORGANISATION
}
