import type { Topic } from "./topic-types";

/** Topics 21–24 of the evaluation network (fictional people, written by hand). */
export const TOPICS_6: Topic[] = [
  {
    id: "ros-robots",
    core: ["robot-operating-system", "autonomous-vehicles"],
    sectors: ["industry", "transport-logistics"],
    cities: { ma: "Tanger", be: "Bruxelles" },
    exact: {
      skills: [
        ["robotics", 5],
        ["robot-operating-system", 5],
        ["autonomous-vehicles", 4],
      ],
      headline: "Autonomous mobile robots with ROS 2",
      bio: "Develops navigation, mapping and fleet coordination for mobile robots.",
      publications: [
        [
          "SLAM for autonomous mobile robots in warehouses",
          "Lidar-based SLAM and path planning let mobile robots navigate busy warehouse aisles.",
        ],
        [
          "Navigation autonome de robots agricoles sous ROS 2",
          "Un robot de désherbage navigue entre les rangs grâce à la fusion GPS RTK et caméra.",
        ],
        [
          "Multi-robot coordination for inventory tasks",
          "A task allocation scheme coordinates a fleet of inventory robots.",
        ],
      ],
    },
    related: {
      skills: [
        ["control-systems", 5],
        ["mechatronics", 4],
      ],
      headline: "Commande des systèmes mécatroniques",
      bio: "Travaille sur la commande robuste de bras manipulateurs.",
      publications: [
        [
          "Commande robuste de bras manipulateurs",
          "Une commande par modes glissants pour bras manipulateurs à six axes.",
        ],
      ],
    },
    decoy: {
      skills: [["business-process-modelling", 5]],
      headline: "Automatisation des processus métiers et robots logiciels (RPA)",
      bio: "Déploie des robots logiciels qui automatisent la saisie dans les back-offices.",
      publications: [],
    },
  },
  {
    id: "sme-threat-intel",
    core: ["threat-intelligence", "security-operations"],
    sectors: ["security"],
    cities: { ma: "Casablanca", be: "Namur" },
    exact: {
      skills: [
        ["threat-intelligence", 5],
        ["security-operations", 5],
        ["incident-response", 4],
        ["malware-analysis", 4],
      ],
      headline: "Renseignement sur les menaces et SOC pour PME",
      bio: "Monte des centres opérationnels de sécurité mutualisés et partage le renseignement sur les menaces.",
      publications: [
        [
          "A threat intelligence sharing platform for Moroccan SMEs",
          "A MISP-based platform shares indicators of compromise among small businesses and their providers.",
        ],
        [
          "Centre opérationnel de sécurité mutualisé pour PME",
          "Un SOC mutualisé détecte et traite les incidents de sécurité pour des PME sans équipe dédiée.",
        ],
        [
          "Phishing campaign analysis targeting North African banks",
          "We analyse phishing kits and malware used against North African bank customers.",
        ],
      ],
    },
    related: {
      skills: [
        ["cybersecurity", 5],
        ["penetration-testing", 4],
      ],
      headline: "Consultant en cybersécurité et tests d'intrusion",
      bio: "Réalise des audits et des tests d'intrusion pour les entreprises.",
      publications: [],
    },
    decoy: {
      skills: [["project-management", 5]],
      headline: "Gestion de projets de sécurité alimentaire",
      bio: "Coordonne des programmes de sécurité alimentaire avec des coopératives rurales.",
      publications: [],
    },
  },
  {
    id: "open-data-viz",
    core: ["open-data", "data-visualisation"],
    sectors: ["public-administration"],
    cities: { ma: "Rabat", be: "Gand" },
    exact: {
      skills: [
        ["open-data", 5],
        ["data-visualisation", 5],
        ["e-government", 4],
      ],
      headline: "Open government data and visualisation",
      bio: "Builds open data portals and interactive visualisations that citizens understand.",
      publications: [
        [
          "Open budget data portals in Morocco: an assessment",
          "We assess the completeness and reuse of municipal and national open budget data.",
        ],
        [
          "Visualisation interactive des données ouvertes municipales",
          "Des tableaux interactifs rendent lisibles les données ouvertes des communes.",
        ],
        [
          "Dataviz for participatory budgeting",
          "Interactive charts help residents compare proposals in participatory budgeting.",
        ],
      ],
    },
    related: {
      skills: [
        ["data-governance", 5],
        ["business-intelligence", 4],
      ],
      headline: "Gouvernance des données publiques",
      bio: "Met en place la gouvernance des données dans les collectivités territoriales.",
      publications: [
        [
          "Gouvernance des données dans les collectivités",
          "Rôles, catalogues et qualité des données dans les collectivités territoriales.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["open-source-software", 5],
        ["linux", 4],
      ],
      headline: "Open source software and Linux distributions",
      bio: "Maintains open source packages and Linux distributions.",
      publications: [],
    },
  },
  {
    id: "quantum",
    core: ["quantum-computing"],
    sectors: ["security"],
    cities: { ma: "Rabat", be: "Leuven" },
    exact: {
      skills: [
        ["quantum-computing", 5],
        ["mathematical-optimisation", 4],
        ["cryptography", 4],
      ],
      headline: "Algorithmes quantiques et cryptographie",
      bio: "Étudie les algorithmes quantiques variationnels et leurs conséquences pour la cryptographie.",
      publications: [
        [
          "Variational quantum algorithms for portfolio optimisation",
          "QAOA circuits solve small portfolio optimisation instances on noisy quantum hardware.",
        ],
        [
          "Algorithmes quantiques et cryptographie post-quantique",
          "Impact des algorithmes de Shor et de Grover sur les primitives cryptographiques.",
        ],
        [
          "Simulating noisy quantum circuits on HPC clusters",
          "Tensor network simulation of noisy quantum circuits on a CPU cluster.",
        ],
      ],
    },
    related: {
      skills: [
        ["high-performance-computing", 5],
        ["scientific-computing", 5],
      ],
      headline: "Calcul haute performance",
      bio: "Optimise des codes de simulation sur GPU et grappes de calcul.",
      publications: [
        [
          "Calcul parallèle sur GPU pour la simulation numérique",
          "Portage CUDA d'un code de simulation et analyse des performances.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["erp-systems", 5],
        ["crm-software", 4],
      ],
      headline: "Consultant chez Quantum Consulting : ERP et CRM",
      bio: "Intègre des ERP et des CRM chez Quantum Consulting.",
      publications: [],
    },
  },
];
