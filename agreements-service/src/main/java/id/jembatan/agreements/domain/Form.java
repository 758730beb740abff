package id.jembatan.agreements.domain;

/** KSDPL with a foreign local government, KSDLL with a foreign institution. */
public enum Form {
    KSDPL, KSDLL
}
