package id.jembatan.assessment.client;

import id.jembatan.assessment.client.api.ApiException;

/** The HTTP status behind a client failure. */
final class Statuses {

    private Statuses() {
    }

    static int of(ApiException e) {
        return e.getResponse() == null ? 500 : e.getResponse().getStatus();
    }
}
