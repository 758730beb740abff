package id.jembatan.directory.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of body an organisation is")
public enum OrganisationKind {
    COMPANY,
    STATE_OWNED_ENTERPRISE,
    UNIVERSITY,
    GOVERNMENT_AGENCY,
    CHAMBER,
    NGO,
    INTERNATIONAL_ORGANISATION
}
