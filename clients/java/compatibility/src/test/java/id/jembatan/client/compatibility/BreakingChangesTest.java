package id.jembatan.client.compatibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakingChangesTest {

    @TempDir
    Path directory;

    private Path contract(String name, String version, boolean withCountries, String sizeType) throws IOException {
        String countries = withCountries ? """
                ,"/countries":{"get":{"operationId":"listCountries","responses":{"200":{"description":"ok",
                  "content":{"application/json":{"schema":{"type":"string"}}}}}}}""" : "";
        Path file = directory.resolve(name + ".json");
        Files.writeString(file, """
                {"openapi":"3.0.3","info":{"title":"t","version":"%s"},"paths":{
                 "/regions":{"get":{"operationId":"searchRegions",
                   "parameters":[{"name":"size","in":"query","schema":{"type":"%s"}}],
                   "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"string"}}}}}}}%s}}
                """.formatted(version, sizeType, countries));
        return file;
    }

    @Test
    void anAddedOperationIsCompatible() throws IOException {
        BreakingChanges.Verdict verdict = BreakingChanges.check(contract("old", "1.0", false, "integer"),
                contract("new", "1.1.0", true, "integer"));
        assertTrue(verdict.compatible());
        assertTrue(verdict.allowed());
    }

    @Test
    void aRemovedOperationNeedsANewMajorVersion() throws IOException {
        Path released = contract("old", "1.0", true, "integer");
        BreakingChanges.Verdict sameMajor = BreakingChanges.check(released, contract("new", "1.4.0", false, "integer"));
        assertFalse(sameMajor.compatible());
        assertFalse(sameMajor.allowed());
        assertNotNull(sameMajor.breaking());
        assertTrue(sameMajor.breaking().contains("/countries"), sameMajor.breaking());

        BreakingChanges.Verdict raised = BreakingChanges.check(released, contract("next", "2.0.0", false, "integer"));
        assertFalse(raised.compatible());
        assertTrue(raised.allowed());
    }

    @Test
    void theMajorNumberIsReadLeniently() {
        assertEquals(1, BreakingChanges.major("1.0"));
        assertEquals(2, BreakingChanges.major("2.0.0"));
        assertEquals(3, BreakingChanges.major("v3"));
        assertThrows(IllegalArgumentException.class, () -> BreakingChanges.major("draft"));
    }
}
