package id.jembatan.directory;

import id.jembatan.devtools.testing.PostgresAndKeysResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module runs against a fresh PostgreSQL database and the test key pair. */
@QuarkusTestResource(value = PostgresAndKeysResource.class,
        initArgs = @ResourceArg(name = "database", value = "directory_test"))
public final class TestDatabase {

    private TestDatabase() {
    }
}
