/**
 * Fictional name pools for the demo network. Any resemblance to a real person is coincidental:
 * first and last names are drawn independently.
 */
export type Gender = "f" | "m";

/** Where a person's name and mother tongue come from; drives names and languages. */
export type Origin = "ma" | "be-fr" | "be-nl" | "diaspora";

type NamePool = { f: string[]; m: string[]; last: string[] };

const MOROCCAN: NamePool = {
  f: [
    "Amina",
    "Khadija",
    "Salma",
    "Fatima Zahra",
    "Meryem",
    "Nadia",
    "Hajar",
    "Imane",
    "Sanaa",
    "Zineb",
    "Houda",
    "Loubna",
    "Soukaina",
    "Asmae",
    "Kawtar",
    "Ghita",
    "Hind",
    "Siham",
    "Nawal",
    "Ikram",
    "Oumaima",
    "Wiam",
    "Yasmine",
    "Rim",
    "Btissam",
    "Latifa",
    "Najat",
    "Safae",
    "Chaimae",
    "Hiba",
    "Ilham",
    "Aicha",
    "Samira",
    "Layla",
    "Nisrine",
  ],
  m: [
    "Youssef",
    "Mehdi",
    "Hamza",
    "Omar",
    "Anas",
    "Ayoub",
    "Karim",
    "Mohamed",
    "Rachid",
    "Abdelilah",
    "Hicham",
    "Said",
    "Yassine",
    "Adil",
    "Ismail",
    "Othmane",
    "Zakaria",
    "Soufiane",
    "Reda",
    "Badr",
    "Khalid",
    "Nabil",
    "Driss",
    "Tarik",
    "Amine",
    "Ilyas",
    "Mustapha",
    "Abdellah",
    "Jamal",
    "Walid",
    "Taha",
    "Marouane",
    "Saad",
    "Aziz",
    "Brahim",
  ],
  last: [
    "El Idrissi",
    "Benjelloun",
    "Alaoui",
    "Tazi",
    "Bennani",
    "Ouazzani",
    "Amrani",
    "Berrada",
    "Chraibi",
    "El Fassi",
    "Lahlou",
    "Sqalli",
    "Bouzidi",
    "El Amrani",
    "Ait Ouahmane",
    "Ait Benhaddou",
    "Oukhouya",
    "Benali",
    "Chakir",
    "Haddad",
    "Moussaoui",
    "El Mansouri",
    "Zniber",
    "Kettani",
    "Cherkaoui",
    "Filali",
    "Naciri",
    "Boukili",
    "Essaidi",
    "Lamrani",
    "Ziani",
    "Hajji",
    "Belkadi",
    "El Ouardi",
    "Raji",
    "Skalli",
    "Bakkali",
    "Azzouzi",
    "Tahiri",
    "Ait Lahcen",
    "Oubaha",
    "Id Belkacem",
    "Amellal",
    "Outaleb",
    "Benchekroun",
    "Squalli",
    "El Hachimi",
    "Mouline",
    "Benabdeljalil",
    "Rhazi",
  ],
};

const BELGIAN_FR: NamePool = {
  f: [
    "Camille",
    "Marie",
    "Julie",
    "Charlotte",
    "Élise",
    "Manon",
    "Sophie",
    "Aurélie",
    "Pauline",
    "Céline",
    "Louise",
    "Hélène",
    "Émilie",
    "Chloé",
    "Justine",
    "Valérie",
    "Anne-Sophie",
    "Delphine",
    "Laura",
    "Margaux",
  ],
  m: [
    "Julien",
    "Nicolas",
    "Antoine",
    "Maxime",
    "Thomas",
    "Olivier",
    "François",
    "Guillaume",
    "Benoît",
    "Laurent",
    "Pierre",
    "Arnaud",
    "Cédric",
    "Quentin",
    "Sébastien",
    "Damien",
    "Jean-Marc",
    "Grégoire",
    "Martin",
    "Xavier",
  ],
  last: [
    "Dubois",
    "Lambert",
    "Dupont",
    "Martin",
    "Leclercq",
    "Lejeune",
    "Renard",
    "Dumont",
    "Simon",
    "Goffin",
    "Collignon",
    "Hennebert",
    "Delvaux",
    "Jacquet",
    "François",
    "Lemaire",
    "Mathieu",
    "Pirard",
    "Wauters",
    "Lhoest",
    "Gérard",
    "Bastin",
    "Henrotte",
    "Dethier",
    "Piette",
    "Dewez",
    "Lecomte",
    "Marchal",
    "Hubert",
    "Collard",
  ],
};

const BELGIAN_NL: NamePool = {
  f: [
    "Lotte",
    "Sofie",
    "An",
    "Els",
    "Hanne",
    "Lien",
    "Eline",
    "Femke",
    "Ine",
    "Joke",
    "Marieke",
    "Sara",
    "Leen",
    "Nele",
    "Katrien",
    "Annelies",
    "Griet",
    "Jolien",
    "Tine",
    "Evelien",
  ],
  m: [
    "Wouter",
    "Pieter",
    "Jan",
    "Tom",
    "Koen",
    "Bart",
    "Stijn",
    "Jeroen",
    "Bram",
    "Thomas",
    "Dries",
    "Maarten",
    "Joris",
    "Ruben",
    "Wim",
    "Sander",
    "Jens",
    "Tijs",
    "Geert",
    "Lukas",
  ],
  last: [
    "Claes",
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Goossens",
    "Wouters",
    "De Smet",
    "Vermeulen",
    "Van den Broeck",
    "De Vos",
    "Hermans",
    "Verstraete",
    "Van Damme",
    "De Clercq",
    "Vandenberghe",
    "Aerts",
    "Desmet",
    "Coppens",
    "Verhoeven",
    "Lenaerts",
    "Smets",
    "Michiels",
    "Van Hove",
    "De Backer",
    "Cuypers",
    "Verbeke",
    "Stevens",
  ],
};

/** Belgian-Moroccan names, with the Dutch or French transliterations used in Belgium. */
const DIASPORA: NamePool = {
  f: [
    "Sarah",
    "Nora",
    "Ilham",
    "Samira",
    "Laila",
    "Yasmina",
    "Dounia",
    "Sofia",
    "Ines",
    "Malika",
    "Nadia",
    "Hanane",
    "Siham",
    "Naima",
    "Fatiha",
    "Zakia",
    "Hafsa",
    "Mariam",
    "Soumaya",
    "Lina",
  ],
  m: [
    "Mohamed",
    "Karim",
    "Bilal",
    "Nordin",
    "Redouane",
    "Mourad",
    "Rachid",
    "Younes",
    "Said",
    "Ibrahim",
    "Ayoub",
    "Soufiane",
    "Anouar",
    "Jamal",
    "Khalid",
    "Mehdi",
    "Ilias",
    "Adam",
    "Hamid",
    "Yassin",
  ],
  last: [
    "El Khattabi",
    "Boukhari",
    "Azzouzi",
    "El Hamdaoui",
    "Ben Haddou",
    "Ouali",
    "Bouchaib",
    "El Bakkali",
    "Moussaoui",
    "Ait Taleb",
    "Achahbar",
    "El Yousfi",
    "Mahdaoui",
    "Amrani",
    "Boujemaa",
    "Boussaid",
    "El Ouali",
    "Khadir",
    "Essafi",
    "El Morabit",
    "Laaroussi",
    "Ben Yahia",
    "El Bouzidi",
    "Abdellaoui",
    "Ouchan",
    "Benhammou",
    "El Kaddouri",
    "Aouragh",
  ],
};

export const NAME_POOLS: Record<Origin, NamePool> = {
  ma: MOROCCAN,
  "be-fr": BELGIAN_FR,
  "be-nl": BELGIAN_NL,
  diaspora: DIASPORA,
};

/** Roles, gendered in French ([masculine, feminine]) with an English equivalent. */
export type Role = { fr: [string, string]; en: string };

const role = (m: string, f: string, en: string): Role => ({ fr: [m, f], en });

/** Academic roles with their relative frequency in each country (titles differ). */
export const RESEARCHER_ROLES: [Role, { MA: number; BE: number }][] = [
  [role("Professeur", "Professeure", "Professor"), { MA: 3, BE: 3 }],
  [role("Professeur habilité", "Professeure habilitée", "Associate professor"), { MA: 2, BE: 0 }],
  [
    role("Enseignant-chercheur", "Enseignante-chercheuse", "Lecturer and researcher"),
    { MA: 3, BE: 0 },
  ],
  [
    role("Chercheur postdoctoral", "Chercheuse postdoctorale", "Postdoctoral researcher"),
    { MA: 2, BE: 3 },
  ],
  [role("Chargé de recherche", "Chargée de recherche", "Research associate"), { MA: 1, BE: 2 }],
  [
    role("Directeur du laboratoire", "Directrice du laboratoire", "Lab director"),
    { MA: 0.3, BE: 0.3 },
  ],
];

export const STUDENT_ROLES = {
  phd: role("Doctorant", "Doctorante", "PhD candidate"),
  master: role("Étudiant en master", "Étudiante en master", "Master's student"),
  engineer: role("Élève ingénieur", "Élève ingénieure", "Engineering student"),
};

/** Expert roles by the taxonomy group that dominates their organization's focus. */
export const EXPERT_ROLES: Record<string, Role[]> = {
  ai: [
    role("Data scientist", "Data scientist", "Data scientist"),
    role("Ingénieur machine learning", "Ingénieure machine learning", "Machine learning engineer"),
    role("Responsable IA", "Responsable IA", "Head of AI"),
  ],
  data: [
    role("Data engineer", "Data engineer", "Data engineer"),
    role("Chief data officer", "Chief data officer", "Chief data officer"),
    role("Consultant data", "Consultante data", "Data consultant"),
  ],
  cloud: [
    role("Architecte cloud", "Architecte cloud", "Cloud architect"),
    role("Ingénieur DevOps", "Ingénieure DevOps", "DevOps engineer"),
  ],
  security: [
    role("Responsable sécurité des SI", "Responsable sécurité des SI", "CISO"),
    role("Analyste cybersécurité", "Analyste cybersécurité", "Security analyst"),
  ],
  software: [
    role("Lead developer", "Lead developer", "Lead developer"),
    role("CTO", "CTO", "CTO"),
    role("Développeur backend", "Développeuse backend", "Backend developer"),
  ],
  web: [
    role("Développeur full-stack", "Développeuse full-stack", "Full-stack developer"),
    role("CTO", "CTO", "CTO"),
  ],
  hardware: [
    role("Ingénieur R&D", "Ingénieure R&D", "R&D engineer"),
    role("Ingénieur systèmes embarqués", "Ingénieure systèmes embarqués", "Embedded engineer"),
  ],
  networks: [
    role("Ingénieur réseaux", "Ingénieure réseaux", "Network engineer"),
    role("Architecte télécom", "Architecte télécom", "Telecom architect"),
  ],
  management: [
    role("Chef de projet digital", "Cheffe de projet digital", "Digital project manager"),
    role("Directeur de l'innovation", "Directrice de l'innovation", "Head of innovation"),
    role("Chargé de programme", "Chargée de programme", "Programme manager"),
  ],
  domain: [
    role("Ingénieur agronome data", "Ingénieure agronome data", "Agri-data engineer"),
    role("Chef de projet R&D", "Cheffe de projet R&D", "R&D project lead"),
  ],
  research: [
    role("Chargé de mission recherche", "Chargée de mission recherche", "Research officer"),
  ],
};

export const INCUBATOR_ROLES: Role[] = [
  role("Chargé d'incubation", "Chargée d'incubation", "Incubation manager"),
  role("Coach startups", "Coach startups", "Startup coach"),
  role("Fondateur de startup incubée", "Fondatrice de startup incubée", "Startup founder"),
];

/** Arabic headline roles by person kind ([masculine, feminine]). */
export const ARABIC_ROLES = {
  researcher: ["أستاذ باحث", "أستاذة باحثة"],
  expert: ["خبير", "خبيرة"],
  student: ["طالب باحث", "طالبة باحثة"],
} as const;

/** Free tags for the ~3% of people whose specialty is not in the taxonomy. */
export const FREE_TAGS = [
  "Darija speech corpora",
  "OCP phosphate logistics",
  "Corpus amazighe en tifinagh",
  "Traçabilité de la filière argan",
  "Irrigation goutte-à-goutte connectée",
  "Détection du criquet pèlerin",
  "Tanger Med port analytics",
  "Numérisation des manuscrits de Fès",
  "Protonthérapie : contrôle qualité",
  "Inclusion financière rurale",
];

/** Publication venues (the papers themselves are fictional: DOI prefix 10.5555). */
export const VENUES: Record<string, string[]> = {
  ai: [
    "IEEE Access",
    "Neurocomputing",
    "Pattern Recognition Letters",
    "Revue d'Intelligence Artificielle",
  ],
  data: ["Journal of Big Data", "Data Mining and Knowledge Discovery", "Procedia Computer Science"],
  security: ["Computers & Security", "IEEE Transactions on Information Forensics and Security"],
  networks: ["Computer Networks", "IEEE Internet of Things Journal", "Sensors"],
  cloud: ["Future Generation Computer Systems", "Journal of Cloud Computing"],
  hardware: ["Sensors", "Microprocessors and Microsystems"],
  default: ["Applied Sciences", "Procedia Computer Science", "Proceedings of ICTAI"],
};

/** Venues of applied fields, chosen by the paper's sector. */
export const SECTOR_VENUES: Record<string, string[]> = {
  agriculture: [
    "Computers and Electronics in Agriculture",
    "Remote Sensing",
    "Precision Agriculture",
  ],
  "water-environment": ["Agricultural Water Management", "Remote Sensing"],
  health: ["Computers in Biology and Medicine", "Journal of Biomedical Informatics"],
  energy: ["Applied Energy", "Energies"],
};

/** Paper titles, French and English: `{a}`/`{b}` are skills ({A} capitalized), `{s}` a sector. */
export const TITLE_TEMPLATES = {
  fr: [
    "{A} en {s} : une étude de cas au Maroc",
    "{A} et {b} en {s} : vers des méthodes robustes",
    "Combiner {a} et {b} : une application en {s}",
    "{A} et {b} : retour d'expérience d'un projet belgo-marocain",
    "Évaluation comparative en {a} sur des données marocaines et belges ({s})",
  ],
  en: [
    "{A} for {s}: a case study from Morocco",
    "Towards robust {a} in {s}",
    "Combining {a} and {b} in {s}",
    "Benchmarking {a} methods on Moroccan and Belgian {s} data",
    "{A} and {b} for {s}: lessons from a Moroccan–Belgian project",
  ],
};

export const ABSTRACT_SENTENCES = {
  fr: [
    "Nous proposons une méthode qui combine {a} et {b} pour répondre à des besoins concrets en {s}.",
    "Les expériences, menées sur des jeux de données collectés au Maroc et en Belgique, montrent un gain net par rapport aux approches de référence.",
    "Nous discutons des limites de l'approche, notamment la qualité des données et le coût de calcul.",
    "Le code et un jeu de données anonymisé sont mis à disposition pour faciliter la reproduction des résultats.",
    "Ce travail s'inscrit dans une collaboration entre équipes marocaines et belges.",
  ],
  en: [
    "We propose a method that combines {a} and {b} to address practical needs in {s}.",
    "Experiments on datasets collected in Morocco and Belgium show a clear improvement over strong baselines.",
    "We discuss the limits of the approach, in particular data quality and computational cost.",
    "Code and an anonymised dataset are released to support reproducibility.",
    "This work results from a collaboration between Moroccan and Belgian teams.",
  ],
};

/**
 * Headline and bio templates. Placeholders: {role} {roleLower} {roleEn} {roleAr}, {first},
 * {org} (acronym or name), {orgRef} (lab, university), {city}, skills {a} {b} {c} {d} ({A} is {a}
 * capitalized), sector {s}, {Pronoun}, {e} (feminine agreement), {verbAr}.
 */
export const HEADLINES = {
  fr: [
    "{role} en {a} et {b} · {org}",
    "{role} · {a}, {b} et {c}",
    "{role} à {org} | {a} en {s}",
    "{A} et {b} en {s} · {role}, {org}",
  ],
  en: ["{roleEn} in {a} and {b} at {org}", "{roleEn} · {a}, {b}, {c}", "{roleEn} · {a} for {s}"],
  ar: ["{roleAr} في {a} و{b} · {org}", "{roleAr} · {a}، {b}"],
};

export const STUDENT_HEADLINES = {
  fr: ["{role} en {a} · {org}", "{role} · {a} et {b} en {s}"],
  en: ["{roleEn} · {a} and {b} · {org}"],
  ar: ["{roleAr} في {a} · {org}", "{roleAr} · {a}، {b}"],
};

export const BIOS = {
  researcher: {
    fr: "{first} est {roleLower} à {city} ({orgRef}). Thèmes de recherche : {a}, {b} et {c}, avec des applications en {s}.",
    en: "{first} — {roleEn}, {orgRef}, {city}. Research on {a}, {b} and {c}, with applications in {s}.",
    ar: "{first}، {roleAr} ({orgRef}، {city}). {verbAr} على {a} و{b} و{c} في مجال {s}.",
    extrasFr: [
      "{Pronoun} co-encadre volontiers des thèses entre le Maroc et la Belgique.",
      "{Pronoun} anime un séminaire de recherche ({a}) ouvert aux doctorants des deux pays.",
      "Intérêts récents : {d}.",
    ],
    extrasEn: [
      "Open to joint PhD supervision between Morocco and Belgium.",
      "Recent interests: {d}.",
    ],
  },
  expert: {
    fr: "{first} est {roleLower} chez {org} à {city}. Expertise : {a}, {b} et {c}, en particulier en {s}.",
    en: "{first} — {roleEn} at {org}, {city}. Expertise: {a}, {b} and {c}, especially in {s}.",
    ar: "{first}، {roleAr} في {org} ({city}). {verbAr} على {a} و{b} و{c} في مجال {s}.",
    extrasFr: [
      "{Pronoun} accompagne de jeunes profils vers les métiers de la data et de l'IA.",
      "{Pronoun} accueille chaque année des stagiaires marocains et belges.",
      "Intérêts récents : {d}.",
    ],
    extrasEn: ["Mentors junior profiles moving into data and AI.", "Recent interests: {d}."],
  },
  student: {
    fr: "{first} est {roleLower} ({orgRef}, {city}). Sujet : {a} et {b} en {s}.",
    en: "{first} — {roleEn}, {orgRef}, {city}. Working on {a} and {b} in {s}.",
    ar: "{first}، {roleAr} ({orgRef}، {city}). {verbAr} على {a} و{b} في مجال {s}.",
    extrasFr: [
      "{Pronoun} souhaite être accompagné{e} par un·e mentor de l'autre rive.",
      "Autre intérêt : {c}.",
    ],
    extrasEn: [
      "Looking for a mentor across the Morocco–Belgium network.",
      "Also curious about {c}.",
    ],
  },
};

/** `details` of offers and needs, by convention kind. {other}: "en Belgique" or "au Maroc". */
export const OFFER_DETAILS = {
  mentoring: [
    "Mentorat de profils juniors en {a} et {b}.",
    "Accompagnement d'étudiants marocains et belges qui se lancent en {a}.",
  ],
  thesis_cosupervision: ["Co-encadrement de thèses en {a}, en cotutelle Maroc–Belgique."],
  internship: ["Stages de fin d'études (4 à 6 mois) en {a} chez {org}."],
  incubation: ["Accompagnement de startups en {a} : incubation, mise en relation et financement."],
  joint_research: ["Projets de recherche conjoints en {a} et {b}, en particulier en {s}."],
  mobility: ["Accueil de chercheurs et doctorants en mobilité (1 à 6 mois) à {city}."],
};

export const STUDENT_NEED_DETAILS = {
  mentoring: "Je cherche un·e mentor en {a} pour orienter mon parcours.",
  thesis_cosupervision: "Je cherche un co-encadrement {other} pour ma thèse sur {a}.",
  internship: "Je cherche un stage de fin d'études en {a}, idéalement en {s}.",
};

export const ORGANIZATION_NEED_DETAILS = {
  joint_research:
    "Le laboratoire cherche un partenaire {other} pour un projet de recherche conjoint en {a}.",
  thesis_cosupervision: "Le laboratoire cherche des co-encadrants {other} pour des thèses en {a}.",
  mobility:
    "Le laboratoire souhaite accueillir des doctorants en mobilité pour des travaux en {a}.",
};

export const INCUBATION_OFFER =
  "Programme d'incubation de 6 mois ouvert aux startups belgo-marocaines en {a}.";
