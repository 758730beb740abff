package id.jembatan.agreements.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "CostBenefitAnalysis", description = "Yearly costs by payer and benefits by kind, in one currency")
public record CostBenefit(
        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "IDR") String currency,
        @DecimalMin("0") @DecimalMax("1") @Schema(description = "Discount rate as a fraction; the assessment default applies when empty", example = "0.08") BigDecimal discountRate,
        @NotNull @Min(1) @Max(100) @Schema(description = "Number of years of the analysis: flows run over years 0 to "
                + "horizonYears - 1, and a flow with year >= horizonYears is refused", example = "5") Integer horizonYears,
        @NotNull @Size(max = 500) List<@Valid @NotNull Cost> costs,
        @NotNull @Size(max = 500) List<@Valid @NotNull Benefit> benefits,
        @Size(max = 2000) String note) {

    @Schema(name = "CostFlow", description = "A cost in a year and who pays it")
    public record Cost(@NotNull @Min(0) @Max(100) @Schema(description = "Year from the start, 0-based") Integer year,
                       @NotNull Payer payer,
                       @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "BenefitFlow", description = "A benefit in a year: money, or a count for JOBS and PEOPLE_TRAINED")
    public record Benefit(@NotNull @Min(0) @Max(100) Integer year,
                          @NotNull BenefitKind kind,
                          @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }
}
