import type { SessionKind } from "../../app/vocabulary/events";

/** One programme item: local times in the event's zone; a meeting block has slots and tables. */
export type ProgrammeItem = {
  day: number;
  kind: SessionKind;
  start: string;
  end: string;
  titleFr: string;
  titleEn: string;
  titleAr: string;
  room: string;
  speakers: number;
  slotMinutes?: number;
  tables?: number;
};

const block = (day: number, tables: number): ProgrammeItem => ({
  day,
  kind: "meeting_block",
  start: "14:00",
  end: "18:00",
  titleFr: "Rendez-vous 1:1",
  titleEn: "1:1 meetings",
  titleAr: "لقاءات ثنائية",
  room: "Hall B",
  speakers: 0,
  slotMinutes: 20,
  tables,
});

/** Three days at EST Laâyoune: talks and panels in the morning, a meeting block each afternoon. */
export const MASTER_CLASS_PROGRAMME: ProgrammeItem[] = [
  {
    day: 0,
    kind: "plenary",
    start: "09:00",
    end: "10:00",
    titleFr: "L'IA au service du développement régional",
    titleEn: "AI for regional development",
    titleAr: "الذكاء الاصطناعي في خدمة التنمية الجهوية",
    room: "Amphithéâtre",
    speakers: 1,
  },
  {
    day: 0,
    kind: "panel",
    start: "10:30",
    end: "12:00",
    titleFr: "Énergies renouvelables et données : quels partenariats ?",
    titleEn: "Renewables and data: which partnerships?",
    titleAr: "الطاقات المتجددة والبيانات: أي شراكات؟",
    room: "Amphithéâtre",
    speakers: 3,
  },
  block(0, 12),
  {
    day: 1,
    kind: "plenary",
    start: "09:00",
    end: "10:00",
    titleFr: "Co-encadrer une thèse entre le Maroc et la Belgique",
    titleEn: "Co-supervising a thesis between Morocco and Belgium",
    titleAr: "الإشراف المشترك على أطروحة بين المغرب وبلجيكا",
    room: "Amphithéâtre",
    speakers: 1,
  },
  {
    day: 1,
    kind: "workshop",
    start: "10:30",
    end: "12:30",
    titleFr: "Atelier pratique : prévision solaire avec l'apprentissage automatique",
    titleEn: "Hands-on workshop: solar forecasting with machine learning",
    titleAr: "ورشة تطبيقية: التنبؤ بالطاقة الشمسية بالتعلم الآلي",
    room: "Salle TP 2",
    speakers: 2,
  },
  block(1, 12),
  {
    day: 2,
    kind: "panel",
    start: "09:00",
    end: "10:30",
    titleFr: "De la recherche à la start-up : incubation et stages",
    titleEn: "From research to start-up: incubation and internships",
    titleAr: "من البحث إلى المقاولة الناشئة: الاحتضان والتداريب",
    room: "Amphithéâtre",
    speakers: 3,
  },
  {
    day: 2,
    kind: "workshop",
    start: "11:00",
    end: "12:30",
    titleFr: "Atelier pratique : vision par ordinateur pour l'eau et l'agriculture",
    titleEn: "Hands-on workshop: computer vision for water and agriculture",
    titleAr: "ورشة تطبيقية: الرؤية الحاسوبية للماء والفلاحة",
    room: "Salle TP 1",
    speakers: 2,
  },
  block(2, 10),
];

/** One day in Rabat, on AI in health. */
export const AI_DAY_PROGRAMME: ProgrammeItem[] = [
  {
    day: 0,
    kind: "plenary",
    start: "09:00",
    end: "10:00",
    titleFr: "Stratégie nationale : l'IA pour la santé",
    titleEn: "National strategy: AI for health",
    titleAr: "الاستراتيجية الوطنية: الذكاء الاصطناعي من أجل الصحة",
    room: "Grande salle",
    speakers: 1,
  },
  {
    day: 0,
    kind: "panel",
    start: "10:15",
    end: "11:45",
    titleFr: "Données de santé : partager sans exposer",
    titleEn: "Health data: sharing without exposing",
    titleAr: "البيانات الصحية: المشاركة دون كشف",
    room: "Grande salle",
    speakers: 3,
  },
  {
    day: 0,
    kind: "workshop",
    start: "12:00",
    end: "13:00",
    titleFr: "Atelier : imagerie médicale et apprentissage profond",
    titleEn: "Workshop: medical imaging and deep learning",
    titleAr: "ورشة: التصوير الطبي والتعلم العميق",
    room: "Salle 3",
    speakers: 2,
  },
  { ...block(0, 10), start: "14:30", end: "17:30" },
];
