/** Groups naming which body or vote a question is about; a question naming one should not match an entry about another. */
export const SALIENT_GROUPS: readonly (readonly string[])[] = [
  ["мажилис", "мәжіліс", "mazhilis", "majilis", "mazhlis", "mažilis", "mäjilis", "мажлис"],
  ["маслихат", "мәслихат", "maslikhat", "maslihat", "mäslihat", "masliqat", "маслихаты"],
  ["сенат", "senate", "senat"],
  ["курултай", "құрылтай", "kurultai", "kurultay", "qurultai", "qūryltai"],
  ["референдум", "referendum"],
  ["президент", "president", "presidential", "президенттік", "президентские"],
];

/** Question words: the intent of a question ("when" asks for a date), too common for IDF to weigh fairly. */
export const QUESTION_GROUPS: readonly (readonly string[])[] = [
  ["когда", "when", "қашан", "kogda", "qashan", "kashan"],
  ["где", "where", "қайда", "gde", "qaida", "kaida"],
  [
    "сколько",
    "скольки",
    "скок",
    "скока",
    "скоко",
    "қанша",
    "неше",
    "skolko",
    "qansha",
    "kansha",
    "how many",
    "how much",
  ],
  ["кто", "who", "кім", "kto", "kim"],
];

/**
 * Words that mean the same thing to a voter, across spellings, scripts and languages. Each group becomes one
 * term in the index, so "мажилис", "мәжіліс" and "mazhilis" count as one word and share one IDF.
 * Items are matched word by word, so a phrase puts each of its words in the group: "ата заң" made every "заң"
 * (law) mean "constitution", so it is gone. "how many" does make "how" a question word of this group; a separate
 * "how / как / қалай" group was measured instead and lost out-of-scope abstentions (small talk with "қалай").
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ...SALIENT_GROUPS,
  ...QUESTION_GROUPS,
  ["парламент", "parliament", "parlament"],
  ["выборы", "сайлау", "election", "elections", "vybory", "sailau", "saylau", "saılau", "сайлауы"],
  [
    "голосование",
    "голосовать",
    "проголосовать",
    "голосую",
    "голосуют",
    "голосовали",
    "vote",
    "voting",
    "votes",
    "дауыс",
  ],
  ["избиратель", "избиратели", "voter", "voters", "сайлаушы", "сайлаушылар"],
  ["участок", "участки", "учаске", "учаскесі", "учаскелер", "station", "stations", "uchastok", "uchaske", "precinct"],
  ["бюллетень", "бюллетени", "бюллетеньдер", "ballot", "ballots", "byulleten", "biulleten"],
  ["кандидат", "кандидаты", "candidate", "candidates", "kandidat", "үміткер"],
  ["партия", "партии", "партиялар", "party", "parties", "partiya", "partiia"],
  ["депутат", "депутаты", "deputy", "deputies", "mp", "mps", "deputat"],
  ["наблюдатель", "наблюдатели", "observer", "observers", "байқаушы", "байқаушылар", "бақылаушы", "бақылаушылар"],
  ["явка", "turnout", "yavka", "явки"],
  ["порог", "барьер", "threshold", "barrier", "шек", "шегі", "тосқауыл"],
  ["квота", "quota", "kvota"],
  ["залог", "взнос", "deposit", "кепіл", "жарна", "zalog"],
  ["самовыдвижение", "самовыдвиженец", "самовыдвиженцы", "self-nomination", "selfnomination", "өзін-өзі"],
  ["отзыв", "отозвать", "recall", "отзывать"],
  ["против", "against", "қарсы", "protiv"],
  ["всех", "all", "барлығына", "барлығы", "vseh", "vsekh"],
  ["возраст", "age", "лет", "years", "old", "жас", "жаста", "жастан"],
  ["паспорт", "passport", "төлқұжат", "pasport"],
  ["удостоверение", "куәлік", "id", "identity", "udostoverenie"],
  ["документ", "документы", "document", "documents", "құжат", "құжаттар"],
  ["результат", "результаты", "result", "results", "нәтиже", "нәтижесі", "rezultat", "rezultaty"],
  ["мандат", "seat", "seats", "орын", "мандаттар", "орындар", "mandat"],
  ["округ", "district", "districts", "округтер", "okrug"],
  ["конституция", "constitution", "konstitutsiya"],
  ["агитация", "campaign", "campaigning", "үгіт", "agitatsiya"],
  ["регистрация", "registration", "register", "тіркеу", "registratsiya"],
  ["выдвижение", "nomination", "ұсыну", "vydvizhenie"],
  ["рубеж", "рубежом", "границей", "abroad", "шетел", "шетелде", "zarubezhom"],
  ["дом", "дому", "home", "үй", "үйде"],
  ["женщины", "women", "әйелдер"],
  ["молодежь", "youth", "жастар"],
  ["цик", "cec", "оск", "tsik", "сок"],
];
