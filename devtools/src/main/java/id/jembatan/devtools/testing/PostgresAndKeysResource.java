package id.jembatan.devtools.testing;

import id.jembatan.devtools.Jwt;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service under test a fresh PostgreSQL database and the test key pair (and its issuer) for JWT verification.
 * Arguments: {@code database} (the database name).
 */
public class PostgresAndKeysResource implements QuarkusTestResourceLifecycleManager {

    private String database = "jembatan_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        TestDatabases.Connection connection = TestDatabases.fresh(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", connection.jdbcUrl());
        config.put("quarkus.datasource.username", connection.user());
        config.put("quarkus.datasource.password", connection.password());
        config.put("mp.jwt.verify.publickey.location", TestKeys.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", Jwt.DEFAULT_ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // the database server is per JVM and stops with it
    }
}
