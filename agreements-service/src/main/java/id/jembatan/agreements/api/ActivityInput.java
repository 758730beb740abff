package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.ActivityKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ActivityInput", description = "One entry of the implementation log with its outputs")
public record ActivityInput(
        @NotNull ActivityKind kind,
        @NotNull @Schema(example = "2026-03-12") LocalDate occurredOn,
        @Size(max = 2000) @Schema(example = "Digital-skills training for 40 MSME owners with Alibaba Cloud") String description,
        @Size(max = 20) List<@NotNull @Size(max = 200) String> organisations,
        @Min(0) @Max(1_000_000) Integer peopleTrained,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal exportValue,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal investmentValue,
        @Pattern(regexp = "[A-Z]{3}") @Schema(example = "IDR") String currency) {
}
