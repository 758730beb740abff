package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who carries a financial commitment")
public enum Obligor {
    INDONESIAN_PARTY, FOREIGN_PARTY, THIRD_PARTY
}
