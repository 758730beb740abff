package id.jembatan.agreements.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A safeguard clause entry: present (and where), or explicitly absent with the reason in the note. */
@Schema(name = "Clause", description = "Whether the agreement has a safeguard clause of one kind, and where")
public record Clause(
        @NotNull @Schema(example = "true") Boolean present,
        @Size(max = 200) @Schema(example = "Article 7") String location,
        @Size(max = 2000) @Schema(example = "Personal data stays in Indonesia (PP 71/2019)") String note) {

    /** Filled in: present, or absent with a reason. A bare "absent" does not satisfy a guard. */
    public boolean filled() {
        return Boolean.TRUE.equals(present) || (note != null && !note.isBlank());
    }
}
