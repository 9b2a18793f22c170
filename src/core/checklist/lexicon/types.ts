// The shape of a language's lexicon: plain phrases (syntax in phrases.ts and ../README.md), each with
// an example sentence that the generated test (lexicon.test.ts) checks the phrase matches.
import type { ScopeLevel } from '../../types';

/** A phrase and a sentence it matches in. */
export type Phrase = readonly [phrase: string, example: string];

export type Lexicon = {
  /** ISO code: "en", "es". */
  language: string;
  /** Named word lists the phrases use as {slot}. */
  slots: Readonly<Record<string, readonly string[]>>;
  /** Words that negate what follows in the same clause ("not", "never"). */
  negators: readonly string[];
  /** Values left in a template instead of information: "N/A", "TBD", "requested, customer will send". */
  placeholders: readonly string[];
  /** Words that open a value saying it was not got: "didn't get it, she had to go", "no lo tenía". */
  placeholderOpeners: readonly string[];
  /** Lines that close a message before the signature: "Thanks,", "Best regards". */
  signOffs: readonly Phrase[];
  /** Words a question starts with ("have", "is", "could"). */
  questionStarts: readonly string[];
  /** Two words that open a question even without its mark: "how do i reset my password i forgot it". */
  questionOpeners: readonly string[];
  description: {
    /**
     * Words that say nothing of what is wrong, the product's own nouns among them: a message of only
     * these ("gradebook is broken AGAIN", "need help with grades", "see attached") describes nothing.
     */
    vague: readonly string[];
    /**
     * Words a request to be called back is made of besides vague ones: who calls, when and where, and
     * what it is about without saying what happens ("call me at 555-0137 regarding our account, I'm
     * in the office until 4"). A callback message of only these (and names) describes nothing.
     */
    callback: readonly string[];
  };
  scope: {
    /** Phrases that state how far the problem reaches, by level. */
    stated: Readonly<Record<ScopeLevel, readonly Phrase[]>>;
    /**
     * Phrases that say it is only so far ("it's only her", "only P1"): they outrank what is stated in
     * passing ("all of my classes ... it's only him" is one user).
     */
    only: Readonly<Record<ScopeLevel, readonly Phrase[]>>;
    /** A class named as where it happens ("3rd period", "P5"): class level when nothing else is said. */
    named: readonly Phrase[];
    /**
     * Others are fine: the problem stays within one user / class / school. Alone, such a phrase
     * gives that level; beside wider phrases, it keeps the level at class (or at school for school).
     */
    othersFine: Readonly<Record<Exclude<ScopeLevel, 'all'>, readonly Phrase[]>>;
    /**
     * Others named who may or may not have it ("my husband", "our other two schools", "mis compañeros"):
     * read as `othersFine` only when their sentence says they are fine (a `fine` word), else not at all.
     */
    othersIfFine: Readonly<Record<Exclude<ScopeLevel, 'all'>, readonly Phrase[]>>;
    /**
     * The student's own peers fine ("the other 25 kids", "the rest of the class", "her sister"): one
     * user, even beside the class named where it happens ("I assigned it to the whole class"), where
     * a teacher's peers fine ("my co-teacher", "other teachers") leave that teacher's class.
     */
    classmatesFine: readonly Phrase[];
    /** The student's peers named, fine only when their sentence says so (as `othersIfFine`). */
    classmatesIfFine: readonly Phrase[];
    /**
     * Words saying it works, right after a stated group: "the whole class got in fine", "todo el
     * salón entró sin problema" - the group is the others, who are fine, not the scope.
     */
    fine: readonly string[];
    /** Fine words only right after the group, where they say how it went for them: "our other eleven schools imported successfully". */
    fineAfter: readonly string[];
    /** Words that count or quantify a group, saying how far it reaches ("all", "every", "only", "todos"), not only who has it ("my daughter"). */
    quantifiers: readonly string[];
    /** Several people without a level ("several students"): a hint, weak. */
    vague: readonly Phrase[];
    /** A handful of students counted ("3 students"): several users, where nothing else says how far it goes. */
    few: readonly Phrase[];
    /** Not knowing how far it reaches ("not sure how many"): no scope, whatever else is said. */
    unknown: readonly Phrase[];
  };
  troubleshooting: {
    /** Things done to narrow a problem down, that count alone: "cleared the cache", "tried incognito". */
    done: readonly Phrase[];
    /** Things done that count with what came of them: "re-saved the enrollment ... no change". */
    attempts: readonly Phrase[];
    /** What came of an attempt: "same", "still fails", "no change", "works fine". */
    results: readonly Phrase[];
    /**
     * What came of an attempt that says it was one: after any action told in the past, not only the
     * listed attempts ("unplugged the router and plugged it back in, no luck"; "he used his mom's phone
     * and it worked there"). Also results of the listed attempts.
     */
    outcomes: readonly Phrase[];
    /**
     * Verbs that, opening a clause with nobody before them and no result after, tell someone to do it
     * ("If that doesn't work, try reinstalling the app"): an instruction, not something done.
     */
    commands: readonly string[];
    /** Words just before an attempt that make it a plan or an ask: "will", "could", "please". */
    plans: readonly string[];
    /** Words that make the rest of their clause a plan, however far before: "going to have IT reinstall it". */
    futures: readonly string[];
    /**
     * Words that make a whole sentence advice or a plan for later, wherever they stand in it: "I suggested
     * she reinstall the app; she'll try tonight", "walked him through Admin > Rostering > Sync now".
     * Read over a whole sentence, so only words that mean nothing else (not "will", "may", "va").
     */
    advice: readonly string[];
    /** Words right after "tried" that make it an intention ("tried to log in"), not an attempt. */
    intentions: readonly string[];
    /** Something was done, but not what: "tried everything". Weak. */
    vague: readonly Phrase[];
    /** Nothing was tried yet: "no troubleshooting yet", "hasn't tried anything". What its comment seemed to tell as tried was not. */
    nothing: readonly Phrase[];
  };
  school: {
    /** Words that end a school's or district's name: "Lincoln High", "Austin ISD", "… County Schools". */
    suffixes: readonly string[];
    /** Of those, the ones a name typed in lower case may end with, answering a question about the school: "pine hollow middle". */
    typedSuffixes: readonly string[];
    /** Those a lower-case name may end with anywhere after `typedAfter` ("go to hillside elementary"; not "the top middle panel"). */
    typedSuffixesAfter: readonly string[];
    /** Words after which a school's name typed in lower case stands: "both my kids go to hillside elementary". */
    typedAfter: readonly string[];
    /** Words that start one: "Escuela Primaria Las Palmas", "Colegio San José". */
    prefixes: readonly string[];
    /** Words that start one when the name after them is possessive: "St. Brendan's", "Saint Mary's" (not "St. Louis"). */
    saints: readonly string[];
  };
  course: {
    /** Words for a place inside a course: "Lesson 2.3", "Unit 5 test", "lección 3.2". */
    locators: readonly string[];
    /** Words for a course itself: a quoted name after one is the course's ("the course 'Algebra I'"). */
    courseWords: readonly string[];
    /** Little words that lead into a name: "in 'Geometry Honors'", "copy of \"English 9\"". */
    intros: readonly string[];
    /**
     * School subjects, capitalised as in a course's name: a title holding one names a course without
     * the word "course" ("Chemistry 2, Module 4", "my AP Biology class", "Grade 6 Science > Unit 2").
     */
    subjects: readonly string[];
  };
  userIds: {
    /** Words that follow "my login is" without being one: "my login is not working", "her username is correct". */
    notLogins: readonly string[];
    /** Words right before a login, with or without digits: "my username is rkowalski". */
    beforeLogin: readonly Phrase[];
    /** Words right before an id that holds digits: "his ID is 3319054", "número 6612040". */
    beforeNumber: readonly Phrase[];
    /** A person right before their email: "our admin is jkeller@...", "the teacher jdoe@...". */
    beforeEmail: readonly Phrase[];
    /** What an agent asks for when it wants an id; the answer that follows is one. */
    asks: readonly Phrase[];
    /** The writer's login is the address they write from: the requester's email is the affected user's id. */
    ownAddress: readonly Phrase[];
  };
  steps: {
    /** What a user does on screen, in any tense: "click", "opened", "goes to", "logs in". */
    actions: readonly Phrase[];
    /** Things on screen: actions told in a sentence that names one are steps, not a day's story. */
    screen: readonly Phrase[];
    /** Words that may stand before an action at the start of its clause: "I", "then", "she". */
    openers: readonly string[];
    /** Words that start a new clause inside a sentence: "and", "then". */
    joiners: readonly string[];
    /** Sentence starts that tell when it happens: "when I...", "every time she...". */
    when: readonly Phrase[];
    /** What happens at the end of the actions: "it spins", "gets an error", "the page goes blank". */
    results: readonly Phrase[];
    /** Telling someone where to go, as an agent answers: "you can do that from Gradebook > Settings". */
    instructions: readonly Phrase[];
    /**
     * A note of where someone was pointed: "Workaround: Admin > Sync Now", "I told her to try Gradebook >
     * Settings". A path after one is no repro, unless its sentence tells what it did ("... and it still goes blank").
     */
    pointers: readonly Phrase[];
    /** A path looked at, not walked: "checked Admin > Students > Guardians" is troubleshooting. */
    checks: readonly Phrase[];
    /** What someone wants to be able to do, not what happened: "we'd like teachers to be able to print it". */
    wishes: readonly Phrase[];
  };
};
