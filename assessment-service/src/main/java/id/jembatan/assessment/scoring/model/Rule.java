package id.jembatan.assessment.scoring.model;

/**
 * Every rule a dimension can fire, with its stable id and texts. Titles and recommendations may hold
 * {@code %s} placeholders, filled with the same arguments. A rule without recommendation only informs.
 * How much each rule weighs is not decided here but in the scoring model, so that it can change by
 * version without a code change.
 */
public enum Rule {
    TRANSPARENCY_CBA_MISSING(Dimension.TRANSPARENCY, "TRANSPARENCY.CBA_MISSING",
            new Text("No cost-benefit analysis accompanies the agreement",
                    "Perjanjian tidak disertai analisis biaya-manfaat"),
            new Text("Prepare and publish a cost-benefit analysis before the cooperation proceeds; it is the first "
                    + "safeguard every Letter of Intent needs.",
                    "Susun dan publikasikan analisis biaya-manfaat sebelum kerja sama dilanjutkan; itulah pengaman "
                            + "pertama yang dibutuhkan setiap Surat Pernyataan Kehendak (LoI).")),
    TRANSPARENCY_ENVIRONMENTAL_CLAUSE_NOT_FILLED(Dimension.TRANSPARENCY,
            "TRANSPARENCY.ENVIRONMENTAL_CLAUSE_NOT_FILLED",
            new Text("Environmental-protection clause not filled in",
                    "Klausul perlindungan lingkungan belum diisi"),
            new Text("State whether the agreement contains an environmental-protection clause and, if not, why.",
                    "Nyatakan apakah perjanjian memuat klausul perlindungan lingkungan dan, jika tidak, alasannya.")),
    TRANSPARENCY_FISCAL_CLAUSE_NOT_FILLED(Dimension.TRANSPARENCY, "TRANSPARENCY.FISCAL_CLAUSE_NOT_FILLED",
            new Text("Fiscal-provisions clause not filled in", "Klausul ketentuan fiskal belum diisi"),
            new Text("Set out the fiscal rules of the cooperation: who pays what, from which budget, up to what amount.",
                    "Tetapkan ketentuan fiskal kerja sama: siapa membiayai apa, dari anggaran mana, sampai berapa besar.")),
    TRANSPARENCY_DOCUMENTS_NOT_PUBLIC(Dimension.TRANSPARENCY, "TRANSPARENCY.DOCUMENTS_NOT_PUBLIC",
            new Text("Some agreement documents are not public",
                    "Sebagian dokumen perjanjian tidak terbuka untuk publik"),
            new Text("Publish the agreement documents, or record the legal ground for keeping each one confidential.",
                    "Publikasikan dokumen perjanjian, atau catat dasar hukum untuk merahasiakan setiap dokumen.")),
    TRANSPARENCY_NO_INSTRUMENT_RECORDED(Dimension.TRANSPARENCY, "TRANSPARENCY.NO_INSTRUMENT_RECORDED",
            new Text("No signed document is recorded although the agreement is past signing",
                    "Tidak ada dokumen bertanda tangan yang tercatat padahal perjanjian sudah melewati penandatanganan"),
            new Text("Register the signed instruments (LoI, MoU, PKS) with their signing dates.",
                    "Daftarkan instrumen yang telah ditandatangani (LoI, MoU, PKS) beserta tanggal penandatanganannya.")),
    TRANSPARENCY_DPRD_APPROVAL_NOT_RECORDED(Dimension.TRANSPARENCY, "TRANSPARENCY.DPRD_APPROVAL_NOT_RECORDED",
            new Text("DPRD approval not recorded", "Persetujuan DPRD tidak tercatat"),
            new Text("Record the reference of the DPRD decision that approved the cooperation.",
                    "Catat nomor keputusan DPRD yang menyetujui kerja sama.")),
    TRANSPARENCY_CENTRAL_APPROVAL_NOT_RECORDED(Dimension.TRANSPARENCY,
            "TRANSPARENCY.CENTRAL_APPROVAL_NOT_RECORDED",
            new Text("Central government approval not recorded", "Persetujuan pemerintah pusat tidak tercatat"),
            new Text("Record the reference of the central government's approval (Kemendagri/Kemlu).",
                    "Catat nomor persetujuan pemerintah pusat (Kemendagri/Kemlu).")),

    COST_BENEFIT_NO_ANALYSIS(Dimension.COST_BENEFIT, "COST_BENEFIT.NO_ANALYSIS",
            new Text("Economic viability cannot be judged: there are no cost-benefit figures",
                    "Kelayakan ekonomi tidak dapat dinilai: tidak ada angka biaya-manfaat"),
            new Text("Quantify the yearly costs by payer and the expected benefits, so that viability and fiscal "
                    + "risk can be tested before commitments are made.",
                    "Kuantifikasikan biaya tahunan per penanggung dan manfaat yang diharapkan, agar kelayakan dan "
                            + "risiko fiskal dapat diuji sebelum komitmen dibuat.")),
    COST_BENEFIT_NO_MONETARY_FLOWS(Dimension.COST_BENEFIT, "COST_BENEFIT.NO_MONETARY_FLOWS",
            new Text("The cost-benefit analysis contains no monetary amounts",
                    "Analisis biaya-manfaat tidak memuat nilai uang"),
            new Text("Complete the analysis with monetary costs and benefits for each year.",
                    "Lengkapi analisis dengan biaya dan manfaat dalam nilai uang untuk setiap tahun.")),
    COST_BENEFIT_NO_COSTS_STATED(Dimension.COST_BENEFIT, "COST_BENEFIT.NO_COSTS_STATED",
            new Text("Benefits are stated without any cost", "Manfaat dinyatakan tanpa biaya apa pun"),
            new Text("State the costs of the cooperation, including the region's own staff, travel and counterpart "
                    + "funding.",
                    "Nyatakan biaya kerja sama, termasuk biaya pegawai, perjalanan dan dana pendamping daerah sendiri.")),
    COST_BENEFIT_NEGATIVE_NPV(Dimension.COST_BENEFIT, "COST_BENEFIT.NEGATIVE_NPV",
            new Text("Costs exceed benefits at the discount rate (NPV below 0, benefit-cost ratio below 1)",
                    "Biaya melebihi manfaat pada tingkat diskonto (NPV di bawah 0, rasio manfaat-biaya di bawah 1)"),
            new Text("Renegotiate the scope or the cost sharing, or do not proceed: the cooperation does not pay back "
                    + "its costs.",
                    "Negosiasikan ulang ruang lingkup atau pembagian biaya, atau jangan dilanjutkan: kerja sama ini "
                            + "tidak menutup biayanya.")),
    COST_BENEFIT_NEGATIVE_NPV_UNDER_STRESS(Dimension.COST_BENEFIT, "COST_BENEFIT.NEGATIVE_NPV_UNDER_STRESS",
            new Text("Net present value turns negative under a cost overrun or a benefit shortfall",
                    "Nilai kini bersih menjadi negatif bila biaya membengkak atau manfaat di bawah perkiraan"),
            new Text("Cap the region's share of cost overruns in the agreement and keep a contingency reserve; the "
                    + "margin of viability is thin.",
                    "Batasi porsi daerah atas pembengkakan biaya dalam perjanjian dan siapkan dana cadangan; margin "
                            + "kelayakannya tipis.")),
    COST_BENEFIT_IRR_UNDEFINED(Dimension.COST_BENEFIT, "COST_BENEFIT.IRR_UNDEFINED",
            new Text("The internal rate of return is undefined for these flows",
                    "Tingkat pengembalian internal (IRR) tidak terdefinisi untuk arus kas ini"),
            null),
    COST_BENEFIT_FLOWS_OUTSIDE_HORIZON(Dimension.COST_BENEFIT, "COST_BENEFIT.FLOWS_OUTSIDE_HORIZON",
            new Text("Some flows fall outside the analysis horizon and were ignored",
                    "Sebagian arus kas berada di luar horizon analisis dan diabaikan"),
            new Text("Extend the horizon or correct the years of the flows outside it.",
                    "Perpanjang horizon analisis atau perbaiki tahun arus kas yang berada di luarnya.")),

    FISCAL_REVENUE_MISSING(Dimension.FISCAL_EXPOSURE, "FISCAL.REVENUE_MISSING",
            new Text("The region's revenue is unknown, so its fiscal exposure cannot be measured",
                    "Pendapatan daerah tidak diketahui sehingga eksposur fiskalnya tidak dapat diukur"),
            new Text("Record the region's annual budget revenue (APBD) so that obligations can be measured against it.",
                    "Catat pendapatan APBD tahunan daerah agar kewajiban dapat diukur terhadapnya.")),
    FISCAL_NOT_ASSESSABLE(Dimension.FISCAL_EXPOSURE, "FISCAL.NOT_ASSESSABLE",
            new Text("Fiscal exposure not assessable: the region's revenue is unknown, and the region commits nothing",
                    "Eksposur fiskal tidak dapat dinilai: pendapatan daerah tidak diketahui, dan daerah tidak "
                            + "menanggung kewajiban apa pun"),
            null),
    FISCAL_REVENUE_ILLUSTRATIVE(Dimension.FISCAL_EXPOSURE, "FISCAL.REVENUE_ILLUSTRATIVE",
            new Text("The revenue figures are illustrative, not official",
                    "Angka pendapatan bersifat ilustratif, bukan resmi"),
            null),
    FISCAL_EXPOSURE_MODERATE(Dimension.FISCAL_EXPOSURE, "FISCAL.EXPOSURE_MODERATE",
            new Text("The region's own obligations reach %s of its annual revenue",
                    "Kewajiban daerah sendiri mencapai %s dari pendapatan tahunannya"),
            new Text("Budget the obligations explicitly in the medium-term plan and the APBD.",
                    "Anggarkan kewajiban tersebut secara eksplisit dalam rencana jangka menengah dan APBD.")),
    FISCAL_EXPOSURE_HIGH(Dimension.FISCAL_EXPOSURE, "FISCAL.EXPOSURE_HIGH",
            new Text("The region's own obligations reach %s of its annual revenue",
                    "Kewajiban daerah sendiri mencapai %s dari pendapatan tahunannya"),
            new Text("Reduce or phase the region's obligations, or secure co-financing, before signing binding "
                    + "commitments.",
                    "Kurangi atau bertahapkan kewajiban daerah, atau cari pembiayaan bersama, sebelum menandatangani "
                            + "komitmen yang mengikat.")),
    FISCAL_EXPOSURE_CRITICAL(Dimension.FISCAL_EXPOSURE, "FISCAL.EXPOSURE_CRITICAL",
            new Text("The region's own obligations reach %s of its annual revenue",
                    "Kewajiban daerah sendiri mencapai %s dari pendapatan tahunannya"),
            new Text("Do not commit before a fiscal review by the Ministry of Home Affairs and the Ministry of Finance: "
                    + "the obligations are too large for the region's budget.",
                    "Jangan berkomitmen sebelum ada kajian fiskal oleh Kemendagri dan Kemenkeu: kewajiban ini terlalu "
                            + "besar bagi anggaran daerah.")),
    FISCAL_BORROWING_CEILING_EXCEEDED(Dimension.FISCAL_EXPOSURE, "FISCAL.BORROWING_CEILING_EXCEEDED",
            new Text("Loans exceed the regional borrowing ceiling of %s of the previous year's revenue (PP 56/2018)",
                    "Pinjaman melampaui batas pinjaman daerah sebesar %s dari pendapatan tahun sebelumnya "
                            + "(PP 56/2018)"),
            new Text("Restructure the financing: the loan would breach the legal ceiling for regional borrowing.",
                    "Susun ulang pembiayaan: pinjaman ini akan melanggar batas hukum pinjaman daerah.")),
    FISCAL_DSCR_BELOW_MINIMUM(Dimension.FISCAL_EXPOSURE, "FISCAL.DSCR_BELOW_MINIMUM",
            new Text("Debt-service coverage ratio %s is below the minimum of %s (PP 56/2018)",
                    "Rasio kemampuan membayar kembali pinjaman (DSCR) %s di bawah batas minimum %s (PP 56/2018)"),
            new Text("Lengthen the maturity or lower the amount or the rate, so that revenue covers debt service at "
                    + "least the minimum number of times.",
                    "Perpanjang tenor atau kurangi jumlah atau suku bunga, agar pendapatan menutup pembayaran utang "
                            + "sekurang-kurangnya sebanyak batas minimum.")),
    FISCAL_LOAN_TERMS_INCOMPLETE(Dimension.FISCAL_EXPOSURE, "FISCAL.LOAN_TERMS_INCOMPLETE",
            new Text("Loan terms are incomplete (interest rate or maturity missing)",
                    "Syarat pinjaman tidak lengkap (suku bunga atau tenor tidak ada)"),
            new Text("Record the interest rate, maturity and grace period of every loan.",
                    "Catat suku bunga, tenor dan masa tenggang setiap pinjaman.")),
    FISCAL_FOREIGN_CURRENCY(Dimension.FISCAL_EXPOSURE, "FISCAL.FOREIGN_CURRENCY",
            new Text("The region's obligations in foreign currency carry exchange-rate risk",
                    "Kewajiban daerah dalam mata uang asing menanggung risiko nilai tukar"),
            new Text("Denominate the region's obligations in rupiah or hedge them; a weaker rupiah raises their cost.",
                    "Nyatakan kewajiban daerah dalam rupiah atau lakukan lindung nilai; pelemahan rupiah menaikkan "
                            + "biayanya.")),
    FISCAL_CONTINGENT_GUARANTEE(Dimension.FISCAL_EXPOSURE, "FISCAL.CONTINGENT_GUARANTEE",
            new Text("The region gives a guarantee, a contingent liability outside its budget",
                    "Daerah memberikan jaminan, suatu kewajiban kontinjensi di luar anggarannya"),
            new Text("Avoid regional guarantees; if one cannot be avoided, obtain a legal review and budget for it "
                    + "being called.",
                    "Hindari jaminan oleh daerah; jika tidak dapat dihindari, mintakan kajian hukum dan anggarkan "
                            + "kemungkinan jaminan itu ditagih.")),
    FISCAL_UNKNOWN_CURRENCY(Dimension.FISCAL_EXPOSURE, "FISCAL.UNKNOWN_CURRENCY",
            new Text("Obligations in a currency without an exchange rate in the scoring model were left out",
                    "Kewajiban dalam mata uang tanpa kurs di model penilaian tidak diperhitungkan"),
            new Text("Add the exchange rate to the scoring model, or restate the amounts in rupiah.",
                    "Tambahkan kurs ke model penilaian, atau nyatakan ulang jumlahnya dalam rupiah.")),
    FISCAL_UNSCHEDULED_OBLIGATIONS(Dimension.FISCAL_EXPOSURE, "FISCAL.UNSCHEDULED_OBLIGATIONS",
            new Text("Obligations without a yearly schedule were assumed to fall due in a single year",
                    "Kewajiban tanpa jadwal tahunan diasumsikan jatuh tempo dalam satu tahun"),
            new Text("Give a yearly schedule for each of the region's commitments.",
                    "Cantumkan jadwal tahunan untuk setiap komitmen daerah.")),

    CONCENTRATION_REGION_HIGH(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.REGION_HIGH",
            new Text("The region's agreements are highly concentrated by partner country (HHI %s)",
                    "Perjanjian daerah sangat terkonsentrasi menurut negara mitra (HHI %s)"),
            new Text("Diversify partners: prefer new agreements with countries and blocs that are absent or "
                    + "under-represented in the region's portfolio.",
                    "Diversifikasi mitra: utamakan perjanjian baru dengan negara dan kawasan yang belum ada atau "
                            + "masih kurang dalam portofolio daerah.")),
    CONCENTRATION_REGION_MODERATE(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.REGION_MODERATE",
            new Text("The region's agreements are moderately concentrated by partner country (HHI %s)",
                    "Perjanjian daerah cukup terkonsentrasi menurut negara mitra (HHI %s)"),
            new Text("Give preference to new partners from under-represented countries and blocs.",
                    "Utamakan mitra baru dari negara dan kawasan yang masih kurang terwakili.")),
    CONCENTRATION_PROVINCE_HIGH(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.PROVINCE_HIGH",
            new Text("The province's agreements are highly concentrated by partner country (HHI %s)",
                    "Perjanjian di provinsi ini sangat terkonsentrasi menurut negara mitra (HHI %s)"),
            new Text("Coordinate partner diversification with the province.",
                    "Koordinasikan diversifikasi mitra dengan pemerintah provinsi.")),
    CONCENTRATION_NATIONAL_HIGH(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.NATIONAL_HIGH",
            new Text("Regional agreements nationwide are highly concentrated by partner country (HHI %s)",
                    "Perjanjian daerah secara nasional sangat terkonsentrasi menurut negara mitra (HHI %s)"),
            new Text("Weigh national concentration when approving: new agreements with the dominant partner add "
                    + "to it.",
                    "Pertimbangkan konsentrasi nasional dalam pemberian persetujuan: perjanjian baru dengan mitra "
                            + "dominan menambahnya.")),
    CONCENTRATION_SMALL_PORTFOLIO(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.SMALL_PORTFOLIO",
            new Text("Too few live agreements (%s) to judge concentration; the level is capped at MODERATE",
                    "Terlalu sedikit perjanjian yang berjalan (%s) untuk menilai konsentrasi; tingkatnya dibatasi "
                            + "pada SEDANG"),
            null),
    CONCENTRATION_DOMINANT_PARTNER(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.DOMINANT_PARTNER",
            new Text("One country (%s) holds %s of the region's live agreements",
                    "Satu negara (%s) memegang %s dari perjanjian daerah yang berjalan"),
            new Text("Diversify partners beyond %s, so that no single country gains leverage over the region.",
                    "Diversifikasi mitra di luar %s, agar tidak ada satu negara pun yang memperoleh daya tekan atas "
                            + "daerah.")),
    CONCENTRATION_TARGETS_ABSENT(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.TARGETS_ABSENT",
            new Text("No live agreement with partners from %s",
                    "Belum ada perjanjian yang berjalan dengan mitra dari %s"),
            new Text("Explore cooperation with partners from %s.",
                    "Jajaki kerja sama dengan mitra dari %s.")),
    CONCENTRATION_AGREEMENT_DIVERSIFIES(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.AGREEMENT_DIVERSIFIES",
            new Text("The agreement lowers the region's concentration by partner country (HHI by count %s without it, "
                    + "%s with it)",
                    "Perjanjian ini menurunkan konsentrasi daerah menurut negara mitra (HHI menurut jumlah %s tanpanya, "
                            + "%s dengannya)"),
            null),
    CONCENTRATION_VALUE_UNAVAILABLE(Dimension.PARTNER_CONCENTRATION, "CONCENTRATION.VALUE_UNAVAILABLE",
            new Text("Concentration by committed value not computed: no agreement has a committed value",
                    "Konsentrasi menurut nilai komitmen tidak dihitung: tidak ada perjanjian dengan nilai komitmen"),
            null),

    TECHNOLOGY_PASSIVE_RECIPIENT(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.PASSIVE_RECIPIENT",
            new Text("Investment or infrastructure without a technology-transfer clause: the region risks being a "
                    + "passive recipient",
                    "Investasi atau infrastruktur tanpa klausul alih teknologi: daerah berisiko hanya menjadi "
                            + "penerima pasif"),
            new Text("Make technology transfer and local workforce training binding terms of the investment, with "
                    + "measurable targets.",
                    "Jadikan alih teknologi dan pelatihan tenaga kerja lokal syarat yang mengikat dalam investasi, "
                            + "dengan target yang terukur.")),
    TECHNOLOGY_TRANSFER_CLAUSE_MISSING(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.TRANSFER_CLAUSE_MISSING",
            new Text("No technology-transfer clause", "Tidak ada klausul alih teknologi"),
            new Text("Include a technology-transfer clause stating what knowledge is shared and how.",
                    "Cantumkan klausul alih teknologi yang menyebutkan pengetahuan apa yang dibagikan dan "
                            + "bagaimana caranya.")),
    TECHNOLOGY_TRAINING_CLAUSE_MISSING(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.TRAINING_CLAUSE_MISSING",
            new Text("No local workforce training clause", "Tidak ada klausul pelatihan tenaga kerja lokal"),
            new Text("Include training of local human resources, with a target number of people.",
                    "Cantumkan pelatihan SDM lokal, dengan target jumlah peserta.")),
    TECHNOLOGY_TRAINING_TARGET_MISSING(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.TRAINING_TARGET_MISSING",
            new Text("Training is promised without a target number of people",
                    "Pelatihan dijanjikan tanpa target jumlah peserta"),
            new Text("Set a target number of people to train, so that progress can be followed.",
                    "Tetapkan target jumlah orang yang dilatih agar kemajuannya dapat dipantau.")),
    TECHNOLOGY_TRAINING_BEHIND_TARGET(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.TRAINING_BEHIND_TARGET",
            new Text("Training is behind target: %s people trained of %s expected by now",
                    "Pelatihan tertinggal dari target: %s orang dilatih dari %s yang diharapkan hingga kini"),
            new Text("Ask the partner for a catch-up plan for the training programme.",
                    "Minta mitra menyusun rencana percepatan program pelatihan.")),
    TECHNOLOGY_TRAINING_NOT_DUE(Dimension.TECHNOLOGY_TRANSFER, "TECHNOLOGY.TRAINING_NOT_DUE",
            new Text("Training progress is not judged yet: the agreement is not in force (state %s); %s people trained "
                    + "of the target %s",
                    "Kemajuan pelatihan belum dinilai: perjanjian belum berlaku (status %s); %s orang dilatih dari "
                            + "target %s"),
            null),

    DIGITAL_DATA_CLAUSE_MISSING(Dimension.DIGITAL_SOVEREIGNTY, "DIGITAL.DATA_CLAUSE_MISSING",
            new Text("Digital cooperation without a data protection and localisation clause (PP 71/2019, "
                    + "UU 27/2022)",
                    "Kerja sama digital tanpa klausul pelindungan dan lokalisasi data (PP 71/2019, UU 27/2022)"),
            new Text("Add a clause that keeps public electronic-system data in Indonesia (PP 71/2019) and subjects "
                    + "any cross-border transfer of personal data to the conditions of UU 27/2022.",
                    "Tambahkan klausul yang menyimpan data sistem elektronik lingkup publik di Indonesia "
                            + "(PP 71/2019) dan menundukkan setiap transfer data pribadi ke luar negeri pada "
                            + "syarat UU 27/2022.")),
    DIGITAL_FOREIGN_TECHNOLOGY_PARTNER(Dimension.DIGITAL_SOVEREIGNTY, "DIGITAL.FOREIGN_TECHNOLOGY_PARTNER",
            new Text("Foreign technology partners in a digital cooperation: %s",
                    "Mitra teknologi asing dalam kerja sama digital: %s"),
            new Text("Keep the region's systems and data portable: require open standards, hosting in Indonesia and "
                    + "an exit plan, and involve local digital businesses.",
                    "Jaga agar sistem dan data daerah dapat dipindahkan: wajibkan standar terbuka, penyimpanan di "
                            + "Indonesia dan rencana keluar, serta libatkan pelaku usaha digital lokal.")),
    DIGITAL_STATE_CONTROLLED_TECHNOLOGY_PARTNER(Dimension.DIGITAL_SOVEREIGNTY,
            "DIGITAL.STATE_CONTROLLED_TECHNOLOGY_PARTNER",
            new Text("State-controlled foreign technology partners in a digital cooperation: %s",
                    "Mitra teknologi asing yang dikendalikan negara dalam kerja sama digital: %s"),
            new Text("Have the digital components reviewed by the national cyber and digital authorities (BSSN, "
                    + "Komdigi) before signing.",
                    "Mintakan kajian atas komponen digital oleh otoritas siber dan digital nasional (BSSN, Komdigi) "
                            + "sebelum penandatanganan.")),

    ENVIRONMENT_SAFEGUARDS_MISSING(Dimension.ENVIRONMENTAL_SOCIAL, "ENVIRONMENT.SAFEGUARDS_MISSING",
            new Text("Sectors with physical impact, but neither an environmental clause nor an environmental approval "
                    + "(AMDAL/UKL-UPL, PP 22/2021)",
                    "Sektor berdampak fisik, tetapi tanpa klausul lingkungan maupun persetujuan lingkungan "
                            + "(AMDAL/UKL-UPL, PP 22/2021)"),
            new Text("Add an environmental-protection clause and make the environmental approval (AMDAL or UKL-UPL "
                    + "under PP 22/2021) a condition before any physical work.",
                    "Tambahkan klausul perlindungan lingkungan dan jadikan persetujuan lingkungan (AMDAL atau "
                            + "UKL-UPL menurut PP 22/2021) syarat sebelum pekerjaan fisik dimulai.")),
    ENVIRONMENT_APPROVAL_NOT_RECORDED(Dimension.ENVIRONMENTAL_SOCIAL, "ENVIRONMENT.APPROVAL_NOT_RECORDED",
            new Text("Cooperation with physical impact in force without a recorded environmental approval",
                    "Kerja sama berdampak fisik berjalan tanpa persetujuan lingkungan yang tercatat"),
            new Text("Record the AMDAL or UKL-UPL approval of the activities being carried out.",
                    "Catat persetujuan AMDAL atau UKL-UPL untuk kegiatan yang dilaksanakan.")),

    POLICY_NO_DIPLOMATIC_RELATIONS(Dimension.POLICY_ALIGNMENT, "POLICY.NO_DIPLOMATIC_RELATIONS",
            new Text("Indonesia has no diplomatic relations with the partner country (%s)",
                    "Indonesia tidak memiliki hubungan diplomatik dengan negara mitra (%s)"),
            new Text("Do not proceed: regional cooperation abroad requires a partner country with diplomatic relations "
                    + "with Indonesia (PP 28/2018). Consult the Ministry of Foreign Affairs.",
                    "Jangan dilanjutkan: kerja sama daerah dengan luar negeri mensyaratkan negara mitra yang "
                            + "memiliki hubungan diplomatik dengan Indonesia (PP 28/2018). Konsultasikan dengan "
                            + "Kementerian Luar Negeri.")),
    POLICY_SECTOR_NOT_PRIORITY(Dimension.POLICY_ALIGNMENT, "POLICY.SECTOR_NOT_PRIORITY",
            new Text("Sectors outside the national priority list: %s",
                    "Sektor di luar daftar prioritas nasional: %s"),
            new Text("Show how the cooperation supports the national and regional development plans (RPJMN, RPJMD).",
                    "Tunjukkan bagaimana kerja sama mendukung rencana pembangunan nasional dan daerah "
                            + "(RPJMN, RPJMD).")),
    POLICY_FORM_MISMATCH(Dimension.POLICY_ALIGNMENT, "POLICY.FORM_MISMATCH",
            new Text("Registered as cooperation with a foreign local government (KSDPL), but the foreign party is an "
                    + "organisation",
                    "Tercatat sebagai kerja sama dengan pemerintah daerah di luar negeri (KSDPL), tetapi pihak "
                            + "asingnya adalah organisasi"),
            new Text("Register the cooperation as KSDLL (with a foreign institution), or name the foreign local "
                    + "government that is the party.",
                    "Daftarkan kerja sama sebagai KSDLL (dengan lembaga di luar negeri), atau sebutkan pemerintah "
                            + "daerah di luar negeri yang menjadi pihak.")),
    POLICY_CENTRAL_AFFAIR(Dimension.POLICY_ALIGNMENT, "POLICY.CENTRAL_AFFAIR",
            new Text("Sectors that are absolute affairs of the central government (UU 23/2014): %s",
                    "Sektor yang merupakan urusan pemerintahan absolut pemerintah pusat (UU 23/2014): %s"),
            new Text("Remove these matters from the regional agreement and leave them to the central government.",
                    "Keluarkan urusan tersebut dari perjanjian daerah dan serahkan kepada pemerintah pusat.")),
    POLICY_NOT_REGENCY_COMPETENCE(Dimension.POLICY_ALIGNMENT, "POLICY.NOT_REGENCY_COMPETENCE",
            new Text("Sectors outside the competence of a regency or city (UU 23/2014): %s",
                    "Sektor di luar kewenangan kabupaten/kota (UU 23/2014): %s"),
            new Text("Involve the province or the competent ministry as a party, or narrow the scope to the regency's "
                    + "or city's own affairs.",
                    "Libatkan provinsi atau kementerian yang berwenang sebagai pihak, atau persempit ruang lingkup "
                            + "pada urusan kabupaten/kota sendiri.")),
    POLICY_UNEQUAL_ADMINISTRATIVE_LEVEL(Dimension.POLICY_ALIGNMENT, "POLICY.UNEQUAL_ADMINISTRATIVE_LEVEL",
            new Text("The parties are of unequal administrative level: the Indonesian party at level %s, the foreign party "
                    + "at level %s (1 = province or its equal, 2 = regency, city or their equal)",
                    "Tingkat administrasi para pihak tidak setara: pihak Indonesia pada tingkat %s, pihak asing pada "
                            + "tingkat %s (1 = provinsi atau setaranya, 2 = kabupaten, kota atau setaranya)"),
            new Text("Show how the partner meets the criterion of equal administrative status or area (PP 28/2018, "
                    + "Permendagri 25/2020), or cooperate at the matching level (a province with a province, a regency "
                    + "or city with a city).",
                    "Tunjukkan bagaimana mitra memenuhi kriteria kesetaraan status administrasi atau kesetaraan wilayah "
                            + "(PP 28/2018, Permendagri 25/2020), atau bekerja sama pada tingkat yang setara (provinsi "
                            + "dengan provinsi, kabupaten atau kota dengan kota)."));

    private final Dimension dimension;
    private final String id;
    private final Text title;
    private final Text recommendation;

    Rule(Dimension dimension, String id, Text title, Text recommendation) {
        this.dimension = dimension;
        this.id = id;
        this.title = title;
        this.recommendation = recommendation;
    }

    /** The dimension of the rule with this identifier (DIMENSION.NAME), if there is such a rule. */
    public static java.util.Optional<Dimension> dimensionOf(String id) {
        return java.util.Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst().map(Rule::dimension);
    }

    public Dimension dimension() {
        return dimension;
    }

    public String id() {
        return id;
    }

    public Text title() {
        return title;
    }

    /** Null for rules that only inform. */
    public Text recommendation() {
        return recommendation;
    }
}
