import type { Topic } from "./topic-types";

/** Topics 13–16 of the evaluation network (fictional people, written by hand). */
export const TOPICS_4: Topic[] = [
  {
    id: "agrifood-blockchain",
    core: ["blockchain"],
    sectors: ["agriculture", "transport-logistics"],
    cities: { ma: "Essaouira", be: "Gand" },
    exact: {
      skills: [
        ["blockchain", 5],
        ["smart-contracts", 5],
        ["supply-chain-analytics", 4],
      ],
      headline: "Blockchain traceability for agri-food supply chains",
      bio: "Designs ledgers that follow products from cooperatives to export markets.",
      publications: [
        [
          "Blockchain traceability of argan oil from cooperative to export",
          "Each batch of argan oil is recorded on a permissioned ledger, from women's cooperatives to European importers.",
        ],
        [
          "Contrats intelligents pour la traçabilité de la filière agrumes",
          "Des contrats intelligents certifient les étapes de récolte, de conditionnement et d'export des agrumes.",
        ],
        [
          "Permissioned ledgers for food safety certification",
          "A consortium ledger shares food safety certificates between producers, inspectors and retailers.",
        ],
      ],
    },
    related: {
      skills: [
        ["supply-chain-analytics", 5],
        ["internet-of-things", 4],
      ],
      headline: "Cold chain monitoring and logistics data",
      bio: "Tracks fresh produce with RFID and temperature loggers.",
      publications: [
        [
          "RFID tracking of the cold chain for fresh produce exports",
          "RFID tags and temperature loggers document the cold chain of strawberries shipped to Europe.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["cryptography", 5],
        ["encryption", 5],
      ],
      headline: "Post-quantum cryptography engineer",
      bio: "Implements lattice-based encryption in embedded devices.",
      publications: [],
    },
  },
  {
    id: "plant-disease",
    core: ["computer-vision", "precision-agriculture"],
    sectors: ["agriculture"],
    cities: { ma: "Meknès", be: "Gembloux" },
    exact: {
      skills: [
        ["computer-vision", 5],
        ["precision-agriculture", 5],
        ["convolutional-neural-networks", 4],
        ["drones", 4],
      ],
      headline: "Vision par ordinateur pour la santé des cultures",
      bio: "Détecte les maladies des plantes sur images de feuilles, prises au smartphone ou par drone.",
      publications: [
        [
          "Early detection of olive tree diseases from drone imagery",
          "Multispectral drone images of olive groves reveal verticillium wilt before visible symptoms.",
        ],
        [
          "Détection des maladies foliaires de la tomate par réseaux convolutifs",
          "Un réseau convolutif léger reconnaît dix maladies des feuilles de tomate sur smartphone.",
        ],
        [
          "A smartphone dataset of wheat rust symptoms from the Saïss plain",
          "We release leaf images of wheat rust annotated by plant pathologists.",
        ],
      ],
    },
    related: {
      skills: [
        ["remote-sensing", 5],
        ["geospatial-analysis", 4],
      ],
      headline: "Télédétection agricole",
      bio: "Cartographie les parcelles et l'état des cultures par satellite.",
      publications: [
        [
          "Cartographie des parcelles agricoles par images Sentinel-2",
          "Classification des cultures du Gharb à partir de séries temporelles Sentinel-2.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["drones", 5],
        ["robotics", 4],
      ],
      headline: "Drones de livraison et logistique urbaine",
      bio: "Conçoit des drones de livraison de colis pour les centres-villes.",
      publications: [],
    },
  },
  {
    id: "heritage-kg",
    core: ["knowledge-graphs", "ontology-engineering"],
    sectors: ["tourism-culture"],
    cities: { ma: "Marrakech", be: "Liège" },
    exact: {
      skills: [
        ["knowledge-graphs", 5],
        ["ontology-engineering", 5],
        ["semantic-web", 4],
      ],
      headline: "Graphes de connaissances pour le patrimoine culturel",
      bio: "Modélise le patrimoine matériel et immatériel marocain et le relie aux données ouvertes liées.",
      publications: [
        [
          "A knowledge graph of Moroccan architectural heritage",
          "Monuments, craftsmen and restoration campaigns of Marrakech medina are linked in an RDF knowledge graph.",
        ],
        [
          "Ontologie du patrimoine immatériel marocain pour les musées",
          "Une ontologie décrit musiques, savoir-faire et fêtes pour l'indexation des collections muséales.",
        ],
        [
          "Linking museum collections to Wikidata",
          "Entity linking aligns museum records with Wikidata items to enrich cultural heritage metadata.",
        ],
      ],
    },
    related: {
      skills: [
        ["digital-libraries", 5],
        ["metadata-management", 4],
      ],
      headline: "Bibliothèques numériques et métadonnées",
      bio: "Gère les métadonnées des collections numériques d'une bibliothèque universitaire.",
      publications: [
        [
          "Métadonnées des bibliothèques numériques universitaires",
          "Harmonisation des schémas de métadonnées Dublin Core entre bibliothèques numériques.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["web-development", 5],
        ["ux-design", 4],
      ],
      headline: "Sites web touristiques et réservation en ligne",
      bio: "Développe des sites de réservation pour riads et circuits culturels.",
      publications: [],
    },
  },
  {
    id: "tinyml-water",
    core: ["tinyml", "edge-ai"],
    sectors: ["water-environment"],
    cities: { ma: "Benguerir", be: "Louvain-la-Neuve" },
    exact: {
      skills: [
        ["tinyml", 5],
        ["edge-ai", 5],
        ["microcontrollers", 4],
        ["embedded-systems", 4],
      ],
      headline: "TinyML on microcontrollers for water networks",
      bio: "Runs small neural networks on battery-powered sensors to find leaks in water networks.",
      publications: [
        [
          "TinyML leak detection on battery-powered water meters",
          "A quantised network on a Cortex-M4 detects leak signatures in acoustic data from water meters.",
        ],
        [
          "Classification embarquée de la qualité de l'eau sur microcontrôleur",
          "Un modèle compressé classe la turbidité et la conductivité directement sur le capteur.",
        ],
        [
          "Quantised neural networks for acoustic monitoring on Cortex-M",
          "Eight-bit quantisation keeps acoustic event detection under 100 kB of memory.",
        ],
      ],
    },
    related: {
      skills: [
        ["embedded-systems", 5],
        ["firmware", 5],
      ],
      headline: "Firmware basse consommation",
      bio: "Écrit le micrologiciel de nœuds de capteurs autonomes.",
      publications: [
        [
          "Firmware basse consommation pour nœuds de capteurs",
          "Ordonnancement des réveils radio pour dix ans d'autonomie sur pile.",
        ],
      ],
    },
    decoy: {
      skills: [
        ["green-it", 5],
        ["it-infrastructure", 4],
      ],
      headline: "Sobriété numérique et empreinte eau des datacenters",
      bio: "Mesure la consommation d'eau et d'énergie des centres de données.",
      publications: [],
    },
  },
];
