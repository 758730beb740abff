package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a participating organisation does in the agreement")
public enum ParticipantRole {
    TECHNOLOGY_PARTNER, INVESTOR, IMPLEMENTING_PARTNER, FUNDER, PARTICIPANT
}
