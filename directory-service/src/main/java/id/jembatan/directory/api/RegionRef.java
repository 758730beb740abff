package id.jembatan.directory.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "RegionRef", description = "A short reference to another region")
public record RegionRef(UUID id, @Schema(example = "Banten") String name, int level, List<CodeView> codes) {
}
