package id.jembatan.assessment;

import id.jembatan.devtools.testing.PostgresAndKeysResource;
import id.jembatan.devtools.testing.RecordedService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import java.util.List;

/**
 * Every API test runs against a fresh database, the test key pair, and agreements-service and directory-service
 * as recorded from the real services running the article's demo data (src/test/resources/*-stub).
 */
@QuarkusTestResource(value = PostgresAndKeysResource.class, initArgs = @ResourceArg(name = "database", value = "assessment_test"))
@QuarkusTestResource(Stubs.Agreements.class)
@QuarkusTestResource(Stubs.Directory.class)
public final class Stubs {

    /** The Kota Serang – Hangzhou LoI and the Kabupaten Tangerang – Binzhou cooperation of the demo data. */
    public static final String SERANG_HANGZHOU = "68d14074-4488-4e4d-9f42-8e24ce19de98";
    public static final String TANGERANG_BINZHOU = "21577265-778e-4e4f-b2b6-68c59d98d46c";

    private Stubs() {
    }

    public static class Agreements extends RecordedService {
        public Agreements() {
            super("agreements", "agreements-stub", "quarkus.rest-client.agreements.url", List.of("region", "includeSubregions", "after"));
        }
    }

    public static class Directory extends RecordedService {
        public Directory() {
            super("directory", "directory-stub", "quarkus.rest-client.directory.url", List.of());
        }
    }
}
