package id.jembatan.directory.api;

import id.jembatan.directory.domain.Metric;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "RegionFigure", description = "A profile figure for one year with its source")
public record FigureView(
        @NotNull @Schema(example = "BUDGET_REVENUE") Metric metric,
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2024") Integer year,
        @NotNull @DecimalMin("0") @Digits(integer = 22, fraction = 2) @Schema(example = "1350000000000") BigDecimal value,
        @NotBlank @Size(max = 16) @Schema(example = "IDR") String unit,
        @NotBlank @Size(max = 300) @Schema(example = "APBD Kota Serang 2024 (Perda)") String source,
        @Schema(description = "Not an official figure: an estimate or demo value") boolean illustrative) {
}
