import type { Topic } from "./topic-types";

/** Topics 1–4 of the evaluation network (fictional people, written by hand). */
export const TOPICS_1: Topic[] = [
  {
    id: "ocr-manuscripts",
    core: ["optical-character-recognition"],
    sectors: ["tourism-culture", "education"],
    cities: { ma: "Fès", be: "Louvain-la-Neuve" },
    exact: {
      skills: [
        ["optical-character-recognition", 5],
        ["arabic-nlp", 4],
        ["document-digitisation", 4],
        ["deep-learning", 4],
      ],
      headline: "Reconnaissance d'écriture manuscrite arabe et numérisation du patrimoine",
      bio: "Travaille sur la lecture automatique des manuscrits arabes anciens des bibliothèques de Fès et de Tombouctou.",
      publications: [
        [
          "Handwritten Arabic manuscript recognition with CNN-BiLSTM and CTC decoding",
          "We recognise text lines of historical Arabic manuscripts written in Maghrebi script, combining convolutional features with a bidirectional LSTM trained with CTC.",
        ],
        [
          "Reconnaissance de l'écriture manuscrite arabe dans les manuscrits anciens de la Qarawiyyin",
          "Nous décrivons une chaîne de reconnaissance de l'écriture manuscrite, de la binarisation des pages à la transcription des lignes, évaluée sur des manuscrits numérisés.",
        ],
        [
          "A benchmark of Maghrebi script documents for historical text recognition",
          "The benchmark gathers 12,000 annotated lines from manuscripts and lithographs, with baselines for layout analysis and handwriting recognition.",
        ],
      ],
    },
    related: {
      skills: [
        ["document-digitisation", 5],
        ["digital-libraries", 4],
        ["image-processing", 4],
      ],
      headline: "Numérisation et indexation des archives patrimoniales",
      bio: "Conduit des projets de numérisation d'archives et de bibliothèques patrimoniales.",
      publications: [
        [
          "Numérisation et indexation des archives patrimoniales marocaines",
          "Retour d'expérience sur la numérisation de fonds d'archives, le contrôle qualité des images et l'indexation par métadonnées.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["academic-publishing", 5],
        ["web-development", 4],
      ],
      headline: "Plateformes de soumission de manuscrits pour revues scientifiques",
      bio: "Développe des outils éditoriaux : soumission des manuscrits, relecture par les pairs, suivi des révisions.",
      publications: [],
    },
  },
  {
    id: "darija-sentiment",
    core: ["sentiment-analysis", "darija-nlp"],
    sectors: ["telecommunications", "public-administration"],
    cities: { ma: "Rabat", be: "Bruxelles" },
    exact: {
      skills: [
        ["sentiment-analysis", 5],
        ["darija-nlp", 5],
        ["transformers", 4],
      ],
      headline: "Analyse d'opinions en darija et en arabizi sur les réseaux sociaux",
      bio: "Étudie les opinions exprimées en darija marocaine, écrite en caractères arabes ou latins (arabizi).",
      publications: [
        [
          "Sentiment analysis of Moroccan Darija tweets written in Arabizi",
          "We release a corpus of Darija tweets in Latin script and compare lexicon-based and neural classifiers for polarity detection.",
        ],
        [
          "Un corpus annoté d'opinions en darija marocaine issu des réseaux sociaux",
          "Le corpus rassemble 30 000 commentaires Facebook et YouTube annotés en polarité, avec un accord inter-annotateurs élevé.",
        ],
        [
          "Fine-tuning multilingual transformers for Darija opinion mining",
          "Multilingual and dialect-specific pretrained models are compared for opinion mining on Moroccan social media comments.",
        ],
      ],
    },
    related: {
      skills: [
        ["arabic-nlp", 5],
        ["named-entity-recognition", 4],
      ],
      headline: "Traitement automatique de l'arabe standard et dialectal",
      bio: "Spécialiste de l'identification des dialectes arabes et de l'extraction d'entités.",
      publications: [
        [
          "Arabic dialect identification on social media posts",
          "A fine-grained classifier distinguishes Maghrebi, Egyptian and Levantine dialects in short posts.",
        ],
      ],
    },
    decoy: {
      skills: [["digital-marketing", 5]],
      headline: "Stratégie réseaux sociaux et marketing d'influence pour marques marocaines",
      bio: "Pilote des campagnes sur les réseaux sociaux et mesure l'engagement de l'audience des marques.",
      publications: [],
    },
  },
  {
    id: "tumour-segmentation",
    core: ["medical-image-analysis", "image-segmentation"],
    sectors: ["health"],
    cities: { ma: "Casablanca", be: "Liège" },
    exact: {
      skills: [
        ["medical-image-analysis", 5],
        ["image-segmentation", 5],
        ["deep-learning", 4],
        ["convolutional-neural-networks", 4],
      ],
      headline: "Segmentation de tumeurs en imagerie médicale (IRM, scanner, mammographie)",
      bio: "Conçoit des réseaux de segmentation pour délimiter les tumeurs et aider la radiothérapie.",
      publications: [
        [
          "U-Net variants for brain tumour segmentation in multimodal MRI",
          "We compare attention and residual U-Net variants for glioma segmentation on multimodal MRI volumes.",
        ],
        [
          "Segmentation automatique des tumeurs du sein en mammographie",
          "Un réseau convolutif délimite les masses tumorales sur des mammographies de dépistage marocaines.",
        ],
        [
          "Uncertainty-aware segmentation of liver lesions in CT scans",
          "Monte Carlo dropout estimates the uncertainty of liver lesion contours in abdominal CT.",
        ],
      ],
    },
    related: {
      skills: [
        ["image-processing", 5],
        ["computer-vision", 4],
      ],
      headline: "Traitement d'images et restauration",
      bio: "Travaille sur le débruitage et l'amélioration d'images, notamment à faible dose.",
      publications: [
        [
          "Denoising low-dose CT images with non-local filters",
          "Classical non-local means and wavelet filters are tuned to reduce noise in low-dose CT images.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["business-intelligence", 5],
        ["data-visualisation", 4],
      ],
      headline: "Segmentation client et tableaux de bord marketing",
      bio: "Aide les enseignes à segmenter leur clientèle et à suivre leurs indicateurs.",
      publications: [],
    },
  },
  {
    id: "precision-irrigation",
    core: ["precision-agriculture", "smart-water-management"],
    sectors: ["agriculture", "water-environment"],
    cities: { ma: "Agadir", be: "Gembloux" },
    exact: {
      skills: [
        ["precision-agriculture", 5],
        ["internet-of-things", 5],
        ["smart-water-management", 4],
        ["sensors", 4],
      ],
      headline: "Irrigation de précision et capteurs connectés",
      bio: "Déploie des réseaux de capteurs d'humidité du sol pour piloter l'irrigation goutte-à-goutte.",
      publications: [
        [
          "Capteurs d'humidité du sol connectés pour l'irrigation goutte-à-goutte dans le Souss",
          "Un réseau de sondes capacitives transmet l'humidité du sol et déclenche l'irrigation des parcelles de tomates.",
        ],
        [
          "LoRaWAN sensor networks for precision irrigation of citrus orchards",
          "Soil moisture and weather sensors feed a scheduling model that reduces water use in citrus orchards.",
        ],
        [
          "Optimisation des apports en eau par modélisation du bilan hydrique",
          "Le bilan hydrique des cultures guide les apports d'eau et réduit le stress hydrique.",
        ],
      ],
    },
    related: {
      skills: [
        ["crop-modelling", 5],
        ["remote-sensing", 4],
      ],
      headline: "Modélisation des cultures et évapotranspiration",
      bio: "Modélise la croissance des cultures et les besoins en eau à partir d'images satellitaires.",
      publications: [
        [
          "Estimating crop evapotranspiration from Sentinel-2 imagery",
          "Vegetation indices from Sentinel-2 drive a crop coefficient model of evapotranspiration.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["embedded-systems", 5],
        ["electronics", 4],
      ],
      headline: "Capteurs pour l'automobile et systèmes embarqués",
      bio: "Intègre des capteurs de pression et de température dans les calculateurs automobiles.",
      publications: [],
    },
  },
];
