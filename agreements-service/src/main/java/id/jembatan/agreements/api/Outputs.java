package id.jembatan.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "RealisedOutputs", description = "What the agreement's activities realised so far; money in IDR at the reference rates")
public record Outputs(@Schema(example = "40") int peopleTrained,
                      @Schema(example = "0") BigDecimal exportValueIdr,
                      @Schema(example = "0") BigDecimal investmentValueIdr) {
}
