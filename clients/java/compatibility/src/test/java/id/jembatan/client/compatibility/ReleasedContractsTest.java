package id.jembatan.client.compatibility;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Each committed contract against its last release in contracts/released/: breaking changes need a new major version. */
class ReleasedContractsTest {

    private static final Path ROOT = Path.of(System.getProperty("jembatan.root", "../../.."));

    @ParameterizedTest
    @ValueSource(strings = {"directory-service", "agreements-service", "assessment-service"})
    void aBreakingChangeRaisesTheMajorVersion(String service) {
        Path released = ROOT.resolve("contracts/released/" + service + ".json");
        Path current = ROOT.resolve(service + "/openapi/" + service + ".json");
        assertTrue(Files.isRegularFile(released), "no released contract at " + released);
        BreakingChanges.Verdict verdict = BreakingChanges.check(released, current);
        if (!verdict.allowed()) {
            fail(service + "'s contract " + verdict.currentVersion() + " breaks clients of the released "
                    + verdict.releasedVersion() + "; raise the major number of info.version (see docs/INTEGRATION.md, "
                    + "versioning) or keep the change compatible:\n" + verdict.breaking());
        }
    }
}
