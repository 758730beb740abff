package id.jembatan.client.testing;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One request a client sent and the answer it got, as seen on the wire.
 *
 * @param requestInContract false when the test broke the contract on purpose (no token, no If-Match, a malformed
 *                          value): then only the answer is held against the contract
 */
public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody,
                       int status, Map<String, List<String>> responseHeaders, byte[] responseBody,
                       boolean requestInContract) {

    public String describe() {
        return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + status;
    }
}
