import type { Topic } from "./topic-types";

/** Topics 17–20 of the evaluation network (fictional people, written by hand). */
export const TOPICS_5: Topic[] = [
  {
    id: "mlops-k8s",
    core: ["mlops"],
    sectors: ["industry", "finance"],
    cities: { ma: "Casablanca", be: "Bruxelles" },
    exact: {
      skills: [
        ["mlops", 5],
        ["kubernetes", 5],
        ["ci-cd", 4],
        ["docker", 4],
      ],
      headline: "MLOps : déploiement de modèles sur Kubernetes",
      bio: "Industrialise l'entraînement, le déploiement et la surveillance des modèles d'apprentissage automatique.",
      publications: [
        [
          "Serving machine learning models at scale with Kubeflow on premises",
          "A Kubeflow platform serves 200 models with canary releases and drift monitoring.",
        ],
        [
          "Surveillance de la dérive des modèles en production",
          "Des tests statistiques détectent la dérive des données d'entrée des modèles déployés.",
        ],
        [
          "Continuous training pipelines for credit models",
          "Retraining pipelines with model registries and automated validation gates.",
        ],
      ],
    },
    related: {
      skills: [
        ["kubernetes", 5],
        ["devops", 5],
      ],
      headline: "DevOps et plateformes Kubernetes",
      bio: "Opère des clusters Kubernetes et des chaînes CI/CD pour des équipes logicielles.",
      publications: [],
    },
    decoy: {
      skills: [
        ["cloud-security", 5],
        ["identity-and-access-management", 4],
      ],
      headline: "Sécurité du cloud et gestion des identités",
      bio: "Audite les configurations cloud et les droits d'accès.",
      publications: [],
    },
  },
  {
    id: "mt-ar-fr",
    core: ["machine-translation"],
    sectors: ["public-administration", "education"],
    cities: { ma: "Tétouan", be: "Bruxelles" },
    exact: {
      skills: [
        ["machine-translation", 5],
        ["arabic-nlp", 4],
        ["transformers", 4],
      ],
      headline: "Traduction automatique arabe–français",
      bio: "Entraîne des systèmes de traduction neuronale entre l'arabe, la darija, l'amazighe et le français.",
      publications: [
        [
          "Neural machine translation between Moroccan Arabic and French",
          "A Transformer trained on subtitles and parallel news translates Darija into French.",
        ],
        [
          "Traduction automatique arabe-français de textes juridiques",
          "Adaptation au domaine d'un système de traduction neuronale pour les textes de loi.",
        ],
        [
          "Low-resource Tamazight–French translation with back-translation",
          "Back-translation of monolingual Tamazight text improves a low-resource translation system.",
        ],
      ],
    },
    related: {
      skills: [
        ["computational-linguistics", 5],
        ["named-entity-recognition", 4],
      ],
      headline: "Linguistique computationnelle et corpus parallèles",
      bio: "Construit et aligne des corpus parallèles multilingues.",
      publications: [
        [
          "Alignement de corpus parallèles arabe-français",
          "Alignement automatique de phrases dans des corpus bilingues institutionnels.",
        ],
      ],
    },
    decoy: {
      skills: [["software-localisation", 5]],
      headline: "Localisation de logiciels et traduction d'interfaces",
      bio: "Gère la traduction des interfaces et de la documentation de logiciels.",
      publications: [],
    },
  },
  {
    id: "xai-credit",
    core: ["explainable-ai"],
    sectors: ["finance"],
    cities: { ma: "Rabat", be: "Louvain-la-Neuve" },
    exact: {
      skills: [
        ["explainable-ai", 5],
        ["fintech", 4],
        ["predictive-modelling", 4],
      ],
      headline: "Explainable AI for credit risk",
      bio: "Makes credit scoring models interpretable and auditable for lenders and regulators.",
      publications: [
        [
          "Explainable credit scoring for microfinance borrowers",
          "Gradient boosting credit scores are explained with SHAP values that loan officers can discuss with borrowers.",
        ],
        [
          "Interprétabilité des modèles de score de crédit : SHAP et explications contrefactuelles",
          "Nous comparons attributions et explications contrefactuelles pour justifier les refus de crédit.",
        ],
        [
          "Fairness audits of loan approval models",
          "An audit protocol measures disparate impact of loan approval models across regions and genders.",
        ],
      ],
    },
    related: {
      skills: [
        ["ai-ethics", 5],
        ["ai-governance", 4],
      ],
      headline: "Éthique et gouvernance des algorithmes",
      bio: "Conseille les banques sur la gouvernance des algorithmes de décision.",
      publications: [
        [
          "Gouvernance des algorithmes dans le secteur bancaire",
          "Un cadre de gouvernance pour les algorithmes de décision automatisée dans les banques.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["business-analysis", 5],
        ["erp-systems", 4],
      ],
      headline: "Analyse métier crédit et comptabilité ERP",
      bio: "Paramètre les modules crédit et comptabilité des progiciels de gestion.",
      publications: [],
    },
  },
  {
    id: "drought-remote-sensing",
    core: ["remote-sensing"],
    sectors: ["water-environment", "agriculture"],
    cities: { ma: "Errachidia", be: "Liège" },
    exact: {
      skills: [
        ["remote-sensing", 5],
        ["geospatial-analysis", 4],
        ["time-series-forecasting", 4],
      ],
      headline: "Télédétection de la sécheresse et des ressources en eau",
      bio: "Suit la sécheresse et l'humidité des sols par satellite au Maroc.",
      publications: [
        [
          "Drought monitoring in the Moroccan Atlas from MODIS vegetation indices",
          "Twenty years of MODIS NDVI anomalies map agricultural drought over the Atlas and the Saïss.",
        ],
        [
          "Suivi de la sécheresse par télédétection et indices de végétation",
          "Les indices NDVI et de température de surface caractérisent les épisodes de sécheresse.",
        ],
        [
          "Soil moisture retrieval from Sentinel-1 radar over semi-arid basins",
          "Sentinel-1 backscatter estimates surface soil moisture in the Tensift basin.",
        ],
      ],
    },
    related: {
      skills: [
        ["geographic-information-systems", 5],
        ["digital-cartography", 4],
      ],
      headline: "SIG et gestion des bassins versants",
      bio: "Construit des systèmes d'information géographique pour les agences de bassin.",
      publications: [
        [
          "SIG pour la gestion des bassins versants",
          "Un système d'information géographique pour le suivi des barrages et des nappes.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["it-support", 5],
        ["system-administration", 4],
      ],
      headline: "Support informatique à distance et télétravail",
      bio: "Assure le support à distance des postes de travail et des outils de télétravail.",
      publications: [],
    },
  },
];
