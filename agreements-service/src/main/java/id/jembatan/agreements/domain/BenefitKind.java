package id.jembatan.agreements.domain;

/** PEOPLE_TRAINED and JOBS are counts, the others money. */
public enum BenefitKind {
    EXPORTS, TOURISM, INVESTMENT, JOBS, PEOPLE_TRAINED
}
