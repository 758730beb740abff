package id.jembatan.platform.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Every service's entry point. Vert.x validates header characters inside its HTTP codec and answers a control
 * character (NUL, DEL, BEL) in a header with a bare 400 that no application code sees; with the codec's validation
 * off, {@link HttpEdge} refuses such a header itself, with a problem document naming it. The switch is a system
 * property read once when Vert.x loads, hence set here, before Quarkus starts. Response headers lose the codec's
 * check too: the services only ever write headers from their own values (ids, versions, fixed texts), and the one
 * header adopted from a request ({@link RequestIds}) is accepted only when it matches a safe pattern.
 */
@QuarkusMain
public final class ServiceMain {

    static final String HEADER_VALIDATION = "vertx.disableHttpHeadersValidation";

    private ServiceMain() {
    }

    public static void main(String... args) {
        System.setProperty(HEADER_VALIDATION, "true");
        Quarkus.run(args);
    }
}
