package id.jembatan.directory.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "RegionRetirement", description = "Retires a region, e.g. when a split or merger replaced its code")
public record RegionRetirement(
        @Schema(description = "The region that replaces it, if any") UUID replacedBy,
        @NotNull @Schema(example = "2025-06-30") LocalDate retiredOn,
        @Size(max = 1000) @Schema(example = "Split into two regencies by UU 12/2025") String note) {
}
