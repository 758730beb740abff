package id.jembatan.agreements.rest;

import id.jembatan.agreements.service.RenderedAgreement;
import id.jembatan.agreements.service.Versioned;
import id.jembatan.platform.web.Locations;
import id.jembatan.platform.web.Preconditions;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The HTTP answer to a write or a read of one agreement: the view as the body, the agreement's version as the
 * ETag and, for what a write created, its Location. A replayed idempotent write returns the first write's
 * result, so it is answered exactly as the first one was.
 */
final class Responses {

    private Responses() {
    }

    /** @param path the created resource's absolute path; {@link Locations} makes the Location from it */
    static Response created(Versioned<?> written, String path) {
        return Response.status(Response.Status.CREATED).entity(written.view()).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.LOCATION, Locations.of(path)).tag(Preconditions.etag(written.version())).build();
    }

    static Response ok(Versioned<?> written) {
        return Response.ok(written.view(), MediaType.APPLICATION_JSON).tag(Preconditions.etag(written.version())).build();
    }

    /** The cached rendering is already JSON: written as it is. */
    static Response ok(RenderedAgreement agreement) {
        return Response.ok(agreement.json(), MediaType.APPLICATION_JSON).tag(Preconditions.etag(agreement.version())).build();
    }
}
