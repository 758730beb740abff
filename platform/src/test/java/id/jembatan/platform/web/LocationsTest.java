package id.jembatan.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocationsTest {

    @Test
    void joinsTheConfiguredBaseAndThePathWithOneSlash() {
        assertEquals("https://jembatan.go.id/agreements/1", Locations.join("https://jembatan.go.id", "/agreements/1"));
        assertEquals("https://jembatan.go.id/api/agreements/1", Locations.join("https://jembatan.go.id/api/", "/agreements/1"));
        assertEquals("https://jembatan.go.id/regions/2", Locations.join("https://jembatan.go.id/", "regions/2"));
    }
}
