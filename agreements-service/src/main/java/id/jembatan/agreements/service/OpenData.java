package id.jembatan.agreements.service;

import id.jembatan.agreements.api.DatasetMetadata;
import id.jembatan.agreements.api.PublicAgreementView;
import id.jembatan.agreements.repository.AgreementQuery;
import id.jembatan.platform.web.PageRequest;
import id.jembatan.platform.web.PageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The public registry as bulk open data: every agreement the public view shows (never a confidential one), for
 * the IATI, CSV and JSON downloads, and the dataset's metadata record.
 */
@ApplicationScoped
public class OpenData {

    /** A bulk download holds at most this many agreements, so that it cannot exhaust memory. */
    public static final int MAX_AGREEMENTS = 100_000;
    private static final int BATCH = PageRequest.MAX_SIZE;

    @Inject
    AgreementService agreements;

    /** The public agreements matching the query, in the registry's default order. */
    public List<PublicAgreementView> publicAgreements(AgreementQuery query) {
        if (!query.publicOnly()) {
            throw new IllegalArgumentException("Open data is built from public queries only");
        }
        List<PublicAgreementView> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_AGREEMENTS; page++) {
            PageResponse<PublicAgreementView> batch = agreements.searchPublic(query, new PageRequest(page, BATCH));
            all.addAll(batch.items());
            if (batch.items().size() < BATCH) {
                break;
            }
        }
        return all.size() > MAX_AGREEMENTS ? all.subList(0, MAX_AGREEMENTS) : all;
    }

    public DatasetMetadata metadata() {
        return DatasetMetadata.of();
    }
}
