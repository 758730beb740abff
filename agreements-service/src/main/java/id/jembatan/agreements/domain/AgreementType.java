package id.jembatan.agreements.domain;

public enum AgreementType {
    SISTER_CITY, SISTER_PROVINCE, TECHNICAL_COOPERATION, ECONOMIC_COOPERATION, EDUCATION_CULTURE, OTHER
}
