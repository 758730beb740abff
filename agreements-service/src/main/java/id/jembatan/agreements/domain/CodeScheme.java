package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schemes directory-service identifies regions by; a foreign region is named by its code in one of them. */
@Schema(description = "A scheme of region codes: KEMENDAGRI (36.73), BPS (3673), ISO_3166_2 (ID-BT), GB_T_2260 (330100), UN_LOCODE (CN HAZ), GEONAMES (1808926)")
public enum CodeScheme {
    KEMENDAGRI, BPS, ISO_3166_2, GB_T_2260, UN_LOCODE, GEONAMES
}
