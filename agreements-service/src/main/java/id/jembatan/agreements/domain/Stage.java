package id.jembatan.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The eleven stages of cooperation with a foreign party, as the regional regulations that transpose Permendagri
 * 25/2020 list them. A stage is where an agreement stands in the procedure; the {@link AgreementState} says in more
 * detail what is pending there (e.g. DPRD_REVIEW and DPRD_APPROVED both belong to the DPRD's approval).
 */
@Schema(description = "One of the eleven stages of the procedure for cooperation with foreign parties (Permendagri 25/2020 "
        + "as the regional regulations transpose it): 1 INITIATIVE (prakarsa), 2 EXPLORATION (penjajakan), 3 LETTER_OF_INTENT "
        + "(pernyataan kehendak kerja sama), 4 COOPERATION_PLAN (penyusunan rencana kerja sama), 5 DPRD_APPROVAL "
        + "(persetujuan DPRD), 6 VERIFICATION (verifikasi), 7 DRAFTING (penyusunan rancangan naskah), 8 NEGOTIATION "
        + "(pembahasan naskah), 9 MINISTER_APPROVAL (persetujuan Menteri), 10 SIGNING (penandatanganan), 11 IMPLEMENTATION "
        + "(pelaksanaan). GET /lifecycle/stages lists them with the evidence each needs")
public enum Stage {
    INITIATIVE(1, "prakarsa", "initiative",
            "the initiative registered: parties, subject and purpose of the cooperation"),
    EXPLORATION(2, "penjajakan", "exploration",
            "the partner meets the criteria for a foreign partner, among them diplomatic relations with Indonesia "
                    + "(or a ministry reviewer's recorded exception)"),
    LETTER_OF_INTENT(3, "pernyataan kehendak kerja sama", "letter of intent",
            "a signed Letter of Intent (LOI instrument with its signing date)"),
    COOPERATION_PLAN(4, "penyusunan rencana kerja sama", "cooperation plan",
            "the cooperation plan with its cost-benefit analysis and the cost-benefit, environmental and fiscal clause entries"),
    DPRD_APPROVAL(5, "persetujuan DPRD", "DPRD approval",
            "the DPRD's decision with its reference, recorded by the region's officer"),
    VERIFICATION(6, "verifikasi", "verification",
            "the ministry's verification with its reference, recorded by a ministry reviewer"),
    DRAFTING(7, "penyusunan rancangan naskah", "drafting of the text",
            "the draft text as an unsigned MOU or PKS instrument"),
    NEGOTIATION(8, "pembahasan naskah", "discussion of the text",
            "the outcome of the discussion of the text (Kemlu review, inter-ministry meeting) with its reference, "
                    + "recorded by a ministry reviewer"),
    MINISTER_APPROVAL(9, "persetujuan Menteri", "Minister's approval",
            "the Minister's approval with its reference, recorded by a ministry reviewer"),
    SIGNING(10, "penandatanganan", "signing",
            "the full-powers letter (surat kuasa) of the Minister of Foreign Affairs for the signatory, with its reference, "
                    + "and a signed MOU or PKS"),
    IMPLEMENTATION(11, "pelaksanaan", "implementation",
            "the deposit of the signed original with Kemlu, with its reference, and the date the agreement takes effect (validFrom)");

    private final int number;
    private final String indonesianName;
    private final String englishName;
    private final String evidence;

    Stage(int number, String indonesianName, String englishName, String evidence) {
        this.number = number;
        this.indonesianName = indonesianName;
        this.englishName = englishName;
        this.evidence = evidence;
    }

    public int number() {
        return number;
    }

    public String indonesianName() {
        return indonesianName;
    }

    public String englishName() {
        return englishName;
    }

    /** What an agreement needs to complete this stage (what the guards check), in English. */
    public String evidence() {
        return evidence;
    }

    /** Message key of the stage's legal basis, in the service's bundles (English and Bahasa Indonesia). */
    public String legalBasisKey() {
        return "legal-basis.stage." + name();
    }
}
