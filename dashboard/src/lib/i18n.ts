// English and Bahasa Indonesia: the chosen language is remembered in localStorage and sent as Accept-Language,
// so the services' problem details come in the same language.
export type Lang = 'en' | 'id';

const STORAGE_KEY = 'jembatan.lang';

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'id') return stored;
  } catch {
    /* storage disabled: fall back to the browser's language */
  }
  return navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
  document.documentElement.lang = lang;
}

const en = {
  appName: 'Jembatan',
  tagline: 'Regional cooperation agreements with foreign partners',
  skip: 'Skip to content',
  navOverview: 'National overview',
  navRegistry: 'Registry',
  language: 'Language',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in',
  tokenLabel: 'Access token',
  tokenHelp: 'Paste a bearer token (locally: ./jembatan token --role viewer).',
  save: 'Save',
  cancel: 'Cancel',
  loading: 'Loading…',
  unavailable: (service: string) => `${service} cannot be reached right now; this panel will work again when it is back. The rest of the page is unaffected.`,
  failed: 'This panel could not be loaded',
  overviewTitle: 'National overview',
  overviewIntro: 'Live agreements in the public registry: not rejected, withdrawn, expired, terminated or renewed.',
  agreementsTotal: 'Agreements',
  liveTotal: 'Live agreements',
  partnerCountries: 'Partner countries',
  worldMap: 'Partner countries by live agreements',
  provinceMap: 'Provinces by live agreements',
  provinceMapNote: 'Tile grid: one square per province, placed roughly by geography.',
  partnerShares: 'Partner shares',
  concentration: 'Concentration',
  hhi: 'HHI (0–10,000)',
  topPartner: 'Top partner',
  share: 'share',
  level: 'Level',
  absentTargets: 'Diversification targets not reached',
  none: 'none',
  byState: 'Agreements by state',
  bySector: 'Live agreements by sector',
  freshness: 'Freshness',
  freshnessAsOf: (when: string) => `Figures read from the registry at ${when}.`,
  freshnessFeed: (when: string, upToDate: boolean) =>
    `Assessment figures from the change feed, last read ${when}${upToDate ? '' : ' (catching up: figures may lag)'}.`,
  sourcePublic: 'Source: the public registry of agreements-service.',
  registryTitle: 'Registry',
  search: 'Search',
  searchPlaceholder: 'Title, reference, party…',
  region: 'Indonesian region',
  allRegions: 'All provinces',
  regionCode: 'or Kemendagri code',
  includeSubregions: 'Include regencies and cities',
  partnerCountry: 'Partner country',
  allCountries: 'All countries',
  state: 'State',
  allStates: 'All states',
  sector: 'Sector',
  allSectors: 'All sectors',
  year: 'Signing year',
  apply: 'Apply',
  reset: 'Reset',
  results: (n: number) => `${n} agreement${n === 1 ? '' : 's'}`,
  didYouMean: (q: string, m: string) => `No agreement matches “${q}”; showing results for “${m}”.`,
  noResults: 'No agreement matches these filters.',
  page: (p: number, n: number) => `Page ${p} of ${n}`,
  previous: 'Previous',
  next: 'Next',
  exportCsv: 'Export CSV',
  exportNeedsSignIn: 'CSV export needs sign-in.',
  reference: 'Reference',
  title: 'Title',
  parties: 'Parties',
  indonesianParty: 'Indonesian party',
  foreignParty: 'Foreign party',
  signedOn: 'Signed',
  validity: 'Valid',
  form: 'Form',
  type: 'Type',
  sectors: 'Sectors',
  participants: 'Other participants',
  instruments: 'Instruments',
  document: 'Document',
  noneRecorded: 'None recorded.',
  clauses: 'Safeguard clauses',
  clausePresent: 'present',
  clauseMissing: 'missing',
  costBenefit: 'Cost-benefit analysis',
  noCba: 'No cost-benefit analysis recorded.',
  costs: 'Costs',
  benefits: 'Benefits',
  net: 'Net',
  yearN: (n: number) => `Year ${n}`,
  npv: 'NPV',
  bcr: 'BCR',
  irr: 'IRR',
  payback: 'Payback',
  years: (n: number) => `${n} year${n === 1 ? '' : 's'}`,
  stress: 'Stress scenarios',
  commitments: 'Financial commitments',
  activities: 'Activities',
  activitiesNeedSignIn: 'Activities are shown to signed-in users.',
  dormant: 'Dormant: no activity for twelve months',
  assessment: 'Latest assessment',
  assessmentNeedsSignIn: 'Assessments are shown to signed-in users (role viewer or above).',
  notAssessed: 'Not assessed yet.',
  runAssessment: 'Assess now',
  stale: 'Stale: the agreement changed after this assessment',
  overallRisk: 'Overall risk',
  benefitScore: 'Benefit score',
  dimensions: 'Risk by dimension (0–100)',
  findings: 'Findings',
  legalBasis: 'Legal basis',
  recommendations: 'Recommendations',
  assessedOn: (d: string, v: number) => `Assessed on ${d} with scoring model ${v}`,
  notFound: 'No such public agreement.',
  back: 'Back to the registry',
  agreementPage: 'Agreement',
  footer: 'Data: Jembatan services. Maps: Natural Earth via world-atlas.',
};

export type Messages = typeof en;

const id: Messages = {
  appName: 'Jembatan',
  tagline: 'Kerja sama daerah dengan mitra luar negeri',
  skip: 'Langsung ke isi',
  navOverview: 'Ikhtisar nasional',
  navRegistry: 'Registri',
  language: 'Bahasa',
  signIn: 'Masuk',
  signOut: 'Keluar',
  signedInAs: 'Sudah masuk',
  tokenLabel: 'Token akses',
  tokenHelp: 'Tempel token bearer (lokal: ./jembatan token --role viewer).',
  save: 'Simpan',
  cancel: 'Batal',
  loading: 'Memuat…',
  unavailable: (service: string) => `${service} saat ini tidak dapat dihubungi; panel ini akan berfungsi lagi setelah layanan kembali. Bagian lain halaman tidak terpengaruh.`,
  failed: 'Panel ini tidak dapat dimuat',
  overviewTitle: 'Ikhtisar nasional',
  overviewIntro: 'Perjanjian yang berlaku dalam registri publik: tidak ditolak, ditarik, kedaluwarsa, diakhiri atau diperbarui.',
  agreementsTotal: 'Perjanjian',
  liveTotal: 'Perjanjian berlaku',
  partnerCountries: 'Negara mitra',
  worldMap: 'Negara mitra menurut perjanjian berlaku',
  provinceMap: 'Provinsi menurut perjanjian berlaku',
  provinceMapNote: 'Peta petak: satu kotak per provinsi, kira-kira sesuai letak geografis.',
  partnerShares: 'Pangsa mitra',
  concentration: 'Konsentrasi',
  hhi: 'HHI (0–10.000)',
  topPartner: 'Mitra terbesar',
  share: 'pangsa',
  level: 'Tingkat',
  absentTargets: 'Target diversifikasi yang belum tercapai',
  none: 'tidak ada',
  byState: 'Perjanjian menurut status',
  bySector: 'Perjanjian berlaku menurut sektor',
  freshness: 'Kemutakhiran',
  freshnessAsOf: (when: string) => `Angka dibaca dari registri pada ${when}.`,
  freshnessFeed: (when: string, upToDate: boolean) =>
    `Angka penilaian dari umpan perubahan, terakhir dibaca ${when}${upToDate ? '' : ' (sedang menyusul: angka mungkin tertinggal)'}.`,
  sourcePublic: 'Sumber: registri publik agreements-service.',
  registryTitle: 'Registri',
  search: 'Cari',
  searchPlaceholder: 'Judul, nomor, pihak…',
  region: 'Daerah Indonesia',
  allRegions: 'Semua provinsi',
  regionCode: 'atau kode Kemendagri',
  includeSubregions: 'Termasuk kabupaten dan kota',
  partnerCountry: 'Negara mitra',
  allCountries: 'Semua negara',
  state: 'Status',
  allStates: 'Semua status',
  sector: 'Sektor',
  allSectors: 'Semua sektor',
  year: 'Tahun penandatanganan',
  apply: 'Terapkan',
  reset: 'Atur ulang',
  results: (n: number) => `${n} perjanjian`,
  didYouMean: (q: string, m: string) => `Tidak ada perjanjian yang cocok dengan “${q}”; menampilkan hasil untuk “${m}”.`,
  noResults: 'Tidak ada perjanjian yang cocok dengan filter ini.',
  page: (p: number, n: number) => `Halaman ${p} dari ${n}`,
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  exportCsv: 'Ekspor CSV',
  exportNeedsSignIn: 'Ekspor CSV memerlukan masuk.',
  reference: 'Nomor',
  title: 'Judul',
  parties: 'Para pihak',
  indonesianParty: 'Pihak Indonesia',
  foreignParty: 'Pihak asing',
  signedOn: 'Ditandatangani',
  validity: 'Berlaku',
  form: 'Bentuk',
  type: 'Jenis',
  sectors: 'Sektor',
  participants: 'Peserta lain',
  instruments: 'Instrumen',
  document: 'Dokumen',
  noneRecorded: 'Belum ada yang dicatat.',
  clauses: 'Klausul pengaman',
  clausePresent: 'ada',
  clauseMissing: 'tidak ada',
  costBenefit: 'Analisis biaya-manfaat',
  noCba: 'Belum ada analisis biaya-manfaat.',
  costs: 'Biaya',
  benefits: 'Manfaat',
  net: 'Bersih',
  yearN: (n: number) => `Tahun ${n}`,
  npv: 'NPV',
  bcr: 'BCR',
  irr: 'IRR',
  payback: 'Periode pengembalian',
  years: (n: number) => `${n} tahun`,
  stress: 'Skenario tekanan',
  commitments: 'Komitmen keuangan',
  activities: 'Kegiatan',
  activitiesNeedSignIn: 'Kegiatan ditampilkan bagi pengguna yang sudah masuk.',
  dormant: 'Tidak aktif: tanpa kegiatan selama dua belas bulan',
  assessment: 'Penilaian terakhir',
  assessmentNeedsSignIn: 'Penilaian ditampilkan bagi pengguna yang sudah masuk (peran viewer ke atas).',
  notAssessed: 'Belum dinilai.',
  runAssessment: 'Nilai sekarang',
  stale: 'Usang: perjanjian berubah setelah penilaian ini',
  overallRisk: 'Risiko keseluruhan',
  benefitScore: 'Skor manfaat',
  dimensions: 'Risiko per dimensi (0–100)',
  findings: 'Temuan',
  legalBasis: 'Dasar hukum',
  recommendations: 'Rekomendasi',
  assessedOn: (d: string, v: number) => `Dinilai pada ${d} dengan model penilaian ${v}`,
  notFound: 'Perjanjian publik ini tidak ada.',
  back: 'Kembali ke registri',
  agreementPage: 'Perjanjian',
  footer: 'Data: layanan Jembatan. Peta: Natural Earth melalui world-atlas.',
};

export const messages: Record<Lang, Messages> = { en, id };

const enumLabels: Record<Lang, Record<string, string>> = {
  en: {
    INITIATED: 'Initiated', EXPLORATION: 'Exploration', LOI_SIGNED: 'LoI signed', PLANNED: 'Planned', DPRD_REVIEW: 'DPRD review',
    DPRD_APPROVED: 'DPRD approved', CENTRAL_REVIEW: 'Central review', APPROVED: 'Approved', ACTIVE: 'Active',
    UNDER_EVALUATION: 'Under evaluation', RENEWED: 'Renewed', EXPIRED: 'Expired', TERMINATED: 'Terminated', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn',
    TOURISM: 'Tourism', CREATIVE_ECONOMY: 'Creative economy', HUMAN_RESOURCES: 'Human resources', EDUCATION: 'Education', E_COMMERCE: 'E-commerce',
    ARTIFICIAL_INTELLIGENCE: 'Artificial intelligence', DIGITAL_INFRASTRUCTURE: 'Digital infrastructure', TRADE_EXPORT: 'Trade and export',
    INVESTMENT: 'Investment', INFRASTRUCTURE: 'Infrastructure', TRANSPORT: 'Transport', ENERGY: 'Energy', ENVIRONMENT: 'Environment', HEALTH: 'Health',
    CULTURE: 'Culture', AGRICULTURE: 'Agriculture', INDUSTRY: 'Industry', URBAN_PLANNING: 'Urban planning', GOVERNANCE: 'Governance',
    COST_BENEFIT_ANALYSIS: 'Cost-benefit analysis', ENVIRONMENTAL_PROTECTION: 'Environmental protection', FISCAL_PROVISIONS: 'Fiscal provisions',
    TECHNOLOGY_TRANSFER: 'Technology transfer', LOCAL_WORKFORCE_TRAINING: 'Local workforce training', DATA_PROTECTION_LOCALISATION: 'Data protection and localisation',
    DISPUTE_RESOLUTION: 'Dispute resolution', TERMINATION_EXIT: 'Termination and exit',
    TRANSPARENCY: 'Transparency', COST_BENEFIT: 'Cost-benefit', FISCAL_EXPOSURE: 'Fiscal exposure', PARTNER_CONCENTRATION: 'Partner concentration',
    DIGITAL_SOVEREIGNTY: 'Digital sovereignty', ENVIRONMENTAL_SOCIAL: 'Environmental and social', POLICY_ALIGNMENT: 'Policy alignment',
    LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', CRITICAL: 'Critical', INFO: 'Info', WARNING: 'Warning',
    SISTER_CITY: 'Sister city', SISTER_PROVINCE: 'Sister province', TECHNICAL_COOPERATION: 'Technical cooperation', ECONOMIC_COOPERATION: 'Economic cooperation',
    EDUCATION_CULTURE: 'Education and culture', OTHER: 'Other', LOI: 'Letter of Intent', MOU: 'Memorandum of Understanding', PKS: 'Cooperation agreement (PKS)', AMENDMENT: 'Amendment',
    REGION: 'Region', PARTNER: 'Partner', THIRD_PARTY: 'Third party', INDONESIAN_PARTY: 'Indonesian party', FOREIGN_PARTY: 'Foreign party',
    GRANT: 'Grant', LOAN: 'Loan', EQUITY: 'Equity', IN_KIND: 'In kind', GUARANTEE: 'Guarantee', BUDGET_ALLOCATION: 'Budget allocation',
  },
  id: {
    INITIATED: 'Diprakarsai', EXPLORATION: 'Penjajakan', LOI_SIGNED: 'LoI ditandatangani', PLANNED: 'Direncanakan', DPRD_REVIEW: 'Pembahasan DPRD',
    DPRD_APPROVED: 'Disetujui DPRD', CENTRAL_REVIEW: 'Evaluasi pusat', APPROVED: 'Disetujui', ACTIVE: 'Berlaku',
    UNDER_EVALUATION: 'Dalam evaluasi', RENEWED: 'Diperpanjang', EXPIRED: 'Kedaluwarsa', TERMINATED: 'Diakhiri', REJECTED: 'Ditolak', WITHDRAWN: 'Ditarik',
    TOURISM: 'Pariwisata', CREATIVE_ECONOMY: 'Ekonomi kreatif', HUMAN_RESOURCES: 'Sumber daya manusia', EDUCATION: 'Pendidikan', E_COMMERCE: 'E-commerce',
    ARTIFICIAL_INTELLIGENCE: 'Kecerdasan artifisial', DIGITAL_INFRASTRUCTURE: 'Infrastruktur digital', TRADE_EXPORT: 'Perdagangan dan ekspor',
    INVESTMENT: 'Investasi', INFRASTRUCTURE: 'Infrastruktur', TRANSPORT: 'Transportasi', ENERGY: 'Energi', ENVIRONMENT: 'Lingkungan hidup', HEALTH: 'Kesehatan',
    CULTURE: 'Kebudayaan', AGRICULTURE: 'Pertanian', INDUSTRY: 'Industri', URBAN_PLANNING: 'Tata kota', GOVERNANCE: 'Tata kelola',
    COST_BENEFIT_ANALYSIS: 'Analisis biaya-manfaat', ENVIRONMENTAL_PROTECTION: 'Perlindungan lingkungan', FISCAL_PROVISIONS: 'Ketentuan fiskal',
    TECHNOLOGY_TRANSFER: 'Alih teknologi', LOCAL_WORKFORCE_TRAINING: 'Pelatihan tenaga kerja lokal', DATA_PROTECTION_LOCALISATION: 'Pelindungan dan lokalisasi data',
    DISPUTE_RESOLUTION: 'Penyelesaian sengketa', TERMINATION_EXIT: 'Pengakhiran dan keluar',
    TRANSPARENCY: 'Transparansi', COST_BENEFIT: 'Biaya-manfaat', FISCAL_EXPOSURE: 'Eksposur fiskal', PARTNER_CONCENTRATION: 'Konsentrasi mitra',
    DIGITAL_SOVEREIGNTY: 'Kedaulatan digital', ENVIRONMENTAL_SOCIAL: 'Lingkungan dan sosial', POLICY_ALIGNMENT: 'Keselarasan kebijakan',
    LOW: 'Rendah', MODERATE: 'Sedang', HIGH: 'Tinggi', CRITICAL: 'Kritis', INFO: 'Info', WARNING: 'Peringatan',
    SISTER_CITY: 'Kota kembar', SISTER_PROVINCE: 'Provinsi kembar', TECHNICAL_COOPERATION: 'Kerja sama teknik', ECONOMIC_COOPERATION: 'Kerja sama ekonomi',
    EDUCATION_CULTURE: 'Pendidikan dan budaya', OTHER: 'Lainnya', LOI: 'Surat Pernyataan Kehendak (LoI)', MOU: 'Nota Kesepahaman (MoU)', PKS: 'Perjanjian Kerja Sama (PKS)', AMENDMENT: 'Amandemen',
    REGION: 'Daerah', PARTNER: 'Mitra', THIRD_PARTY: 'Pihak ketiga', INDONESIAN_PARTY: 'Pihak Indonesia', FOREIGN_PARTY: 'Pihak asing',
    GRANT: 'Hibah', LOAN: 'Pinjaman', EQUITY: 'Penyertaan modal', IN_KIND: 'Natura', GUARANTEE: 'Jaminan', BUDGET_ALLOCATION: 'Alokasi anggaran',
  },
};

/** The label of an enum constant from the contracts; the constant itself when it has none. */
export function label(lang: Lang, value: string | undefined): string {
  if (value === undefined) return '';
  return enumLabels[lang][value] ?? value;
}

const localeOf = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

export function formatDate(lang: Lang, iso: string | undefined | null): string {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = iso.length === 10
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  return new Intl.DateTimeFormat(localeOf(lang), options).format(date);
}

export function formatMoney(lang: Lang, amount: number | undefined | null, currency = 'IDR'): string {
  if (amount === undefined || amount === null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, maximumFractionDigits: currency === 'IDR' ? 0 : 2 }).format(amount);
}

export function formatNumber(lang: Lang, value: number | undefined | null, fractionDigits = 0): string {
  if (value === undefined || value === null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(lang: Lang, fraction: number | undefined | null): string {
  if (fraction === undefined || fraction === null) return '—';
  return new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}
