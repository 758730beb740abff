package id.jembatan.agreements.domain;

public enum ParticipantRole {
    TECHNOLOGY_PARTNER, INVESTOR, IMPLEMENTING_PARTNER, FUNDER, PARTICIPANT
}
