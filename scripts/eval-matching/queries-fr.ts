import type { EvalQuery } from "./topic-types";

/** French queries: thesis topics, project ideas and calls for proposals. */
export const QUERIES_FR: EvalQuery[] = [
  {
    id: "fr-ocr",
    topic: "ocr-manuscripts",
    lang: "fr",
    length: "short",
    text: "Reconnaissance automatique de manuscrits arabes anciens (OCR)",
  },
  {
    id: "fr-darija-call",
    topic: "darija-sentiment",
    lang: "fr",
    length: "long",
    text: `Appel à projets 2026 — Programme « Services publics à l'écoute »

Contexte. Les administrations marocaines reçoivent chaque jour des milliers de commentaires de citoyens sur leurs pages Facebook, sur YouTube et par messagerie. Ces messages sont rédigés pour l'essentiel en darija, souvent en caractères latins mêlés de chiffres (« 3ndi mochkil f la carte »), parfois en arabe standard ou en français. Aucun outil ne permet aujourd'hui de mesurer la satisfaction exprimée ni de repérer les sujets de mécontentement.

Objectif. Le projet développera un outil capable de classer automatiquement ces messages selon leur polarité (positif, négatif, neutre) et leur thème, et de suivre l'évolution de l'opinion dans le temps. Un corpus annoté devra être constitué avec des annotateurs locuteurs natifs.

Profils recherchés. Nous cherchons un ou deux experts capables d'encadrer l'équipe sur le traitement des dialectes arabes et la classification des opinions, idéalement avec une expérience des modèles pré-entraînés multilingues.

Modalités. Durée de 24 mois, budget plafonné à 150 000 €, consortium belgo-marocain obligatoire. Date limite de soumission : 15 mars.`,
  },
  {
    id: "fr-tumour",
    topic: "tumour-segmentation",
    lang: "fr",
    length: "short",
    text: "Segmentation de tumeurs cérébrales en IRM par apprentissage profond",
  },
  {
    id: "fr-irrigation-call",
    topic: "precision-irrigation",
    lang: "fr",
    length: "long",
    text: `Appel à propositions — Eau et agriculture face au changement climatique

La région Souss-Massa connaît un déficit hydrique structurel : les nappes baissent de plus d'un mètre par an et l'agriculture consomme l'essentiel de la ressource. Les exploitations maraîchères et les vergers d'agrumes ont largement adopté le goutte-à-goutte, mais les apports restent décidés « à l'œil », sans mesure de l'état hydrique des sols.

Le projet vise à piloter l'irrigation à partir de mesures de terrain : sondes d'humidité du sol, stations météo, transmission des données à faible consommation et tableau de bord pour l'agriculteur. Les consortiums devront démontrer une économie d'eau mesurée sur au moins trois exploitations pilotes, et proposer un modèle de décision simple pour déclencher les arrosages.

Sont éligibles les laboratoires publics, entreprises et coopératives du Maroc et de Belgique. Le porteur doit associer un partenaire académique et un partenaire de terrain. Financement maximal : 200 000 € sur trois ans. Les dossiers comprendront une note de 10 pages, un budget détaillé et les CV des experts mobilisés.`,
  },
  {
    id: "fr-federated",
    topic: "federated-health",
    lang: "fr",
    length: "short",
    text: "Entraîner un modèle de diagnostic entre plusieurs hôpitaux sans partager les données des patients",
  },
  {
    id: "fr-scada",
    topic: "ics-intrusion",
    lang: "fr",
    length: "short",
    text: "Sécurité des systèmes SCADA : détecter les attaques sur les réseaux industriels",
  },
  {
    id: "fr-rag-call",
    topic: "rag-admin",
    lang: "fr",
    length: "long",
    text: `Projet « Moussa'id » — assistant numérique pour les démarches administratives

Les usagers des services publics peinent à trouver la bonne information : quelles pièces fournir pour un passeport, comment renouveler une carte grise, quels délais pour un extrait d'acte de naissance. Les centres d'appel sont saturés et les réponses varient d'un guichet à l'autre.

Nous souhaitons construire un assistant conversationnel, en français et en arabe, qui réponde aux questions des citoyens en s'appuyant exclusivement sur les textes officiels (fiches de procédures, circulaires, décrets) et qui cite ses sources. L'assistant ne doit jamais inventer une procédure : la fiabilité des réponses est le critère principal d'évaluation. Il faudra indexer plusieurs milliers de documents, choisir un grand modèle de langue adapté, et mesurer le taux de réponses non étayées.

Nous cherchons des experts pour encadrer deux ingénieurs pendant 18 mois, de préférence avec une expérience de la recherche documentaire et des modèles génératifs.`,
  },
  {
    id: "fr-routing",
    topic: "vehicle-routing",
    lang: "fr",
    length: "short",
    text: "Optimisation des tournées de livraison du dernier kilomètre",
  },
  {
    id: "fr-elearning",
    topic: "elearning-recsys",
    lang: "fr",
    length: "short",
    text: "Recommander des ressources pédagogiques personnalisées et prédire le décrochage des étudiants",
  },
  {
    id: "fr-plant",
    topic: "plant-disease",
    lang: "fr",
    length: "short",
    text: "Détection des maladies des plantes à partir de photos de feuilles",
  },
  {
    id: "fr-heritage",
    topic: "heritage-kg",
    lang: "fr",
    length: "short",
    text: "Graphe de connaissances pour valoriser le patrimoine culturel marocain",
  },
  {
    id: "fr-mlops",
    topic: "mlops-k8s",
    lang: "fr",
    length: "short",
    text: "Mettre en production des modèles de machine learning sur Kubernetes",
  },
  {
    id: "fr-xai",
    topic: "xai-credit",
    lang: "fr",
    length: "short",
    text: "IA explicable pour l'octroi de crédit",
  },
  {
    id: "fr-drought",
    topic: "drought-remote-sensing",
    lang: "fr",
    length: "short",
    text: "Suivi de la sécheresse par images satellitaires",
  },
  {
    id: "fr-soc-call",
    topic: "sme-threat-intel",
    lang: "fr",
    length: "long",
    text: `Appel à manifestation d'intérêt — Cyber-résilience des PME

Les petites et moyennes entreprises sont devenues la cible privilégiée des rançongiciels et des campagnes d'hameçonnage. Faute d'équipe dédiée, elles détectent les intrusions tardivement et ne savent pas réagir. La fédération régionale des entreprises souhaite créer un dispositif mutualisé : une cellule de veille et de surveillance partagée entre plusieurs dizaines de PME, qui collecte les alertes, partage les indicateurs de compromission et accompagne les entreprises lors d'un incident.

Le projet devra concevoir l'organisation de cette cellule, choisir les outils de collecte et de partage des informations sur les menaces, et former les référents des entreprises. Une attention particulière sera portée aux attaques visant les clients des banques et aux logiciels malveillants diffusés par courriel.

Nous recherchons des experts pour accompagner la mise en place pendant un an. Réponse attendue avant le 30 avril.`,
  },
];
