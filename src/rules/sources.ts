export const SOURCES = {
  kurultaiCandidate:
    "https://qazinform.com/news/how-qurultay-deputies-to-be-elected-and-when-they-may-lose-their-mandate-640723",
  constitution51: "https://adilet.zan.kz/eng/docs/K950001000_",
  constitution33: "https://adilet.zan.kz/eng/docs/K950001000_",
  constitution33_3: "https://adilet.zan.kz/eng/docs/K950001000_",
  constitution10_3: "https://adilet.zan.kz/eng/docs/K950001000_",
  electionLaw4: "https://adilet.zan.kz/eng/docs/Z950002464_",
  electionLaw4_4: "https://adilet.zan.kz/eng/docs/Z950002464_",
  localGovLaw5: "https://adilet.zan.kz/rus/docs/Z010000148_",
  partyListMembers:
    "https://astanatimes.com/2023/02/kazakhstans-seven-political-parties-nominate-283-candidates-for-upcoming-mazhilis-elections/",
  deposit:
    "https://aqmolanews.kz/ru/2023/02/06/chto-budet-so-vznosami-kandidatov-v-deputaty-posle-vyborov-v-kazahstane",
  depositAmount: "https://qaz.ulysmedia.kz/news/3537-m-zhilis-deputattygyna-kandidat-kansha-tenge-zharna-toleidi/",
  documents: "https://kokshetoday.kz/parlament-m-zhilisini-deputattaryna-ojjylatyn-talaptar-andajj",
  calendar2023: "https://astanatimes.com/2023/01/central-election-commission-adopts-parliamentary-election-calendar/",
  nomination2023: "https://jjtv.kz/en/kazakh-cec-early-mazhilis-and-maslikhat-elections-to-be-held-on-march-19",
  pollingStation:
    "https://astanatimes.com/2023/03/elections-to-mazhilis-and-maslikhats-in-kazakhstan-how-voters-can-find-their-polling-stations/",
  voterLists: "https://ognialatau.kz/news/cat-23/23875",
  hours: "https://el.kz/en/10223-polling-stations-open-countrywide-and-abroad_68391/",
  // The official text of the Constitutional Law "On Elections" (No. 2464); the flows link it in the reader's language.
  identity: "https://adilet.zan.kz/eng/docs/Z950002464_",
  ballots: "https://sailaunews.kz/what-is-interesting-about-the-elections-to-the-mazhilis-and-maslikhats-in-2023",
  marking:
    "https://www.caravan.kz/news/grafa-protiv-vsekh-poyavitsya-i-v-byulletenyakh-dlya-golosovaniya-v-vyborakh-deputatov-895293",
  abroad: "https://astanatimes.com/2023/03/kazakhstans-citizens-to-be-able-to-vote-abroad-in-62-countries/",
  homeVoting: "https://alakol-aynasy.kz/aza-stan-respublikasyny-sajlau-uchaskelerinen-tys-zherde-dauys-beru/",
} as const;

export type SourceId = keyof typeof SOURCES;
