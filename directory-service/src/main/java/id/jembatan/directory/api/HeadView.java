package id.jembatan.directory.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "HeadOfGovernment", description = "The head of a region's government and the term of office")
public record HeadView(
        @Size(max = 100) @Schema(example = "Wali Kota") String title,
        @Size(max = 200) @Schema(example = "Budi Rustandi") String name,
        LocalDate termStart,
        LocalDate termEnd) {
}
