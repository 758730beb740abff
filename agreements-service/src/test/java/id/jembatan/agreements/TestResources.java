package id.jembatan.agreements;

import id.jembatan.devtools.testing.PostgresAndKeysResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Every test of this module gets a fresh database, the test key pair and a stubbed directory-service. */
@QuarkusTestResource(value = PostgresAndKeysResource.class,
        initArgs = @ResourceArg(name = "database", value = "agreements_test"))
@QuarkusTestResource(DirectoryStub.class)
public final class TestResources {

    private TestResources() {
    }
}
