package id.jembatan.agreements.service;

/** What a write returns: the resulting view and the agreement's version after it (its ETag). */
public record Versioned<T>(T view, long version) {
}
