package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** KSDPL with a foreign local government, KSDLL with a foreign institution. */
@Schema(description = "KSDPL with a foreign local government, KSDLL with a foreign institution")
public enum Form {
    KSDPL, KSDLL
}
