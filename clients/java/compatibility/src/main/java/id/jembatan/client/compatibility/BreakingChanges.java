package id.jembatan.client.compatibility;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versioning policy of the contracts, checked with openapi-diff: a contract may change compatibly under the
 * same major version; a change that can break a client built from the last released contract (a removed
 * operation, a new required parameter, a narrowed type, …) needs a higher major number in {@code info.version}.
 */
public final class BreakingChanges {

    private static final Pattern MAJOR = Pattern.compile("^\\s*v?(\\d+)");

    private BreakingChanges() {
    }

    /** @param breaking the openapi-diff report of the breaking changes, null when there are none or they are allowed */
    public record Verdict(String releasedVersion, String currentVersion, boolean compatible, String breaking) {

        public boolean allowed() {
            return breaking == null;
        }
    }

    public static Verdict check(Path released, Path current) {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toAbsolutePath().toString(), current.toAbsolutePath().toString());
        String releasedVersion = diff.getOldSpecOpenApi().getInfo().getVersion();
        String currentVersion = diff.getNewSpecOpenApi().getInfo().getVersion();
        boolean compatible = diff.isCompatible();
        boolean allowed = compatible || major(currentVersion) > major(releasedVersion);
        return new Verdict(releasedVersion, currentVersion, compatible, allowed ? null : render(diff));
    }

    static int major(String version) {
        Matcher matcher = MAJOR.matcher(version == null ? "" : version);
        if (!matcher.find()) {
            throw new IllegalArgumentException("info.version " + version + " has no major number");
        }
        return Integer.parseInt(matcher.group(1));
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return report.toString(StandardCharsets.UTF_8);
    }
}
