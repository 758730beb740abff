package id.jembatan.agreements.rest;

import id.jembatan.agreements.service.Idempotency;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Turns a stored outcome (first run or idempotent replay) into the HTTP response. */
final class Responses {

    private Responses() {
    }

    static Response of(Idempotency.Outcome outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.body()).type(MediaType.APPLICATION_JSON);
        if (outcome.status() == 201 && outcome.location() != null) {
            response.location(URI.create(outcome.location()));
        }
        if (outcome.etag() != null) {
            response.header("ETag", outcome.etag());
        }
        return response.build();
    }
}
