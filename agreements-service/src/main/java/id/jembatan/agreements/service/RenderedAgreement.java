package id.jembatan.agreements.service;

import java.time.LocalDate;

/**
 * An agreement's view rendered as JSON, as it is cached for readers, with what it depends on: its version (the
 * ETag), the day (views count days to expiry) and the region (access).
 */
public record RenderedAgreement(long version, LocalDate day, String regionCode, String json) {
}
