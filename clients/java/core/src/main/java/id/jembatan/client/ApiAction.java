package id.jembatan.client;

/** A call of a generated client that answers nothing, as a lambda: {@code () -> regions.retireRegion(id, etag, body)}. */
@FunctionalInterface
public interface ApiAction<E extends Exception> {

    void run() throws E;
}
