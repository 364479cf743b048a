import type { Topic } from "./topic-types";

/** Topics 5–8 of the evaluation network (fictional people, written by hand). */
export const TOPICS_2: Topic[] = [
  {
    id: "mobile-fraud",
    core: ["fraud-detection"],
    sectors: ["finance"],
    cities: { ma: "Casablanca", be: "Bruxelles" },
    exact: {
      skills: [
        ["fraud-detection", 5],
        ["anomaly-detection", 5],
        ["graph-neural-networks", 4],
        ["fintech", 4],
      ],
      headline: "Détection de fraude dans le paiement mobile",
      bio: "Construit des modèles de détection de fraude en temps réel pour les portefeuilles électroniques.",
      publications: [
        [
          "Graph-based fraud detection in mobile money transfers",
          "Transaction graphs of mobile wallets reveal mule accounts; a graph neural network flags fraudulent transfers.",
        ],
        [
          "Détection d'anomalies dans les transactions de paiement mobile au Maroc",
          "Nous comparons forêts d'isolement et auto-encodeurs pour repérer les transactions frauduleuses.",
        ],
        [
          "Real-time scoring of suspicious wallet activity",
          "A streaming architecture scores wallet events within 50 ms to block fraud before settlement.",
        ],
      ],
    },
    related: {
      skills: [
        ["fintech", 5],
        ["blockchain", 4],
      ],
      headline: "Technologies financières et inclusion",
      bio: "Accompagne des fintechs sur le paiement et l'inclusion financière.",
      publications: [
        [
          "Inclusion financière et portefeuilles électroniques au Maroc",
          "Une étude de l'adoption des portefeuilles électroniques par les ménages non bancarisés.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["mobile-app-development", 5],
        ["flutter", 4],
      ],
      headline: "Développement d'applications mobiles de paiement",
      bio: "Développe les applications mobiles iOS et Android d'une néobanque : parcours de paiement, interfaces.",
      publications: [],
    },
  },
  {
    id: "federated-health",
    core: ["federated-learning"],
    sectors: ["health"],
    cities: { ma: "Marrakech", be: "Leuven" },
    exact: {
      skills: [
        ["federated-learning", 5],
        ["information-privacy", 4],
        ["machine-learning", 4],
        ["health-informatics", 4],
      ],
      headline: "Apprentissage fédéré et confidentialité des données de santé",
      bio: "Entraîne des modèles entre hôpitaux sans que les données des patients ne quittent l'établissement.",
      publications: [
        [
          "Federated learning across Moroccan and Belgian hospitals without sharing patient data",
          "Five hospitals train a shared diagnosis model while each keeps its records on site.",
        ],
        [
          "Apprentissage fédéré et confidentialité différentielle pour les données médicales",
          "Nous ajoutons une confidentialité différentielle à l'agrégation fédérée et mesurons la perte de précision.",
        ],
        [
          "Secure aggregation protocols for cross-silo federated models",
          "Secure aggregation hides each hospital's update from the coordinating server.",
        ],
      ],
    },
    related: {
      skills: [
        ["data-protection", 5],
        ["information-privacy", 5],
      ],
      headline: "Protection des données personnelles et RGPD",
      bio: "Juriste-technicienne de la protection des données de santé.",
      publications: [
        [
          "GDPR compliance of clinical data sharing agreements",
          "An analysis of data sharing agreements between hospitals under the GDPR and Moroccan law 09-08.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["telemedicine", 5],
        ["e-health", 4],
      ],
      headline: "Plateforme de téléconsultation pour les zones rurales",
      bio: "Déploie la téléconsultation entre hôpitaux régionaux et centres de santé ruraux.",
      publications: [],
    },
  },
  {
    id: "energy-forecast",
    core: ["time-series-forecasting", "smart-grids"],
    sectors: ["energy"],
    cities: { ma: "Ouarzazate", be: "Mons" },
    exact: {
      skills: [
        ["time-series-forecasting", 5],
        ["smart-grids", 5],
        ["deep-learning", 4],
      ],
      headline: "Forecasting renewable generation and electricity demand",
      bio: "Works on solar and wind power forecasting for grid operators in Morocco and Belgium.",
      publications: [
        [
          "Short-term solar power forecasting for the Noor Ouarzazate complex",
          "Satellite cloud motion and ground irradiance feed a hybrid model that forecasts photovoltaic and concentrated solar output.",
        ],
        [
          "Prévision de la consommation électrique par réseaux LSTM",
          "Des réseaux récurrents prévoient la charge électrique horaire d'un distributeur à partir de la météo et du calendrier.",
        ],
        [
          "Probabilistic load and wind power forecasting in distribution grids",
          "Quantile regression forecasts wind power and load to support grid balancing.",
        ],
      ],
    },
    related: {
      skills: [
        ["smart-metering", 5],
        ["data-engineering", 4],
      ],
      headline: "Compteurs intelligents et données énergétiques",
      bio: "Construit les chaînes de données des compteurs électriques communicants.",
      publications: [
        [
          "Pipeline de données pour compteurs électriques intelligents",
          "Une architecture de flux collecte et valide les index de consommation de deux millions de compteurs.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["predictive-modelling", 5],
        ["fintech", 4],
      ],
      headline: "Prévision des cours boursiers et gestion d'actifs",
      bio: "Quant dans une société de gestion : modèles de prévision des marchés actions.",
      publications: [],
    },
  },
  {
    id: "ics-intrusion",
    core: ["intrusion-detection"],
    sectors: ["industry", "security"],
    cities: { ma: "Kénitra", be: "Charleroi" },
    exact: {
      skills: [
        ["intrusion-detection", 5],
        ["network-security", 5],
        ["industrial-iot", 4],
        ["anomaly-detection", 4],
      ],
      headline: "Cybersécurité des systèmes de contrôle industriels (SCADA)",
      bio: "Détecte les attaques sur les réseaux d'automates et de supervision industrielle.",
      publications: [
        [
          "Intrusion detection for Modbus/TCP traffic in SCADA systems",
          "Deep packet inspection of Modbus function codes feeds an anomaly detector for industrial control networks.",
        ],
        [
          "Détection d'intrusions dans les réseaux industriels par apprentissage non supervisé",
          "Un auto-encodeur apprend le trafic normal d'une usine et signale les commandes malveillantes envoyées aux automates.",
        ],
        [
          "A dataset of attacks on programmable logic controllers",
          "We record replay, injection and denial-of-service attacks against PLCs on a water treatment testbed.",
        ],
      ],
    },
    related: {
      skills: [
        ["programmable-logic-controllers", 5],
        ["industrial-automation", 5],
      ],
      headline: "Automatisme industriel et contrôle-commande",
      bio: "Conçoit des architectures de contrôle-commande pour lignes de production.",
      publications: [
        [
          "Architecture de contrôle-commande pour lignes de production flexibles",
          "Une architecture d'automates programmables reconfigurables pour l'industrie automobile.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["biometrics", 5],
        ["access-control", 4],
      ],
      headline: "Contrôle d'accès physique et vidéosurveillance des sites industriels",
      bio: "Installe badges biométriques et caméras pour la sûreté des sites industriels.",
      publications: [],
    },
  },
];
