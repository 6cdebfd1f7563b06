import { kazakhFold } from "./normalize.js";

/** Words that carry no topic in any of the three languages; question words stay (IDF weighs them down). */
const WORDS = {
  en: "a an the is are was were be been am do does did to of in on at for and or i me my we our you your it its this that these those there with by from about into as please tell me know want would like could can hi hello thanks thank so just any some actually really also exactly lol lmao nah bro anyway stuff guys pls plz ok okay hey yeah yep info kz",
  ru: "и или в во на с со к ко о об обо по для из за у от а но ли же бы я мне меня мы нам вы вам ты тебе он она они оно это этот эта эти то тот та там тут мой моя мои ваш ваша ваши наш наша свой свою подскажите скажите пожалуйста здравствуйте привет хочу хотел хотела знать узнать можете интересует вопрос спасибо ну вот уже ещё еще как-то просто всего вообще ваще вобще всё вот итак значит например скажем сейчас типа короче блин чё че щас плиз пж пжл ребят ребята про инфо",
  kk: "және мен сен біз сіз ол бұл осы сол ма ме ба бе па пе ғой да де та те айтыңызшы айтып беріңізші өтінемін сәлем сәлеметсіз рахмет білгім келеді маған бізге сізге менің сіздің ше өзі енді жалпы ау әй ей бро жаным шынымен сонда озы",
};

export const STOPWORDS: ReadonlySet<string> = new Set(
  Object.values(WORDS).flatMap((list) => list.split(" ").map((w) => kazakhFold(w))),
);
