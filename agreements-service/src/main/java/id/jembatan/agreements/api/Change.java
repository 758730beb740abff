package id.jembatan.agreements.api;

import id.jembatan.agreements.domain.AgreementState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Change", description = "One committed change of an agreement")
public record Change(@Schema(description = "Position in the feed, strictly increasing in commit order", example = "42") long position,
                     UUID agreementId,
                     @Schema(example = "TRANSITION:ACTIVATE") String type,
                     AgreementState state,
                     long version,
                     Instant at) {

    @Schema(name = "ChangePage", description = "Changes after a cursor, in commit order, and the cursor to continue from")
    public record Page(List<Change> items,
                       @Schema(description = "Pass as 'after' to read on; unchanged when nothing new", example = "42") long next) {
    }
}
