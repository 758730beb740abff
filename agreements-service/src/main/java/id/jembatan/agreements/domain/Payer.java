package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who pays a cost")
public enum Payer {
    REGION, PARTNER, THIRD_PARTY
}
