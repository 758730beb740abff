package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the agreement is about")
public enum AgreementType {
    SISTER_CITY, SISTER_PROVINCE, TECHNICAL_COOPERATION, ECONOMIC_COOPERATION, EDUCATION_CULTURE, OTHER
}
