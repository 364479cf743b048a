import type { EvalQuery } from "./topic-types";

/** English queries. */
export const QUERIES_EN: EvalQuery[] = [
  {
    id: "en-darija",
    topic: "darija-sentiment",
    lang: "en",
    length: "short",
    text: "Opinion mining on Moroccan dialect social media posts",
  },
  {
    id: "en-tumour-thesis",
    topic: "tumour-segmentation",
    lang: "en",
    length: "long",
    text: `PhD thesis proposal — co-supervision between a Moroccan university hospital and a Belgian lab

Radiotherapy planning requires radiologists to outline tumours slice by slice on MRI and CT volumes, which takes hours per patient and varies between readers. The candidate will develop deep learning models that delineate brain and liver tumours automatically, estimate how confident the model is in each contour, and flag the cases a radiologist must check. The work includes building an annotated dataset from the hospital's archive under an ethics agreement, comparing 3D convolutional architectures, and a clinical evaluation with the oncology department.

We are looking for a co-supervisor with strong experience in medical imaging and segmentation networks. The student holds a master's degree in computer science and has completed an internship in image processing. The thesis starts in October for three years, with six months per year spent in Belgium.`,
  },
  {
    id: "en-fraud",
    topic: "mobile-fraud",
    lang: "en",
    length: "short",
    text: "Fraud detection for mobile money and wallet payments",
  },
  {
    id: "en-federated-call",
    topic: "federated-health",
    lang: "en",
    length: "long",
    text: `Call for proposals — Health data without borders

Hospitals in Morocco and Belgium hold complementary patient records, but privacy law forbids pooling them in one place. This call funds projects that train shared clinical models while each hospital keeps its data on its own servers. Proposals must describe how model updates are combined, how the privacy of individual patients is guaranteed (for instance with differential privacy or secure aggregation), and how the consortium will measure the loss of accuracy compared with a centralised model.

Eligible: consortia of at least two hospitals and one research lab. Duration: 36 months. Maximum grant: EUR 400,000. Each proposal names the experts who will lead the machine learning and the data protection work packages. Deadline: 1 June.`,
  },
  {
    id: "en-energy",
    topic: "energy-forecast",
    lang: "en",
    length: "short",
    text: "Forecasting solar and wind power production for the grid",
  },
  {
    id: "en-ics",
    topic: "ics-intrusion",
    lang: "en",
    length: "short",
    text: "Anomaly-based intrusion detection for industrial control systems",
  },
  {
    id: "en-amazigh-thesis",
    topic: "amazigh-speech",
    lang: "en",
    length: "long",
    text: `Master's thesis topic: a voice interface for Tamazight speakers

Millions of Moroccans speak Tachelhit, Tamazight or Tarifit at home, yet no public service can be reached by voice in these languages. The thesis will build a first automatic transcription system: collect and transcribe recordings of read and spontaneous speech, train an acoustic model starting from multilingual self-supervised representations, and measure word error rates across the three varieties. Transcriptions may be produced in Latin or Tifinagh script.

The student is looking for a supervisor or mentor who has worked on spoken language technology for low-resource languages, ideally on Amazigh.`,
  },
  {
    id: "en-rag",
    topic: "rag-admin",
    lang: "en",
    length: "short",
    text: "An LLM assistant answering citizens' questions about administrative procedures",
  },
  {
    id: "en-routing",
    topic: "vehicle-routing",
    lang: "en",
    length: "short",
    text: "Vehicle routing optimisation for urban deliveries",
  },
  {
    id: "en-traceability",
    topic: "agrifood-blockchain",
    lang: "en",
    length: "short",
    text: "Tracing agricultural products from farm to export with distributed ledgers",
  },
  {
    id: "en-heritage-call",
    topic: "heritage-kg",
    lang: "en",
    length: "long",
    text: `Call for proposals — Digital cultural heritage 2026

Museums, libraries and heritage agencies in Morocco and Belgium keep descriptions of their collections in separate catalogues with incompatible formats. Visitors and researchers cannot follow a craftsman, a monument or a musical tradition across institutions.

This call supports projects that describe heritage collections with shared vocabularies, link them to each other and to open reference data such as Wikidata, and offer new ways to explore them. Projects must model both tangible heritage (buildings, objects, manuscripts) and intangible heritage (music, crafts, festivals), publish the resulting data openly, and involve at least one museum.

Budget: up to EUR 250,000 per project, 30 months. Applicants should list the experts in semantic technologies who will design the data model.`,
  },
  {
    id: "en-tinyml",
    topic: "tinyml-water",
    lang: "en",
    length: "short",
    text: "Running neural networks on low-power microcontrollers to detect water leaks",
  },
  {
    id: "en-mt",
    topic: "mt-ar-fr",
    lang: "en",
    length: "short",
    text: "Translating legal documents between Arabic and French automatically",
  },
  {
    id: "en-xai-thesis",
    topic: "xai-credit",
    lang: "en",
    length: "long",
    text: `Thesis topic: explaining automated credit decisions to borrowers and regulators

Microfinance institutions increasingly rely on machine learning to approve or refuse loans, but loan officers cannot explain a refusal and the central bank asks for auditable models. The thesis will compare ways of explaining individual credit decisions (feature attributions, counterfactual explanations, inherently interpretable models), test whether explanations are stable and understandable by loan officers, and audit the models for unfair treatment of women and rural applicants. Data will come from a partner microfinance institution.

We need a supervisor experienced in interpretable machine learning, preferably with knowledge of credit risk.`,
  },
  {
    id: "en-ros",
    topic: "ros-robots",
    lang: "en",
    length: "short",
    text: "Autonomous navigation of mobile robots with ROS",
  },
  {
    id: "en-opendata",
    topic: "open-data-viz",
    lang: "en",
    length: "short",
    text: "Making government open data understandable with interactive visualisations",
  },
];
