package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** A participating organisation, as the directory described it when it was added. */
@Schema(name = "Participant", description = "A participating organisation, as the directory described it when it was added")
public record Participant(UUID organisationId, String key, String name, String country, boolean stateControlled,
                          List<String> sectors, ParticipantRole role, String note) {
}
