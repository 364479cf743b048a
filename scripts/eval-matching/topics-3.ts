import type { Topic } from "./topic-types";

/** Topics 9–12 of the evaluation network (fictional people, written by hand). */
export const TOPICS_3: Topic[] = [
  {
    id: "amazigh-speech",
    core: ["speech-recognition", "amazigh-nlp"],
    sectors: ["education", "tourism-culture"],
    cities: { ma: "Agadir", be: "Bruxelles" },
    exact: {
      skills: [
        ["speech-recognition", 5],
        ["amazigh-nlp", 5],
        ["deep-learning", 4],
      ],
      headline: "Speech recognition for Amazigh languages",
      bio: "Builds speech corpora and recognisers for Tachelhit, Tamazight and Tarifit.",
      publications: [
        [
          "Automatic speech recognition for Tamazight with self-supervised models",
          "Self-supervised speech representations fine-tuned on 40 hours of transcribed Tamazight reach usable word error rates.",
        ],
        [
          "Reconnaissance automatique de la parole amazighe : corpus et premiers résultats",
          "Nous présentons un corpus de parole lue et spontanée en tachelhit et des systèmes de reconnaissance de référence.",
        ],
        [
          "Tifinagh transcription of spoken Tachelhit",
          "Spoken Tachelhit is transcribed directly into Tifinagh script with a character-level decoder.",
        ],
      ],
    },
    related: {
      skills: [
        ["speech-synthesis", 5],
        ["computational-linguistics", 4],
      ],
      headline: "Synthèse vocale et linguistique computationnelle",
      bio: "Développe des voix de synthèse pour les langues du Maroc.",
      publications: [
        [
          "Synthèse vocale pour l'arabe marocain",
          "Un système de synthèse de la parole neuronal pour la darija, évalué par des auditeurs natifs.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["e-learning", 5],
        ["educational-technology", 4],
      ],
      headline: "Plateformes d'apprentissage des langues pour l'école marocaine",
      bio: "Conçoit des applications d'apprentissage de l'amazighe et du français pour le primaire.",
      publications: [],
    },
  },
  {
    id: "rag-admin",
    core: ["retrieval-augmented-generation", "chatbots"],
    sectors: ["public-administration"],
    cities: { ma: "Rabat", be: "Namur" },
    exact: {
      skills: [
        ["retrieval-augmented-generation", 5],
        ["large-language-models", 5],
        ["chatbots", 4],
        ["information-retrieval", 4],
      ],
      headline: "Assistants conversationnels RAG pour les services publics",
      bio: "Conçoit des assistants qui répondent aux questions des usagers à partir des textes officiels.",
      publications: [
        [
          "Retrieval-augmented chatbots for administrative procedures in French and Arabic",
          "A retriever over official procedure pages grounds an LLM that answers citizens' questions in French and Arabic.",
        ],
        [
          "Un assistant conversationnel fondé sur la recherche documentaire pour les services publics",
          "Nous évaluons la fidélité des réponses d'un assistant aux textes réglementaires qu'il cite.",
        ],
        [
          "Evaluating hallucinations of RAG systems on legal texts",
          "We measure unsupported statements of retrieval-augmented generation on Moroccan legal texts.",
        ],
      ],
    },
    related: {
      skills: [
        ["information-retrieval", 5],
        ["elasticsearch", 4],
      ],
      headline: "Moteurs de recherche documentaires",
      bio: "Construit des moteurs de recherche plein texte pour des fonds juridiques.",
      publications: [
        [
          "Moteur de recherche pour les textes juridiques marocains",
          "Indexation et classement des textes de loi et des circulaires en arabe et en français.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["e-government", 5],
        ["digital-transformation", 4],
      ],
      headline: "Transformation numérique de l'administration et guichets uniques",
      bio: "Conseille les administrations sur la dématérialisation des procédures et les guichets uniques.",
      publications: [],
    },
  },
  {
    id: "vehicle-routing",
    core: ["operations-research", "mathematical-optimisation"],
    sectors: ["transport-logistics"],
    cities: { ma: "Tanger", be: "Anvers" },
    exact: {
      skills: [
        ["operations-research", 5],
        ["mathematical-optimisation", 5],
        ["supply-chain-analytics", 4],
      ],
      headline: "Vehicle routing and logistics optimisation",
      bio: "Designs metaheuristics and exact methods for delivery routing and port operations.",
      publications: [
        [
          "Vehicle routing with time windows for urban parcel delivery in Casablanca",
          "An adaptive large neighbourhood search plans delivery tours under time windows and traffic congestion.",
        ],
        [
          "Métaheuristiques pour l'optimisation des tournées de livraison",
          "Nous comparons recherche tabou et algorithmes génétiques pour les tournées de véhicules du dernier kilomètre.",
        ],
        [
          "A column generation approach to container scheduling at Tanger Med",
          "Column generation schedules quay cranes and trucks for container terminals.",
        ],
      ],
    },
    related: {
      skills: [
        ["supply-chain-analytics", 5],
        ["predictive-modelling", 4],
      ],
      headline: "Analytique de la chaîne logistique",
      bio: "Prévoit la demande et dimensionne les stocks de la chaîne logistique.",
      publications: [
        [
          "Prévision de la demande pour la chaîne logistique agroalimentaire",
          "Des modèles de prévision de la demande réduisent les ruptures de stock d'un distributeur.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["network-routing", 5],
        ["computer-networks", 4],
      ],
      headline: "Routage IP et protocoles réseau",
      bio: "Ingénieur réseau : routage BGP et OSPF, optimisation des tables de routage des opérateurs.",
      publications: [],
    },
  },
  {
    id: "elearning-recsys",
    core: ["recommender-systems", "learning-analytics"],
    sectors: ["education"],
    cities: { ma: "Meknès", be: "Mons" },
    exact: {
      skills: [
        ["recommender-systems", 5],
        ["learning-analytics", 5],
        ["educational-technology", 4],
      ],
      headline: "Recommandation de ressources pédagogiques et analytique de l'apprentissage",
      bio: "Personnalise les parcours d'apprentissage en ligne et prédit le décrochage des étudiants.",
      publications: [
        [
          "Personalised course recommendation in Moroccan MOOCs",
          "Collaborative filtering with learner profiles recommends courses and resources on a national MOOC platform.",
        ],
        [
          "Analytique de l'apprentissage pour prédire le décrochage des étudiants",
          "Les traces d'activité sur la plateforme prédisent le décrochage dès la quatrième semaine.",
        ],
        [
          "Knowledge tracing models for adaptive e-learning",
          "Deep knowledge tracing adapts exercise sequences to each learner's mastery.",
        ],
      ],
    },
    related: {
      skills: [
        ["learning-management-systems", 5],
        ["moodle", 5],
      ],
      headline: "Plateformes d'apprentissage en ligne (Moodle)",
      bio: "Administre et fait évoluer les plateformes Moodle d'universités.",
      publications: [
        [
          "Déploiement de Moodle dans les universités marocaines",
          "Retour d'expérience sur le passage à l'échelle d'une plateforme d'apprentissage en ligne.",
        ],
      ],
    },
    decoy: {
      skills: [["web-development", 5]],
      headline: "Sites e-commerce et recommandations SEO",
      bio: "Crée des boutiques en ligne et rédige des recommandations de référencement.",
      publications: [],
    },
  },
];
