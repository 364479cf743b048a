/**
 * A realistic call for proposals (fictional), for the "try an example" button: long enough to
 * show that boilerplate (dates, budget, eligibility) does not drown the topic.
 */
export const EXAMPLE_NEED = `Appel à projets 2027 — « IA pour une agriculture résiliente au Maroc et en Belgique »

Le programme de coopération belgo-marocaine finance des projets de recherche appliquée de 24 mois portés par un binôme d'institutions des deux pays.

Thème : détection précoce des maladies des cultures (agrumes, tomate, blé) et du stress hydrique à partir d'images de drones et de satellites. Les projets combineront vision par ordinateur et apprentissage profond, télédétection multispectrale et agriculture de précision, avec un pilote chez des coopératives du Souss-Massa et de Wallonie. Une attention particulière sera portée à la gestion intelligente de l'eau d'irrigation et au déploiement sur des appareils peu coûteux.

Budget : jusqu'à 150 000 € par projet. Éligibilité : un laboratoire marocain et un laboratoire belge au minimum ; l'encadrement d'au moins un doctorant est attendu.

Date limite de dépôt : 15 mars 2027.`;
