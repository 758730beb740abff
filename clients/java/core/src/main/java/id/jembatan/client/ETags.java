package id.jembatan.client;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

/**
 * The {@code If-Match} value for a write, taken from the {@code ETag} of the read (or of the previous write) it
 * is based on: {@code ETags.ifMatch(api.getAgreementWithHttpInfo(id).getHeaders())}. The services answer a write
 * without {@code If-Match} with 428 and one with a stale tag with 412.
 */
public final class ETags {

    private ETags() {
    }

    /** @param headers the headers of a generated {@code ApiResponse} (any letter case) */
    public static String ifMatch(Map<String, List<String>> headers) {
        if (headers != null) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if ("etag".equalsIgnoreCase(header.getKey()) && header.getValue() != null && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
        }
        throw new IllegalArgumentException("The response carries no ETag: only single resources have one "
                + "(read the resource itself, not a page of a search)");
    }

    public static String ifMatch(HttpHeaders headers) {
        return ifMatch(headers == null ? null : headers.map());
    }
}
