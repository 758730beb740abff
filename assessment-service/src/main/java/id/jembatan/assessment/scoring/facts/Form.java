package id.jembatan.assessment.scoring.facts;

/** Form of regional cooperation abroad under PP 28/2018. */
public enum Form {
    /** Kerja sama daerah dengan pemerintah daerah di luar negeri: with a foreign local government. */
    KSDPL,
    /** Kerja sama daerah dengan lembaga di luar negeri: with a foreign institution. */
    KSDLL
}
