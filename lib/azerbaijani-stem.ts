/**
 * Azerbaijani for reader search: the prefixes that, together, find the other forms of a query word.
 *
 * PostgreSQL has no Azerbaijani stemmer, so Azerbaijani stories are indexed word for word over folded text (ə→e,
 * ş→s, ç→c, ğ→g, ı→i, ö→o, ü→u, lower case) and every query word is matched as a prefix. A prefix already finds
 * the endings that follow an unchanged stem ("şəhər" finds "şəhərdə"), but not
 *  - an inflected query word's dictionary form ("şəhərdə" does not find "şəhər"), nor
 *  - a stem whose last consonant changes before a vowel ("səfirlik" does not find "səfirliyində").
 * `azerbaijaniPrefixes(word)` takes a FOLDED word and returns the alternatives to OR together: a shorter stem when
 * an inflectional ending is recognised, and the stem's other shape when its last consonant alternates. Every
 * alternative is the word, a prefix of it, or an alternant of one, and the word itself is always covered, so a
 * search never finds less than the plain prefix did.
 *
 * Everything works on folded letters. Folding merges letters the rules tell apart (ı/i, ö/o, ü/u, ə/e, ğ/g, ş/s),
 * so the endings are written folded too ("-ını" and "-ini" are both "ini"), and the rules are conservative: a
 * wrong stem never loses a match, it only widens the search, but a short stem widens it a lot. So:
 *  - no ending leaves a stem shorter than 4 letters, and a single-vowel ending (-a/-ə, -ı/-i/-u/-ü) needs 5
 *    ("sərgi" is not "sərg" + "i", "kitabı" is "kitab" + "ı"), except before an alternating consonant (ürəyi →
 *    ürək), after -nda/-ndan/-na (which require the possessive: əsasında → əsas), and for the vowel-dropping nouns
 *    below;
 *  - no alternative is shorter than 3 letters (a 1–2 letter prefix would match nearly every story); words of
 *    fewer than 3 letters, and words with digits or other letters than Azerbaijani ones, are left as they are;
 *  - every ending must agree with the vowel before it (vowel harmony), as far as folded letters still show it: an
 *    ending with "a" cannot follow a last vowel ə/e, one with "e" cannot follow "a", one with "i" (ı/i) cannot
 *    follow o/ö/u/ü, one with "u" (u/ü) must follow o/ö/u/ü. This alone rejects many false endings: "istifadə" is
 *    not "istifa" + "də", "məktub" not "məkt" + "ub";
 *  - of all the ways the rules can split a word, the one leaving the shortest stem is taken. Where a buffer letter
 *    makes two readings possible ("ölkəyə" = ölkə + yə, "köməyə" = köməy + ə; "Bakının" = Bakı + nın, "zamanın" =
 *    zaman + ın; "ölkəsi" = ölkə + si), the shorter stem covers both; a few such stems that begin frequent
 *    unrelated words are never used (MISLEADING_STEMS: "siyasi" gives siyas, not siya, which finds "siyahı").
 *
 * Nouns (and participles used as nouns): stem + plural + possessive + case, then -dır or -dək:
 *  - plural -lar/-lər;
 *  - possessive: 3rd person -ı/-i/-u/-ü after a consonant, -sı/-si/-su/-sü after a vowel (3rd person plural
 *    -ları/-ləri is plural + -ı); 1st person plural -ımız/-imiz/-umuz/-ümüz, -mız/-miz/-muz/-müz after a vowel.
 *    Not stripped: the 1st and 2nd person singular (-ım, -m, -ın, -n: they end too many words, "rejim", "müəllim",
 *    "bayram") and the 2nd person plural (-ınız, -nız: "dəniz"), which news text hardly uses;
 *  - case: genitive -ın/-in/-un/-ün after a consonant, -nın/-nin/-nun/-nün after a vowel or a 3rd person
 *    possessive; accusative -ı/-i/-u/-ü, -nı/-ni/-nu/-nü; dative -a/-ə, -ya/-yə after a vowel, -na/-nə after a 3rd
 *    person possessive; locative -da/-də, -nda/-ndə; ablative -dan/-dən, -ndan/-ndən; instrumental -la/-lə (with a
 *    5-letter stem: "məsələ" is not "məsə" + "lə"), -yla/-ylə after a vowel; -dakı/-dəki, -ndakı/-ndəki
 *    ("Qazaxıstandakı"). The n-forms -nda, -ndan, -na, -ndakı require a 3rd person possessive before them, and
 *    the plain forms rule one out ("fotosərgidə" is "fotosərgi" + "də", not "fotosərg" + "i" + "də");
 *  - outermost: the predicative -dır/-dir/-dur/-dür, or -dək ("until", after a dative: "saatadək").
 *  A single vowel ending the word is not an ending after a k or q that would have alternated: "dəqiqə" is not
 *  "dəqiq" + "ə", "respublika" not "respublik" + "a" (so "tətbiqi", where a loanword keeps its q, stays whole).
 *
 * Verbs:
 *  - the verb noun -maq/-mək and its cases (-mağa/-məyə, -mağı/-məyi, -maqda/-məkdə, -maqla, -mağın ...) and the
 *    verbal noun -ma/-mə followed by an ending (-ması, -məsinə ...) give the verb stem, which then finds every form
 *    built on it ("keçirmək" finds "keçirilib", "keçirir", "keçirdiyi"). A verb stem shorter than 4 letters is not
 *    used alone ("almaq" must not find "Almaniya"): the verb noun is kept instead, in its two shapes (anmaq →
 *    anmaq, anmağ: "anmağa", "anmağı", "anmaqda");
 *  - finite forms whose endings are distinctive: the perfect -ıb/-ib/-ub/-üb (-yıb ... after a vowel), the present
 *    -ır/-ir/-ur/-ür (-yır ... after a vowel; after a d it is taken for the predicative -dır), the evidential
 *    -mış/-miş/-muş/-müş, the future -acaq/-əcək, the necessity -malı/-məli, each with an optional -lar/-lər or
 *    -dır; the past -dı/-di/-du/-dü only after a passive. After a consonant the perfect and present need a 5-letter
 *    stem (so "tədbir", "nazir", "tərtib" stay whole), and the necessity always does ("ehtimalı" is not "ehti" +
 *    "malı");
 *  - participles: -acaq/-əcək (-acağ-/-əcəy- before a vowel), -dıq/-dik/-duq/-dük (-dığ-/-diy- ... before a
 *    vowel: "keçirdiyi"), and -an/-ən only after a passive ("keçirilən", "olunan"). The active -an/-ən is not
 *    stripped: it ends too many nouns ("Azərbaycan", "meydan", "insan");
 *  - the passive -ıl/-il/-ul/-ül (after a consonant), -ın/-in/-un/-ün (after l), -n (after -la/-lə) is removed
 *    from a verb stem when what is left still has 4 letters ("keçiril" → "keçir", "başlan" → "başla"), and kept
 *    otherwise ("anıl", "qoyul", "olun", "veril") or when the stem lost a vowel before it ("çevril": "çevr" would
 *    find "çevrə").
 *
 * Consonant alternations at the end of the stem:
 *  - k ↔ y: a word of two or more syllables ending in a vowel + k has y before a vowel (səfirlik → səfirliyində,
 *    kömək → köməyi, gələcək → gələcəyi). Such a stem gets its other shape as an alternative, both ways:
 *    "səfirlik" → səfirlik, səfirliy; "səfirliyi" → səfirliy, səfirlik;
 *  - q ↔ ğ (folded: q ↔ g), the same way (bayraq → bayrağı, anmaq → anmağa; uşağı → uşaq);
 *  - t ↔ d in verbs: a verb stem of two or more syllables ending in t has d before a vowel (yarat → yaradılıb,
 *    qayıt → qayıdıb, unut → unudulmuş, ucalt → ucaldılmış), and so do the one-syllable etmək and getmək (edir,
 *    edib, edilib, edən, edəcək, edərək; gedir, gedən, gediş). Those two stems are too short to be prefixes ("et"
 *    would find "ətraf", "ed" "ədəbiyyat"), so each shape is given with the letters after it: etm, etd, ets, edir,
 *    edib, edil, edən, edəc, edər;
 *  - vowel dropping (fikir → fikri, şəkil → şəkli, oğul → oğlu, ağız → ağzı) is not recognised by rule: without a
 *    dictionary the rule would also turn "beyin" into "beyn" (which finds "beynəlxalq") and "isim" into "ism"
 *    ("İsmayıl"). Only a short list of common nouns is handled, both ways (DROPPING_NOUNS).
 *
 * Left out on purpose: derivational endings (-lı, -sız, -lıq, -çı, -ca ...: they make another word), the aorist
 * -ar/-ər and its negative -maz/-məz ("qərar", "Heydər"), the past and conditional outside the passive, person
 * endings other than -lar and -dır, the question particle, and the irregular forms of short words (su → suyu).
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

/** The shortest stem an ending may leave. */
const MIN_STEM = 4;
/** The shortest stem a single-vowel ending may leave (unless it ends in an alternating consonant). */
const MIN_STEM_SINGLE_VOWEL = 5;
/** No alternative is shorter than this (unless the word itself is). */
const MIN_PREFIX = 3;

/** Nouns that drop their second vowel before a vowel: folded dictionary form → folded shortened stem. */
const DROPPING_NOUNS: readonly (readonly [full: string, dropped: string, prefix?: string])[] = [
  ['fikir', 'fikr'],
  ['sekil', 'sekl'], // şəkil → şəkli
  ['omur', 'omr'], // ömür → ömrü
  ['sinif', 'sinf'],
  ['nesil', 'nesl'], // nəsil → nəsli
  ['qebir', 'qebr'], // qəbir → qəbri
  ['sebir', 'sebr'], // səbir → səbri
  ['zehin', 'zehn'],
  ['agiz', 'agz'], // ağız → ağzı
  // oğul → oğlu: "ogl" alone would also find "oğlan"; the forms all start with "oğlu" (oğlu, oğlunu, oğluna).
  ['ogul', 'ogl', 'oglu'],
];
const BY_FULL = new Map(DROPPING_NOUNS.map(([full, dropped, prefix]) => [full, prefix ?? dropped]));
const BY_DROPPED = new Map(DROPPING_NOUNS.map(([full, dropped, prefix]) => [dropped, { full, prefix: prefix ?? dropped }]));

/** What must come just before an ending: a consonant, a vowel, or anything. */
type After = 'C' | 'V' | 'any';
/** `free`: the ending does not follow vowel harmony. */
type Ending = { text: string; after: After; min: number; free?: boolean };

const endings = (texts: string[], after: After, min = MIN_STEM): Ending[] => texts.map((text) => ({ text, after, min }));

function lastVowel(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) if (isVowel(s[i])) return s[i];
  return undefined;
}

function vowelCount(s: string): number {
  let n = 0;
  for (const c of s) if (isVowel(c)) n++;
  return n;
}

/** Vowel harmony between a stem and the first vowel of an ending, as far as folded letters show it. */
function harmonizes(stem: string, ending: string): boolean {
  const v = [...ending].find(isVowel);
  if (v === undefined) return true;
  const last = lastVowel(stem);
  if (last === undefined) return false;
  switch (v) {
    case 'a':
      return last !== 'e';
    case 'e':
      return last !== 'a';
    case 'i':
      return last !== 'o' && last !== 'u';
    case 'u':
      return last === 'o' || last === 'u';
    default:
      return true;
  }
}

/** Ends in a vowel + k/q/y/ğ and has two or more syllables: a stem whose last consonant may alternate. */
function alternates(stem: string, letters: string): boolean {
  return stem.length >= 2 && letters.includes(stem.at(-1)!) && isVowel(stem.at(-2)) && vowelCount(stem) >= 2;
}

/**
 * The stem left by removing `ending` from `word`, or null when the ending is not there or not allowed. `relaxed`:
 * the ending's minimum is MIN_STEM whatever it is (a possessive before -nda, -ndan, -na, which must be there).
 */
function strip(word: string, ending: Ending, min = ending.min, relaxed = false): string | null {
  if (!word.endsWith(ending.text)) return null;
  const stem = word.slice(0, word.length - ending.text.length);
  const last = stem.at(-1);
  if (last === undefined) return null;
  if (ending.after === 'C' && isVowel(last)) return null;
  if (ending.after === 'V' && !isVowel(last)) return null;
  if (!ending.free && !harmonizes(stem, ending.text)) return null;
  if (BY_DROPPED.has(stem)) return stem;
  const single = ending.text.length === 1 && isVowel(ending.text);
  const least = relaxed ? MIN_STEM : single ? (alternates(stem, 'yg') ? MIN_STEM : MIN_STEM_SINGLE_VOWEL) : min;
  return stem.length >= least ? stem : null;
}

/**
 * A single vowel ending the word after a stem ending in an alternating k or q: that k or q would have become y or
 * ğ, so the vowel belongs to the word ("dəqiqə" is not "dəqiq" + "ə", "respublika" not "respublik" + "a").
 */
function bareVowelAfterKQ(word: string, stem: string): boolean {
  return word.length === stem.length + 1 && isVowel(word.at(-1)) && alternates(stem, 'kq');
}

// ---- Nouns ----

const COPULA = endings(['dir', 'dur'], 'any');
/** -dək ("until"), after a dative; it does not follow vowel harmony. */
const UNTIL: Ending = { text: 'dek', after: 'V', min: MIN_STEM, free: true };
const PLURAL = endings(['lar', 'ler'], 'any');

/**
 * `n`: only after a 3rd person possessive (-nda, -ndan, -na, -ndakı); `n-or-vowel`: after a vowel, with or
 * without one (-nın, -nı, -yla); `plain`: not after a 3rd person possessive (its case forms are the n-forms).
 */
type CaseKind = 'n' | 'n-or-vowel' | 'plain';
type CaseEnding = Ending & { kind: CaseKind };
const cases = (texts: string[], after: After, kind: CaseKind, min = MIN_STEM): CaseEnding[] => endings(texts, after, min).map((e) => ({ ...e, kind }));

const CASES: CaseEnding[] = [
  ...cases(['daki', 'deki', 'dan', 'den', 'da', 'de'], 'any', 'plain'),
  ...cases(['ndaki', 'ndeki', 'ndan', 'nden', 'nda', 'nde', 'na', 'ne'], 'V', 'n'),
  ...cases(['nin', 'nun', 'ni', 'nu', 'yla', 'yle'], 'V', 'n-or-vowel'),
  ...cases(['ya', 'ye'], 'V', 'plain'),
  ...cases(['in', 'un', 'i', 'u', 'a', 'e'], 'C', 'plain'),
  ...cases(['la', 'le'], 'C', 'plain', 5),
];

type PossessiveEnding = Ending & { third: boolean };
const POSSESSIVES: PossessiveEnding[] = [
  ...endings(['si', 'su'], 'V').map((e) => ({ ...e, third: true })),
  ...endings(['i', 'u'], 'C').map((e) => ({ ...e, third: true })),
  // 2nd person plural (-ınız, -nız) is left out: news text hardly uses it, and "-niz" ends "dəniz".
  ...endings(['imiz', 'umuz'], 'C').map((e) => ({ ...e, third: false })),
  ...endings(['miz', 'muz'], 'V').map((e) => ({ ...e, third: false })),
];

function stripped<E extends Ending>(word: string, list: E[], relaxed = false): { stem: string; ending: E }[] {
  return list.flatMap((ending) => {
    const stem = strip(word, ending, ending.min, relaxed);
    return stem === null ? [] : [{ stem, ending }];
  });
}

/**
 * Stems the rules would give through a buffer letter (y, n, s) that can also belong to the stem, and that begin
 * frequent unrelated words: the reading that keeps the letter is taken instead ("siyasi" → siyas, not siya, which
 * finds "siyahı"; "köməyə" → köməy/kömək, not kömə, which finds "komediya").
 */
const MISLEADING_STEMS = new Set([
  'siya', // siyasi | siyahı
  'insa', // insanın | inşaat
  'qadi', // qadının | qadağa, qadir
  'kome', // köməyə | komediya, komendant
  'kana', // Kanada | kanal
  'cama', // çamadan | camaat
]);

/** The shortest stem the noun endings can leave (the word itself when none applies). */
function nounStem(word: string): string {
  let best = word;
  const consider = (stem: string) => {
    if (stem.length < best.length && !bareVowelAfterKQ(word, stem) && !MISLEADING_STEMS.has(stem)) best = stem;
  };
  const outers = [word, ...stripped(word, COPULA).map((s) => s.stem)];
  const until = strip(word, UNTIL);
  if (until !== null) outers.push(until);
  for (const outer of outers) {
    const withCase: { stem: string; kind: CaseKind | null }[] = [
      { stem: outer, kind: null },
      ...stripped(outer, CASES).map((s) => ({ stem: s.stem, kind: s.ending.kind })),
    ];
    for (const { stem, kind } of withCase) {
      const withPossessive: string[] = kind === 'n' ? [] : [stem];
      // After -nda, -ndan, -na the possessive must be there, so it is taken with a shorter stem too (əsasında → əsas).
      for (const p of stripped(stem, POSSESSIVES, kind === 'n')) {
        if (kind === 'n' || kind === 'n-or-vowel' ? p.ending.third : kind === null || !p.ending.third) withPossessive.push(p.stem);
      }
      for (const s of withPossessive) {
        consider(s);
        for (const plural of stripped(s, PLURAL)) consider(plural.stem);
      }
    }
  }
  return best;
}

// ---- Verbs ----

/** The verb stem without its passive ending, or null when it has none. */
function withoutPassive(stem: string): string | null {
  const last2 = stem.slice(-2);
  const before = stem.at(-3);
  let root: string | null = null;
  if ((last2 === 'in' || last2 === 'un') && before === 'l') root = stem.slice(0, -2);
  else if ((last2 === 'il' || last2 === 'ul') && before !== undefined && before !== 'l' && !isVowel(before)) root = stem.slice(0, -2);
  // -n after a vowel: only after -la/-lə, the usual vowel-final verb stems (başla-n, hazırla-n, imzala-n).
  else if (stem.endsWith('lan') || stem.endsWith('len')) return stem.slice(0, -1);
  if (root === null || !harmonizes(root, last2)) return null;
  // A stem ending in a consonant + r, l or n lost a vowel before the passive (çevir → çevril, ayır → ayrıl):
  // "çevr" is no stem of its own (it would find "çevrə"), so the passive stem is kept.
  if ('rln'.includes(root.at(-1)!) && !isVowel(root.at(-2))) return null;
  return root;
}

/** The prefix for a verb stem: the stem without its passive when that is long enough, else the stem, if long enough. */
function verbPrefix(stem: string, min: number, passiveRequired = false): string | null {
  const root = withoutPassive(stem);
  if (root !== null) {
    if (root.length >= MIN_STEM) return root;
    return stem.length >= MIN_STEM ? stem : null;
  }
  if (passiveRequired) return null;
  return stem.length >= min ? stem : null;
}

/**
 * A verb stem's alternatives: with its t ↔ d. A verb stem of two or more syllables ending in t has d before a vowel
 * (yarat → yaradır, qayıt → qayıdıb, öyrət → öyrədir, unut → unudulmuş, ucalt → ucaldılmış).
 */
function verbAlternatives(prefix: string, word: string): string[] {
  const out = [prefix];
  if (vowelCount(prefix) >= 2) {
    const base = prefix.slice(0, -1);
    if (prefix.endsWith('t')) out.push(`${base}d`);
    else if (prefix.endsWith('d') && isVowel(word[prefix.length])) out.push(`${base}t`);
  }
  return out;
}

const PERSON = endings(['dirlar', 'dirler', 'durlar', 'durler', 'lar', 'ler', 'dir', 'dur'], 'any');

type Tense = Ending & { passiveRequired?: boolean };
const TENSES: Tense[] = [
  ...endings(['ib', 'ub', 'ir', 'ur'], 'C', 5),
  ...endings(['yib', 'yub', 'yir', 'yur'], 'V'),
  ...endings(['mis', 'mus'], 'any'),
  ...endings(['acaq', 'ecek'], 'C'),
  ...endings(['yacaq', 'yecek'], 'V'),
  ...endings(['mali', 'meli'], 'any', 5),
  ...endings(['di', 'du'], 'C').map((e) => ({ ...e, passiveRequired: true })),
];

/** A finite verb form's stem prefix (keçirilib → keçir), or null. */
function finiteVerb(word: string): string | null {
  let best: string | null = null;
  for (const outer of [word, ...stripped(word, PERSON).map((s) => s.stem)]) {
    for (const tense of TENSES) {
      const stem = strip(outer, tense, 1);
      if (stem === null) continue;
      // "-dır" after a word is the predicative ("açıqdır", "vacibdir"), not a stem in d + the present -ır.
      if ((tense.text === 'ir' || tense.text === 'ur') && stem.endsWith('d')) continue;
      const prefix = verbPrefix(stem, tense.min, tense.passiveRequired);
      if (prefix !== null && (best === null || prefix.length < best.length)) best = prefix;
    }
  }
  return best;
}

/**
 * A verb noun or participle left by the noun endings (anmaq, keçirmə-, keçirdiy-, keçirilən): the verb's
 * alternatives, or null when `stem` is not one. `word` is the whole query word (what follows the stem in it).
 */
function nonFiniteVerb(stem: string, word: string): string[] | null {
  const vowelNext = isVowel(word[stem.length]);
  const verbNouns = vowelNext ? ['maq', 'mek', 'mag', 'mey'] : ['maq', 'mek'];
  for (const ending of verbNouns) {
    if (!stem.endsWith(ending)) continue;
    const verb = stem.slice(0, -3);
    if (verb.length < 2 || !harmonizes(verb, ending)) continue;
    const prefix = verbPrefix(verb, MIN_STEM);
    if (prefix !== null) return verbAlternatives(prefix, word);
    // A short stem ("an", "al", "ol"): the verb noun itself, in both shapes of its q/k.
    return ending[1] === 'a' ? [`${verb}maq`, `${verb}mag`] : [`${verb}mek`, `${verb}mey`];
  }
  const candidates: [endings: string[], after: After, passiveRequired: boolean, when: boolean][] = [
    // The verbal noun -ma/-mə, only with an ending after it (a bare "-ma" ends "firma", "panorama").
    [['ma', 'me'], 'any', false, stem !== word],
    [['acaq', 'ecek'], 'C', false, true],
    [['yacaq', 'yecek'], 'V', false, true],
    [['acag', 'ecey'], 'C', false, vowelNext],
    [['yacag', 'yecey'], 'V', false, vowelNext],
    [['diq', 'dik', 'duq', 'duk'], 'any', false, true],
    [['dig', 'diy', 'dug', 'duy'], 'any', false, vowelNext],
    [['an', 'en'], 'any', true, true],
  ];
  for (const [texts, after, passiveRequired, when] of candidates) {
    if (!when) continue;
    for (const text of texts) {
      const verb = strip(stem, { text, after, min: 1 });
      if (verb === null) continue;
      const prefix = verbPrefix(verb, MIN_STEM, passiveRequired);
      if (prefix !== null) return verbAlternatives(prefix, word);
    }
  }
  return null;
}

/**
 * etmək and getmək, the one-syllable verbs with t ↔ d: t before a consonant, d before a vowel. Their stems are
 * too short to be prefixes, so each shape is given with the letters that follow it.
 */
const T_D_VERBS = [
  { t: 'et', d: 'ed', extra: [] as string[] },
  { t: 'get', d: 'ged', extra: ['is'] }, // gediş
];
const AFTER_T = ['m', 'd', 's']; // etmək, etmiş, etdi, etsə, etsin
const AFTER_D = ['ir', 'ib', 'il', 'en', 'ec', 'er']; // edir, edib, edilib, edən, edəcək, edərək

function tdVerb(word: string): string[] | null {
  for (const { t, d, extra } of T_D_VERBS) {
    const afterD = [...AFTER_D, ...extra];
    const isForm =
      word === t ||
      (word.startsWith(t) && AFTER_T.includes(word[t.length]!)) ||
      (word.startsWith(d) && afterD.includes(word.slice(d.length, d.length + 2)));
    if (isForm) return [...AFTER_T.map((c) => t + c), ...afterD.map((e) => d + e)];
  }
  return null;
}

// ---- Alternations ----

function nounAlternatives(stem: string, word: string): string[] {
  const dropped = BY_DROPPED.get(stem);
  if (dropped) return [dropped.prefix, dropped.full];
  const out = [stem];
  const shortened = BY_FULL.get(stem);
  if (shortened) out.push(shortened);
  const last = stem.at(-1);
  const base = stem.slice(0, -1);
  if (alternates(stem, 'kq')) out.push(base + (last === 'k' ? 'y' : 'g'));
  // The y or ğ of an alternating stem, met before a vowel: the dictionary form has k or q.
  if (stem !== word && isVowel(word[stem.length]) && alternates(stem, 'yg')) out.push(base + (last === 'y' ? 'k' : 'q'));
  return out;
}

/** The alternatives, the word included, without those another alternative already covers (as its prefix). */
function finish(word: string, alternatives: string[]): string[] {
  const unique = [...new Set([...alternatives, word])].filter((a) => a === word || a.length >= MIN_PREFIX);
  return unique.filter((a) => !unique.some((b) => b !== a && a.startsWith(b)));
}

/**
 * The prefixes to search for, one of which must start a matching word, for a folded Azerbaijani query word.
 * Always non-empty; each alternative is letters a–z (or the word itself, unchanged, when it is not a plain
 * Azerbaijani word).
 */
export function azerbaijaniPrefixes(word: string): string[] {
  if (word.length < MIN_PREFIX || !/^[a-z]+$/.test(word)) return [word];
  const td = tdVerb(word);
  if (td) return finish(word, td);
  const finite = finiteVerb(word);
  if (finite) return finish(word, verbAlternatives(finite, word));
  const stem = nounStem(word);
  const verb = nonFiniteVerb(stem, word);
  if (verb) return finish(word, verb);
  return finish(word, nounAlternatives(stem, word));
}
