package id.jembatan.agreements.repository;

import id.jembatan.agreements.domain.AgreementState;
import id.jembatan.agreements.domain.Sector;

import java.util.List;

/**
 * The filters of an agreement query; null means "any". {@code scopeRegion} is imposed by authorization, not
 * chosen by the caller.
 */
public record AgreementQuery(String region, boolean includeSubregions, String partnerCountry, String bloc,
                             List<AgreementState> states, Sector sector, Integer signingYear, Integer expiringWithinDays,
                             Boolean dormant, String text, String scopeRegion, boolean publicOnly, Sort sort) {

    public enum SortField {
        REFERENCE("reference"), TITLE("title"), SIGNED_ON("signed_on"), VALID_UNTIL("valid_until"),
        UPDATED_AT("updated_at"), STATE("state"), COMMITTED_VALUE("committed_value_idr");

        final String column;

        SortField(String column) {
            this.column = column;
        }
    }

    public record Sort(SortField field, boolean descending) {
        public static final Sort DEFAULT = new Sort(SortField.UPDATED_AT, true);
    }
}
