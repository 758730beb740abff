package id.jembatan.agreements;

import id.jembatan.devtools.testing.RecordedService;

import java.util.List;

/** directory-service, from responses recorded from the real service (src/test/resources/directory-stub). */
public class DirectoryStub extends RecordedService {

    public DirectoryStub() {
        super("directory", "directory-stub", "quarkus.rest-client.directory.url", List.of());
    }

    public static void mode(String mode) {
        RecordedService.mode("directory", mode);
    }
}
