package id.jembatan.directory.api;

import id.jembatan.directory.domain.OrganisationKind;
import id.jembatan.directory.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Organisation", description = "A company, state-owned enterprise, university, agency or other body that can be a party or participant")
public record OrganisationView(
        UUID id,
        @Schema(example = "alibaba") String key,
        @Schema(example = "Alibaba Group Holding Limited") String name,
        OrganisationKind kind,
        @Schema(example = "CN") String country,
        List<Sector> sectors,
        @Schema(description = "Owned or controlled by a state: a screening factor") boolean stateControlled,
        OrganisationRef parent,
        String website,
        String note,
        @Schema(description = "Version, also sent as the ETag", example = "0") long version) {

    @Schema(name = "OrganisationRef", description = "A reference to another organisation, such as a parent company")
    public record OrganisationRef(UUID id, String key, String name) {
    }
}
