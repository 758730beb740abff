package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PEOPLE_TRAINED and JOBS are counts, the others money. */
@Schema(description = "A kind of benefit: EXPORTS, TOURISM and INVESTMENT are money, JOBS and PEOPLE_TRAINED counts")
public enum BenefitKind {
    EXPORTS, TOURISM, INVESTMENT, JOBS, PEOPLE_TRAINED
}
