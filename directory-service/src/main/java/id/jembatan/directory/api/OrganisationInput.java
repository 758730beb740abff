package id.jembatan.directory.api;

import id.jembatan.directory.domain.OrganisationKind;
import id.jembatan.directory.domain.Sector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;
import java.util.UUID;

@Schema(name = "OrganisationInput", description = "The details of an organisation, to create or replace it")
public record OrganisationInput(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") @Schema(example = "zhejiang-university") String key,
        @NotBlank @Size(max = 300) @Schema(example = "Zhejiang University") String name,
        @NotNull OrganisationKind kind,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") @Schema(example = "CN") String country,
        @Size(max = 19) Set<@NotNull Sector> sectors,
        boolean stateControlled,
        UUID parentId,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+") String website,
        @Size(max = 2000) String note) {
}
