package id.jembatan.agreements.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Document", description = "Metadata of an instrument's document; the file itself is stored elsewhere")
public record Document(
        @NotBlank @Size(max = 300) @Schema(example = "Letter of Intent Kota Serang – Hangzhou") String title,
        @Pattern(regexp = "[0-9a-f]{64}") @Schema(description = "SHA-256 of the file, lower-case hex") String sha256,
        @Size(max = 500) @Schema(example = "arsip://bagian-kerja-sama/2025/loi-hangzhou.pdf") String location,
        @Schema(description = "Confidential documents are never shown in the public view") boolean confidential) {
}
