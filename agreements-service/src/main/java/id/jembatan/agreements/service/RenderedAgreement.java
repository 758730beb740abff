package id.jembatan.agreements.service;

import java.time.LocalDate;

/**
 * An agreement's view rendered as JSON, as it is cached for readers, with what it depends on: its version (the
 * ETag), the day (views count days to expiry and deadlines) and the region (access). It is kept twice: whole, and
 * without the internal notes, for readers who may not see them.
 */
public record RenderedAgreement(long version, LocalDate day, String regionCode, String json, String jsonWithoutInternalNotes) {

    /** The same rendering as a reader who may not see internal notes gets it. */
    public RenderedAgreement withoutInternalNotes() {
        return new RenderedAgreement(version, day, regionCode, jsonWithoutInternalNotes, jsonWithoutInternalNotes);
    }
}
