package id.jembatan.directory.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ImportReport", description = "What an import did, row by row for the rejected ones")
public record ImportReport(
        @Schema(example = "CSV") String format,
        @Schema(example = "5") int received,
        @Schema(example = "4") int created,
        @Schema(example = "0") int updated,
        @Schema(example = "0") int unchanged,
        List<RejectedRow> rejected) {

    @Schema(name = "RejectedRow", description = "A row of an import that was not stored, with its line and the reason")
    public record RejectedRow(
            @Schema(description = "Line in the uploaded file (1 is the CSV header)", example = "4") int line,
            @Schema(example = "KEMENDAGRI") String scheme,
            @Schema(example = "36.7X") String code,
            @Schema(example = "code: not a KEMENDAGRI code") String reason) {
    }
}
