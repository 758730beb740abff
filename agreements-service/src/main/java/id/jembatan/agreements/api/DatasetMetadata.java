package id.jembatan.agreements.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The metadata record of the public registry as a dataset, with the elements Satu Data Indonesia (Perpres
 * 39/2019) asks of a data set: title, description, producer and publisher, licence, update frequency, the
 * reference codes its data uses, and its distributions.
 */
@Schema(name = "DatasetMetadata", description = "Metadata of the public registry as an open dataset (Satu Data Indonesia elements)")
public record DatasetMetadata(
        @Schema(description = "Title, in English") String title,
        @Schema(description = "Judul, in Bahasa Indonesia") String titleId,
        @Schema(description = "What the dataset holds, in English") String description,
        @Schema(description = "Deskripsi, in Bahasa Indonesia") String descriptionId,
        @Schema(description = "Who produces the data (produsen data)") String producer,
        @Schema(description = "Who publishes the dataset (walidata)") String publisher,
        @Schema(description = "Licence of the data", example = "CC-BY-4.0") String licence,
        @Schema(description = "How often the dataset changes", example = "continuous") String updateFrequency,
        @Schema(description = "Languages of the text fields") List<String> languages,
        @Schema(description = "Reference code lists the data uses (kode referensi)") List<ReferenceCode> referenceCodes,
        @Schema(description = "The downloads of the dataset") List<Distribution> distributions) {

    @Schema(name = "DatasetReferenceCode", description = "A code list a field of the dataset draws its values from")
    public record ReferenceCode(@Schema(example = "regionCode") String field,
                                @Schema(example = "KEMENDAGRI") String scheme,
                                @Schema(description = "What the code list is") String description) {
    }

    @Schema(name = "DatasetDistribution", description = "One download of the dataset: its media type and address")
    public record Distribution(@Schema(example = "text/csv") String mediaType,
                               @Schema(example = "/public/open-data/agreements.csv") String url,
                               @Schema(description = "What this download holds") String description) {
    }

    /** The record; download addresses are relative to the service, so they never depend on a request's Host. */
    public static DatasetMetadata of() {
        String base = "/public/open-data";
        return new DatasetMetadata(
                "Register of Indonesian regional governments' cooperation agreements with foreign partners",
                "Daftar kerja sama daerah dengan pihak luar negeri",
                "Every cooperation agreement of an Indonesian province, regency or city with a foreign local government "
                        + "(KSDPL) or institution (KSDLL) that is not confidential: parties, instruments, lifecycle state, "
                        + "safeguard clauses, cost-benefit analysis and financial commitments (PP 28/2018, Permendagri 25/2020).",
                "Setiap kerja sama pemerintah provinsi, kabupaten atau kota dengan pemerintah daerah di luar negeri (KSDPL) "
                        + "atau lembaga di luar negeri (KSDLL) yang tidak bersifat rahasia: para pihak, dokumen, tahapan, "
                        + "klausul pengaman, analisis biaya-manfaat dan komitmen keuangan (PP 28/2018, Permendagri 25/2020).",
                "Regional governments (Bagian Kerja Sama of each Pemda)",
                "Jembatan",
                "CC-BY-4.0",
                "continuous",
                List.of("id", "en"),
                List.of(new ReferenceCode("indonesianParty.code", "KEMENDAGRI",
                                "Kemendagri codes of provinces, regencies and cities (Permendagri on region codes)"),
                        new ReferenceCode("partnerCountry", "ISO_3166_1", "ISO 3166-1 alpha-2 country codes"),
                        new ReferenceCode("sectors", "OECD_DAC_5", "OECD DAC purpose codes in the IATI export"),
                        new ReferenceCode("commitments.currency", "ISO_4217", "ISO 4217 currency codes")),
                List.of(new Distribution("text/csv", base + "/agreements.csv",
                                "One agreement per line"),
                        new Distribution("application/json", base + "/agreements.json",
                                "The public view of every agreement"),
                        new Distribution("application/xml", base + "/iati-activities.xml",
                                "IATI 2.03 activities, one per agreement")));
    }
}
