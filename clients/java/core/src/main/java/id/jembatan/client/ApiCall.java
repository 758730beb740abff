package id.jembatan.client;

/** A call of a generated client, as a lambda: {@code () -> agreements.getAgreement(id)}. */
@FunctionalInterface
public interface ApiCall<T, E extends Exception> {

    T call() throws E;
}
