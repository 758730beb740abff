package id.jembatan.client.directory;

import id.jembatan.client.ApiAction;
import id.jembatan.client.ApiCall;
import id.jembatan.client.BearerToken;
import id.jembatan.client.JembatanProblemException;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The hand-written part of the directory-service SDK: an {@link ApiClient} that sends a bearer token, and the
 * generated {@link ApiException} turned into a {@link JembatanProblemException} carrying the decoded problem.
 * Everything else (the operations, the models) is generated from the contract.
 */
public final class DirectoryClient {

    private DirectoryClient() {
    }

    /**
     * @param baseUri the service, e.g. {@code http://localhost:808x}
     * @param tokens  asked for a token on every request; answering null sends none (public reads)
     */
    public static ApiClient create(URI baseUri, Supplier<String> tokens) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri.toString().replaceAll("/+$", ""));
        client.setRequestInterceptor(BearerToken.from(tokens));
        return client;
    }

    /** Runs a generated call; an error answer comes back as a {@link JembatanProblemException}. */
    public static <T> T call(ApiCall<T, ApiException> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw problem(e);
        }
    }

    /** The same for an operation that answers no body. */
    public static void run(ApiAction<ApiException> action) {
        call(() -> {
            action.run();
            return null;
        });
    }

    /** @return the decoded problem of an error answer (see {@link JembatanProblemException#ofFailedCall}) */
    public static JembatanProblemException problem(ApiException e) {
        return JembatanProblemException.ofFailedCall(e.getCode(), e.getResponseHeaders(), e.getResponseBody(), e);
    }
}
