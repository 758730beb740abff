package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents of an agreement, in the order they usually come. */
@Schema(description = "A kind of document: letter of intent, memorandum of understanding, implementing agreement (PKS) or amendment")
public enum InstrumentKind {
    LOI, MOU, PKS, AMENDMENT
}
