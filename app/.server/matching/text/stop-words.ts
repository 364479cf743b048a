import { fold } from "./normalize";
import { stem } from "./stem";

// Function words of the three languages, compared on folded (not stemmed) tokens.
const FRENCH = `a à au aux avec ce ces cet cette ceci cela ça chez comme dans de des du donc dont
  elle elles en entre est et été être eux il ils je la le les leur leurs lui ma mais me même mes
  moi mon ne ni nos notre nous on ont ou où par pas peu plus pour qu que quel quelle quels quelles
  qui quoi sa sans se ses si son sont sous sur ta te tes toi ton tous tout toute toutes très tu un
  une unes uns vers via vos votre vous y afin ainsi alors aussi autre autres avant après avoir
  bien car celle celles celui ceux chaque déjà depuis dès encore enfin faire fait font ici jusqu
  lors lorsque moins non notamment où parmi peut peuvent plusieurs puis quand selon soit tant
  tel telle tels telles toujours trop c d j l m n s t qu`;

const ENGLISH = `a about above after again all also am an and any are as at be been before being
  below between both but by can could did do does doing down during each few for from further
  had has have having he her here hers him his how i if in into is it its itself just me more
  most my no nor not now of off on once only or other our ours out over own same she should so
  some such than that the their theirs them then there these they this those through to too
  under until up upon very was we were what when where which while who whom whose why will with
  within without would you your yours etc e.g i.e via using based toward towards among across`;

const ARABIC = `في من على الى إلى عن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين او أو ثم كما
  بين حول عبر لدى خلال ضمن نحو كل بعض غير قد لا ما هو هي هم هن نحن انا أنا انت أنت ان أن إن كان
  كانت يكون تكون تم اجل أجل عند حيث ايضا أيضا لكن ام أم اي أي به بها له لها فيه فيها منه منها
  عليه عليها هناك هنا كيف متى اذا إذا لم لن قبل بعد تحت فوق دون وفي ومن وعلى والتي والذي وهو وهي
  ولا وقد كذلك مثل عدة مدى لدي سواء اما أما بل حتى ذات ذو`;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [...words(FRENCH), ...words(ENGLISH), ...words(ARABIC)].map(fold),
);

/**
 * Words that describe the request rather than its topic ("thesis", "call for proposals",
 * "looking for an expert"): never salient, whatever their corpus frequency. Compared on stems.
 */
const REQUEST = `thèse thèses sujet projet appel candidature proposition étudiant étudiante
  doctorant doctorante doctorat mémoire master stage stagiaire encadrement encadrant co-encadrement
  encadrer cherche cherchons recherchons souhaite souhaitons besoin objectif travail travaux équipe
  partenaire partenariat financement financé expert experte expertise mentor mentorat profil
  profils candidat candidats porteur dossier date soumission durée budget
  thesis project call proposal student phd doctoral supervisor supervision internship looking
  seeking need aim goal work team partner partnership funding funded expertise mentoring applicant
  applicants submission deadline duration budget
  أطروحة رسالة مشروع موضوع طالب طالبة دكتوراه ماستر تدريب تأطير مؤطر نبحث أبحث يبحث خبير خبراء
  خبرة شريك شركاء تمويل هدف يهدف نهدف عمل فريق دعوة طلب مقترح مقترحات إطار`;

export const REQUEST_WORDS: ReadonlySet<string> = new Set(
  words(REQUEST).flatMap((w) =>
    fold(w)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stem),
  ),
);
