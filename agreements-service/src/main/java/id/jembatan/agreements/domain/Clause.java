package id.jembatan.agreements.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A safeguard clause entry: present (and where), or absent. An absent clause may be recorded bare (the agreement
 * lacks it, and nobody has said why yet); only an absent one with the reason in the note counts as filled in.
 */
@Schema(name = "Clause", description = "Whether the agreement has a safeguard clause of one kind, and where. An absent "
        + "clause may be recorded without a note; leaving PLANNED needs the cost-benefit, environmental and fiscal "
        + "clauses filled in: present, or absent with the reason in the note")
public record Clause(
        @NotNull @Schema(example = "true") Boolean present,
        @Size(max = 200) @Schema(example = "Article 7") String location,
        @Size(max = 2000) @Schema(example = "Personal data stays in Indonesia (PP 71/2019)") String note) {

    /** Filled in: present, or absent with a reason. A bare "absent" does not satisfy a guard. */
    public boolean filled() {
        return Boolean.TRUE.equals(present) || (note != null && !note.isBlank());
    }
}
