package id.jembatan.directory.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "RegionInput", description = "A region as created or replaced by a directory administrator")
public record RegionInput(
        @NotBlank @Size(max = 200) @Schema(example = "Kota Serang") String name,
        @Size(max = 200) String localName,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> altNames,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") @Schema(example = "ID") String country,
        @NotNull @Min(1) @Max(4) @Schema(example = "2") Integer level,
        @NotBlank @Size(max = 64) @Schema(example = "Kota") String kind,
        @Size(max = 64) String kindEn,
        @Schema(description = "Id of the parent region; required below level 1") UUID parentId,
        @NotEmpty @Size(max = 12) List<@Valid @NotNull CodeView> codes,
        @Size(max = 200) List<@Valid @NotNull FigureView> figures,
        @Valid HeadView head) {
}
