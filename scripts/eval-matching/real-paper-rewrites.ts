/**
 * French and Arabic rewrites of held-out needs, written for Passerelle (not machine
 * translations): what a Moroccan or Belgian colleague would write to find the author, in their
 * own words and with the acronyms they would keep (BLEU, MADAR, CRF). `author` is the Anthology id
 * of the author whose held-out paper (real-papers.ts) is rewritten.
 */
export type Rewrite = {
  author: string;
  lang: "fr" | "ar";
  /** Dev rewrites could be inspected while growing the glossary; held-out ones never were. */
  half: "dev" | "held-out";
  text: string;
};

const ar = (author: string, half: Rewrite["half"], text: string): Rewrite => ({
  author,
  lang: "ar",
  half,
  text,
});
const fr = (author: string, half: Rewrite["half"], text: string): Rewrite => ({
  author,
  lang: "fr",
  half,
  text,
});

export const REWRITES: Rewrite[] = [
  ar(
    "alex-waibel",
    "dev",
    "نظام ترجمة آلية من الكلام إلى الكلام بين الألمانية والعربية لدعم المقابلات التشخيصية في الطب النفسي. يتكون النظام من سلسلة مكونات: التعرف الآلي على الكلام، وتقطيع النص بعد التعرف، والترجمة الآلية، وتركيب الكلام، وكلها نماذج عصبية من طرف إلى طرف (مرمز وفك ترميز مع آلية الانتباه، ونموذج Transformer، وTacotron 2 مع WaveGlow). نبحث عن خبير في تكييف أنظمة ترجمة الكلام مع مجال المقابلات النفسية بين الطبيب والمريض.",
  ),
  ar(
    "hazem-hajj",
    "dev",
    "دراسة تحليلية لخصائص التغريدات العربية على تويتر مع مقارنة لأحدث نماذج تحليل الآراء. تنقيب الآراء في العربية صعب بسبب غنى الصرف، ويزداد صعوبة في تويتر بسبب اللهجات غير المعيارية والعربيزي والتناوب اللغوي واستعمال الصور والروابط للتعبير عن الرأي. نقارن بين مقاربة هندسة الخصائص ومقاربة التعلم العميق عبر مختلف المناطق العربية.",
  ),
  ar(
    "kareem-darwish",
    "dev",
    "الوسم الصرفي النحوي (أقسام الكلام) للنصوص العربية: مقارنة بين الترتيب بآلات المتجهات الداعمة SVM-Rank والوسم التسلسلي بالشبكات العصبية bi-LSTM مع تضمينات الكلمات، ودراسة فائدة إضافة الخصائص اليدوية إلى النموذج العصبي.",
  ),
  ar(
    "kevin-duh",
    "dev",
    "تحديد اللهجة العربية في مهمة MADAR المشتركة: نماذج لغوية على مستوى الحروف، وتقنية التنبؤ بالمطابقة الجزئية، ومجموعة من الشبكات العصبية مع تضمينات كلمات مدربة على بيانات إضافية.",
  ),
  ar(
    "mohammed-attia",
    "dev",
    "تحديد اللهجات العربية بدقة على مستوى المدن في مهمة MADAR المشتركة: تصنيف جمل مجال السفر حسب اللهجة، وتحديد بلد مستخدمي تويتر انطلاقا من تغريداتهم، بالجمع بين شبكات عصبية عميقة وقواعد استدلالية.",
  ),
  ar(
    "muhammad-abdul-mageed",
    "dev",
    "تحليل المشاعر والذاتية في لغة غنية صرفيا: كيف نمثل المعلومات المعجمية بعد التقطيع الصرفي اليدوي أو الآلي، وكيف نختار الخصائص بناء على النحو لتحسين التصنيف.",
  ),
  ar(
    "ramy-baly",
    "dev",
    "مدونة عربية موحدة للتحقق من صحة الأخبار تجمع بين كشف الموقف من الادعاء، واسترجاع الوثائق من المواقع الإخبارية ووسائل التواصل الاجتماعي، ومصداقية المصادر، واستخراج المقاطع التي تبرر الحكم على صحة الادعاء.",
  ),
  ar(
    "younes-samih",
    "dev",
    "استعمال أقسام الكلام لتحسين التعرف على التناوب اللغوي بين العربية الفصحى واللهجة المصرية على مستوى الكلمة، بنموذج تعلم عميق مدعوم بخصائص لغوية.",
  ),
  ar(
    "fahim-dalvi",
    "dev",
    "نظام ترجمة فورية للكلام من العربية إلى الإنجليزية: التقاط الصوت مباشرة من المتصفح، وتعرف آلي على الكلام مبني على Kaldi وشبكات TDNN، وترجمة آلية عصبية وأخرى قائمة على العبارات، مع بث النص العربي وترجمته الإنجليزية في آن واحد.",
  ),
  ar(
    "khaled-shaban",
    "dev",
    "تحليل المشاعر في التغريدات العربية ضمن مهمة SemEval-2017: تقييم أحدث الطرق المطورة للإنجليزية على العربية، ونموذج جديد يتنبأ أولا بموضوع التغريدة ثم بمشاعرها، مع مراعاة اللهجات والأخطاء الإملائية والتناوب اللغوي.",
  ),
  ar(
    "ahmed-abdelali",
    "held-out",
    "نماذج تضمين الكلمات ثنائية اللغة عربي-إنجليزي مفتوحة المصدر، مدربة على أكثر من 93 مليون زوج من الجمل المتوازية، مع تقييمها على التشابه الدلالي بين النصوص عبر اللغتين وعلى ترجمة الكلمات.",
  ),
  ar(
    "clare-voss",
    "held-out",
    "بناء معجم حاسوبي للدارجة المغربية: مداخل على مستوى الكلمات مع ترجمتها الإنجليزية، والتعابير الاصطلاحية متعددة الكلمات التي لا يُستنتج معناها من كلماتها، والتراكيب النحوية المقابلة لتراكيب إنجليزية، انطلاقا من نصوص الدارجة المكتوبة في وسائل التواصل الاجتماعي.",
  ),
  ar(
    "houda-bouamor",
    "held-out",
    "التحيز الجنسي في الترجمة الآلية من الإنجليزية إلى العربية: تحديد جنس المتكلم في جمل المتكلم المفرد وإعادة تصريفها آليا بالمذكر والمؤنث، مع بناء مدونة للتدريب والتقييم.",
  ),
  ar(
    "hamdy-mubarak",
    "held-out",
    "نموذج موحد لتقطيع الكلمات في اللهجات العربية يُدرَّب على بيانات عدة لهجات معا بدل نموذج لكل لهجة، مع قياس القرابة اللغوية بين اللهجات الرئيسية، باستعمال SVM-Rank وشبكات bi-LSTM-CRF.",
  ),
  ar(
    "mona-diab",
    "held-out",
    "رفع اللبس عن الكلمات المتجانسة في العربية عبر استرجاع انتقائي للحركات: تشكيل جزء من الكلمات فقط لتحقيق التوازن بين تشتت البيانات ورفع اللبس، مع تقييم أثر ذلك على الترجمة الآلية العصبية والوسم الصرفي والتشابه الدلالي بين النصوص.",
  ),
  ar(
    "nizar-habash",
    "held-out",
    "بنك أشجار للعربية وفق معيار Universal Dependencies: تحويل بنك الأشجار العربي من Penn إلى تمثيل التبعيات النحوية، وتحديات التحويل والتحقق منه، ونتائج أولية للتحليل النحوي.",
  ),
  ar(
    "rajiv-shah",
    "held-out",
    "كشف خطاب الكراهية الديني في المحتوى العربي على وسائل التواصل الاجتماعي، بالجمع بين تضمينات الكلمات العربية وبنية شبكة التفاعل بين المستخدمين.",
  ),
  ar(
    "wafia-adouane",
    "held-out",
    "تصحيح الإملاء وتوحيد كتابة اللهجة الجزائرية غير المعيارية في النصوص التي ينشرها المستخدمون مع الخلط بين اللغات، ببناء مدونة متوازية ونموذج عصبي من طرف إلى طرف بمرمزات CNN ومفكك LSTM.",
  ),
  ar(
    "walid-magdy",
    "held-out",
    "كشف اللغة المسيئة والبذيئة في التغريدات العربية: استخراج قائمة بالكلمات والوسوم البذيئة، وتصنيف المستخدمين، ونشر مجموعة بيانات من التغريدات المصنفة وتعليقات محذوفة من موقع إخباري.",
  ),
  ar(
    "wassim-el-hajj",
    "held-out",
    "تحليل مصداقية المحتوى العربي على تويتر وبناء نموذج يتنبأ آليا بمصداقية التغريدة، اعتمادا على خصائص المحتوى وخصائص حساب الكاتب وخطه الزمني، مع مجموعة بيانات من تسعة آلاف تغريدة موسومة.",
  ),
  fr(
    "aurelie-neveol",
    "dev",
    "Nous cherchons une personne qui a développé un outil d'étiquetage de séquences (étiquetage morphosyntaxique, reconnaissance d'entités nommées) pour les textes biomédicaux, évalué à la fois sur la littérature biomédicale en anglais et sur des comptes rendus cliniques en français.",
  ),
  fr(
    "natalia-grabar",
    "dev",
    "Constitution d'un corpus français de cas cliniques tirés de la littérature scientifique publiée, avec des annotations linguistiques et sémantiques, pour contourner les problèmes de confidentialité qui rendent les données médicales difficiles d'accès.",
  ),
  fr(
    "fethi-bougares",
    "dev",
    "Traduction de la parole de bout en bout et traduction simultanée de la parole : modèles encodeur-décodeur à attention, augmentation de données, ensembles de modèles, politique wait-k, et cascade reconnaissance de la parole puis traduction automatique avec contrôle de la latence (campagne IWSLT 2020).",
  ),
  fr(
    "claire-gardent",
    "dev",
    "Réalisation de surface multilingue à partir de représentations du sens : une approche modulaire qui traite séparément l'ordre des mots, la flexion morphologique et les contractions (comme l'élision en français), évaluée sur les dix langues de la tâche partagée SR'18.",
  ),
  fr(
    "myle-ott",
    "dev",
    "Traduction automatique non supervisée, sans aucun corpus parallèle, à partir de grands corpus monolingues : modèles neuronaux et à base de segments, initialisation soignée, modèles de langue comme débruiteurs et rétro-traduction itérative. Utile pour les langues peu dotées.",
  ),
  fr(
    "marco-turchi",
    "dev",
    "Biais de genre dans la traduction de la parole : quand on traduit de l'anglais vers des langues où le genre est marqué (italien, français), le signal audio aide-t-il à choisir le bon genre ? Comparaison des systèmes en cascade et de bout en bout sur un corpus de référence dédié.",
  ),
  fr(
    "laura-kallmeyer",
    "dev",
    "Identification des expressions polylexicales verbales par analyse en graphes de dépendances avec un réseau de neurones, y compris pour les expressions discontinues, évaluée sur les données PARSEME en allemand, en français et en polonais.",
  ),
  fr(
    "antonios-anastasopoulos",
    "dev",
    "Robustesse de la traduction automatique face aux textes bruités : commentaires d'utilisateurs en ligne (Reddit), fautes et registre familier, inadéquation de domaine. Bilan d'une tâche partagée anglais-français et anglais-japonais, avec évaluation humaine et BLEU.",
  ),
  fr(
    "thamar-solorio",
    "dev",
    "Reconnaissance d'entités nommées dans des tweets où l'on alterne entre deux langues (anglais-espagnol, arabe standard-égyptien) : bilan d'une tâche partagée et des difficultés propres à l'alternance codique sur les réseaux sociaux.",
  ),
  fr(
    "timothy-baldwin",
    "dev",
    "Questions-réponses communautaires sur des forums : similarité question-commentaire et question-question, reclassement des bonnes réponses pour une nouvelle question en arabe, et détection de questions en double sur StackExchange (SemEval-2017).",
  ),
  fr(
    "barry-haddow",
    "held-out",
    "Évaluer comment la traduction automatique neuronale traite les phénomènes discursifs (coréférence, cohérence, cohésion) grâce à des jeux de test construits à la main, et exploiter le contexte de la phrase précédente, avec des modèles multi-encodeurs entraînés sur des sous-titres anglais-français.",
  ),
  fr(
    "carlos-ramisch",
    "held-out",
    "Repérer automatiquement les expressions polylexicales très ambiguës dans des textes en français avec un étiqueteur par champs aléatoires conditionnels (CRF) et des ressources lexicales, sans passer par un analyseur syntaxique.",
  ),
  fr(
    "dan-klein",
    "held-out",
    "Un analyseur syntaxique en constituants neuronal minimal, fondé sur le score indépendant des étiquettes et des empans, avec un décodage par programmation dynamique ou descendant glouton ; évalué sur le Penn Treebank et le French Treebank.",
  ),
  fr(
    "francois-yvon",
    "held-out",
    "Détecter et corriger les divergences de traduction dans des corpus parallèles bruités, grâce à un réseau de neurones qui calcule une similarité translingue entre phrases, afin de filtrer les paires divergentes et d'améliorer la traduction automatique neuronale anglais-français et anglais-allemand.",
  ),
  fr(
    "marcos-zampieri",
    "held-out",
    "Identification des mots complexes dans des textes en plusieurs langues (anglais, allemand, espagnol, français) par classification binaire et probabiliste : bilan de la deuxième tâche partagée CWI, à l'atelier BEA 2018.",
  ),
  fr(
    "jonas-kuhn",
    "held-out",
    "Détection automatique des rimes avec des réseaux récurrents siamois qui apprennent une similarité entre suites de caractères, pour l'allemand, l'anglais et le français, appliquée à la poésie en haut allemand moderne et à des textes de hip-hop.",
  ),
  fr(
    "loic-barrault",
    "held-out",
    "Traduction automatique multimodale (texte et image) : intégrer des caractéristiques convolutionnelles de l'image dans le mécanisme d'attention multimodale d'un système neuronal, pour traduire de l'anglais vers le français et l'allemand (tâche partagée WMT18).",
  ),
  fr(
    "louis-philippe-morency",
    "held-out",
    "Un grand jeu de données multimodal (vidéo, audio, texte) en espagnol, portugais, allemand et français, annoté en sentiment, subjectivité, émotions et attributs des locuteurs, pour que l'analyse du langage multimodal ne se limite plus à l'anglais.",
  ),
  fr(
    "francisco-guzman",
    "held-out",
    "Estimation automatique de la qualité de la traduction automatique neuronale au niveau des mots, des phrases et des documents, sans traduction de référence : bilan de la tâche partagée WMT 2020 sur plusieurs paires de langues.",
  ),
  fr(
    "ethan-wilcox",
    "held-out",
    "Les modèles de langue neuronaux représentent-ils les constituants syntaxiques ? Étude de cas sur les syntagmes nominaux coordonnés : accord du verbe en nombre et en genre, en anglais et en français, comparé au comportement humain.",
  ),
];
