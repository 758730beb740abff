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

@Schema(name = "FinancialCommitment", description = "Who commits what; for loans the terms AidData records")
public record Commitment(
        @NotNull Obligor obligor,
        @NotNull CommitmentKind kind,
        @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) @Schema(example = "2500000000") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(example = "IDR") String currency,
        @Size(max = 100) List<@Valid @NotNull Instalment> schedule,
        @Valid LoanTerms loan,
        @Size(max = 1000) String note) {

    @Schema(name = "Instalment", description = "An amount due in a year")
    public record Instalment(@NotNull @Min(1900) @Max(2200) Integer year,
                             @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 2) BigDecimal amount) {
    }

    @Schema(name = "LoanTerms", description = "The terms of a loan as AidData records them")
    public record LoanTerms(@DecimalMin("0") @DecimalMax("1") @Schema(example = "0.02") BigDecimal interestRate,
                            @Min(0) @Max(100) Integer maturityYears,
                            @Min(0) @Max(100) Integer gracePeriodYears,
                            @Size(max = 500) String collateral) {
    }
}
