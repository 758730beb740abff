package id.jembatan.platform.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Carries the current request id to the services we call, so one id follows a request through the suite. */
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        String requestId = RequestIds.current();
        if (requestId != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
