package id.jembatan.directory;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A profile of its own makes Quarkus restart, and the test resource hand it a new, empty database: for tests
 * that check the reference data exactly as shipped, untouched by other tests' writes.
 */
public class FreshDatabase implements QuarkusTestProfile {
}
