/** Every number the matcher uses, grouped by the stage that uses it (docs/search.md, "The constants"). */
export const SEARCH_DEFAULTS = {
  // Reading the question
  maxQueryLength: 400,
  maxQueryTokens: 24,
  /**
   * 1: a Latin word's English, Kazakh-Latin and transliterated readings each meet only forms of that language;
   * 2: also, in a question detected as English, a Latin word is read only as English.
   */
  latinReadings: 2,
  /** 1: in an English question, a Latin word is also compared with the knowledge base's English words before transliteration. */
  englishSpelling: 1,
  /** A question read in the other keyboard layout is taken only when its top hit scores this much higher. */
  layoutMargin: 0.05,
  /** A message of at most this many content words may lean on the last answered question (search/follow-up.ts). */
  /**
   * A message at least this long with several sentences is decided first on the sentences that ask (focus.ts). On
   * long-tune.tsv (stories of 164–445 characters, a set for tuning) no answer fell from 18.7% to 1.3%; from 120
   * characters, two-sentence questions of questions.tsv and holdout.tsv lost the sentence that named their topic
   * (their longest rows are 155–166 characters), and from 200 the stories gained less.
   */
  focusFrom: 175,
  /**
   * The sentences that ask are answered on their own only with an entry that the whole message also scores within
   * this of its best: "how many seats did they get?" after a story naming Baytak was answered with another party's
   * card, "which number should she use?" after the turnout with who-to-vote-for. On the tuning sets long-tune-3,
   * long-tune-2 and long-tune (390 stories) wrong answers fell from 30 to 23 and right rose from 347 to 354; at 0.1
   * and 0.15 long-tune-2 and long-tune lost right answers, at 0.3 long-tune-3 kept more wrong ones.
   */
  focusAgreeSpread: 0.2,
  followUpWords: 4,
  /**
   * A short message that does not lean on the last question ("and…", "ше", a pronoun) is read in its context unless
   * its own top answer scores at least this. Measured on test/fixtures/follow-ups-tune.tsv (a set for tuning):
   * 0 (context only when unanswered) and 0.75 or more pulled complete new questions to the last topic; 0.7 did not.
   */
  followUpOwnAt: 0.7,
  /**
   * How far ahead the last answer and its neighbours start when a short message is read in its context. Measured on
   * follow-ups-tune.tsv: 0.05 to 0.2 gave the same follow-ups and pulled no new question; 0.1 sits in the middle.
   */
  followUpNearBonus: 0.1,
  /**
   * How much better a message that leans on the last one ("and…", "ше", a pronoun) must be answered on its own than
   * read with the last question, to be answered on its own. On follow-ups-tune.tsv: 0 gave 75.0% of follow-ups right
   * and 18.2% wrong, 0.05 76.5/16.7, 0.1 and 0.15 no better, 0.2 pulled a complete new question to the last topic.
   */
  followUpLeanMargin: 0.05,
  /**
   * A short message whose own answer and whose reading with the last question differ by less than this (after the
   * lean margin) gets a did-you-mean of both. On follow-ups-tune.tsv: 0.03 took follow-ups from 80.3 right / 12.1
   * wrong to 79.5 / 10.6; 0.06 to 78.0 / 9.8, 0.1 to 75.0 / 9.8.
   */
  followUpTieMargin: 0.03,
  // How far ahead a reading with the last question's body or year must put another entry over the message's own
  // answer (carrySlots in follow-up.ts). On follow-ups-tune.tsv 0 to 0.2 gave the same figures; 0.05 leaves a near
  // tie to the message's own answer.
  followUpCarryMargin: 0.05,
  /** The last answered question is remembered this long for follow-ups; the bot forgets it after. */
  followUpMinutes: 10,
  // Typos
  /** Lowest similarity for a typo'd token to count as a vocabulary term. */
  minTokenSimilarity: 0.74,
  /** Tokens shorter than this are matched exactly, never fuzzily. */
  minFuzzyLength: 4,
  /** 1: also index whole unstemmed words, so a typo is compared with the word as written, not only its stem. */
  surfaceForms: 1,
  /** A typo'd token's similarity is raised to this power: a near miss counts nearly fully, a far one barely. */
  fuzzyPower: 2,
  /**
   * A form that starts with a shorter one (at least 4 letters) is at least this similar to it, less prefixLengthStep
   * per extra letter: "голосов" is close to "голосовани" though many edits apart.
   */
  prefixSimilarity: 0.92,
  prefixLengthStep: 0.03,
  // Index weights: what a term weighs
  /** Weight of a term seen only in an entry's answer text (paraphrases and titles weigh 1). */
  answerWeight: 0.3,
  /** IDF floor for words naming the body or vote (Mazhilis, maslikhat, Senate…), as a share of the largest IDF. */
  salientWeight: 0.8,
  /** IDF floor for question words (when, where, how many, who), as a share of the largest IDF. */
  questionWordWeight: 0.5,
  /**
   * IDF floor for a year (1900–2099), as a share of the largest IDF: a year says which vote a question is about, but
   * the timeline mentions every year so often that its IDF alone says little ("2022 referendum" vs the 2026 one).
   */
  yearWeight: 0.5,
  // Scoring: coverage and the best paraphrase
  /** Share of entry-level coverage in the final score; the rest comes from the best single paraphrase. */
  entryShare: 0.5,
  /** Weight of a query token that matches nothing in the vocabulary, as a share of the largest IDF. */
  unknownWeight: 1.4,
  /** Past this many content words a question counts as long: unknown words weigh less, paraphrase recall more. */
  longQueryWords: 5,
  maxBeta: 2.5,
  /** Words weighing less than this share of the largest IDF (in nearly every entry) are ignored like stopwords. */
  minIdfShare: 0.06,
  /** Words below this share of the largest IDF count for entry coverage but are not walked paraphrase by paraphrase (speed). */
  paraphraseIdfShare: 0.15,
  /** A term in more paraphrases than this is not walked paraphrase by paraphrase (keeps a very large base fast). */
  maxParaphrasePostings: 3000,
  // Contrast among close candidates (score/contrast.ts)
  /**
   * Contrast among close candidates: a paraphrase F-measure recomputed with term weights local to them; an entry
   * loses this × (the best local F − its own). 0 turns it off.
   */
  contrastWeight: 0.1,
  /** Candidates within this distance of the top are contrasted. */
  contrastSpread: 0.1,
  /** Weight left to a term every candidate shares, so the local F-measure stays defined. */
  contrastFloor: 0.1,
  // The classifier's second opinion (score/rerank.ts)
  /** Naive Bayes second opinion: how many of the best entries it re-orders, and how far below the top they may lie. */
  nbCandidates: 5,
  nbSpread: 0.3,
  /** An entry loses this × (1 − its classifier posterior among those candidates); 0 turns the classifier off. */
  nbWeight: 0.15,
  /** Softmax temperature over the candidates' log-likelihoods (higher = softer posteriors). */
  nbTemperature: 1,
  /** Additive (Laplace) smoothing of feature counts. */
  nbAlpha: 0.1,
  /** Feature weights: an index term, and one character trigram of a word. */
  nbTermWeight: 1,
  nbGramWeight: 0.3,
  /** Weight of a pair of neighbouring index terms (stopwords left out) as one more feature. */
  nbBigramWeight: 0.6,
  // Deciding (decide.ts)
  /** Confidence needed to answer outright. */
  answerAt: 0.45,
  /** A top hit at or above this is answered even with a close runner-up. */
  sureAt: 0.8,
  /** Top minus runner-up needed to answer between answerAt and sureAt. */
  margin: 0.02,
  /** A top hit from this confidence is also answered when the classifier gives it at least agreedPosterior. */
  agreedAt: 0.36,
  agreedPosterior: 0.9,
  /** Lowest confidence offered as a "did you mean" suggestion. */
  suggestAt: 0.3,
  /** Suggestions must lie within this distance of the top hit. */
  suggestSpread: 0.2,
  maxSuggestions: 3,
  /**
   * When the answer found is about another body than the question names, the best entry about that body is answered
   * instead if it is within this distance of it, clear of its own runner-up by margin, and at least suggestAt on the
   * question without the bodies' names (it answers the rest of the question too).
   */
  bodySpread: 0.1,
  /**
   * A message of one word that reaches at least this share of the entries ("vote", "кандидат") is broad: it gets a
   * choice of entries instead of a guess, unless its top hit is at least broadBelow ("мәжіліс" → what the Mazhilis is).
   */
  broadShare: 0.2,
  broadBelow: 0.85,
  /** A question of this many content words is answered from a lower confidence: its narrative dilutes the score. */
  longAnswerWords: 9,
  longAnswerAt: 0.32,
  /** Below answerAt, a long question's top hit needs this many times the usual margin over the runner-up. */
  longMarginFactor: 2,
  // Speed
  /** Each per-word cache of a searcher (readings, typo look-ups, classifier features) is emptied past this many words. */
  cacheLimit: 20_000,
} as const;

export type SearchOptions = { -readonly [K in keyof typeof SEARCH_DEFAULTS]: number };
