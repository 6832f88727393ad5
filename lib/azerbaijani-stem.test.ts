import { describe, expect, it } from 'vitest';
import { azerbaijaniPrefixes } from './azerbaijani-stem';
import { fold } from './search-text';

/** The prefixes of a word as typed (folded first, as queryTerms does). */
const prefixes = (word: string) => azerbaijaniPrefixes(fold(word));
/** Whether a query word finds a word of the text (one of its prefixes starts the folded word). */
const finds = (query: string, word: string) => prefixes(query).some((p) => fold(word).startsWith(p));

/** Dictionary form → inflected forms, written from the rules of the language. */
const families: Record<string, string[]> = {
  // k → y before a vowel
  səfirlik: ['səfirliyində', 'səfirliyi', 'səfirliklər', 'səfirliyin', 'səfirlikdə', 'səfirliyə', 'səfirliyini', 'səfirliklərin'],
  nazirlik: ['nazirliyi', 'nazirliyin', 'nazirlikdə', 'nazirliyə'],
  kömək: ['köməyi', 'köməyə', 'köməklə'],
  ürək: ['ürəyi', 'ürəkdən', 'ürəklər'],
  gələcək: ['gələcəyi', 'gələcəkdə', 'gələcəyə'],
  // q → ğ before a vowel
  bayraq: ['bayrağı', 'bayrağa', 'bayraqlar', 'bayraqda', 'bayrağın'],
  uşaq: ['uşağı', 'uşaqlar', 'uşağa', 'uşaqların'],
  anmaq: ['anmağa', 'anmağı', 'anmaqda', 'anmaqla'],
  // vowel-final stems: buffer y, n, s
  fotosərgi: ['fotosərgidə', 'fotosərgisi', 'fotosərgiyə', 'fotosərgilər', 'fotosərginin', 'fotosərgini'],
  qələbə: ['Qələbənin', 'qələbəyə', 'qələbədə', 'qələbələr', 'qələbəsi'],
  ölkə: ['ölkədə', 'ölkənin', 'ölkəyə', 'ölkələr', 'ölkəmiz', 'ölkəsi', 'ölkəni', 'ölkələrin', 'ölkəmizdə'],
  Bakı: ['Bakıda', 'Bakının', 'Bakıya', 'Bakıdan'],
  xatirə: ['xatirəsi', 'xatirəsinə', 'xatirəni'],
  faciə: ['faciəsi', 'faciəsinin', 'faciənin'],
  müharibə: ['müharibəsi', 'müharibədə', 'müharibəsində'],
  // consonant-final stems
  kitab: ['kitabı', 'kitabda', 'kitablar', 'kitabın', 'kitaba', 'kitabları', 'kitablarda', 'kitabımız', 'kitabla'],
  şəhər: ['şəhərdə', 'şəhərin', 'şəhərlər', 'şəhəri', 'şəhərə', 'şəhərdən', 'şəhərdir'],
  bayram: ['bayramı', 'bayramda', 'bayramlar', 'bayrama', 'bayramın', 'bayramadək'],
  dövlət: ['dövlətin', 'dövlətlər', 'dövləti', 'dövlətə'],
  tədbir: ['tədbirdə', 'tədbirin', 'tədbirlər', 'tədbiri', 'tədbirlərinin'],
  Qazaxıstan: ['Qazaxıstanda', 'Qazaxıstandakı', 'Qazaxıstanın', 'Qazaxıstandan'],
  ildönümü: ['ildönümünə', 'ildönümündə'],
  sükut: ['sükutla', 'sükutu'],
  xalq: ['xalqına', 'xalqımız', 'xalqımızın'],
  əsas: ['əsasında', 'əsaslar', 'əsası'],
  // verbs
  keçirmək: ['keçirilib', 'keçirilir', 'keçirir', 'keçirilən', 'keçirdiyi', 'keçirilməsi', 'keçiriləcək', 'keçirilmişdir'],
  başlamaq: ['başlayıb', 'başlayır', 'başlanıb', 'başlaması', 'başlamağa', 'başlayacaq'],
  etmək: ['edir', 'edib', 'edilib', 'etdi', 'edəcək', 'edən', 'etməyə', 'etdiyi', 'edilməsi'],
  getmək: ['gedir', 'getdi', 'gedəcək', 'gedən', 'gediş'],
  yaratmaq: ['yaradılıb', 'yaradılması', 'yaradılan'],
  qayıtmaq: ['qayıdıb', 'qayıdacaq', 'qayıtdı'],
  vurğulamaq: ['vurğulayıb', 'vurğulayır'],
  // nouns that drop a vowel
  fikir: ['fikri', 'fikrini', 'fikirlər'],
  şəkil: ['şəkli', 'şəkillər', 'şəkildə'],
  oğul: ['oğlu', 'oğlunu'],
};

/**
 * Forms found from the dictionary form but not the other way, by rules kept out on purpose: the past outside the
 * passive (qayıtdı), and a single vowel after a 4-letter stem (əsası: the rule that keeps "sərgi" whole).
 */
const oneWay = new Set(['qayıtdı', 'əsası']);

describe('azerbaijaniPrefixes', () => {
  const pairs = Object.entries(families).flatMap(([word, forms]) => forms.map((form) => [word, form] as const));

  it('has a word list of at least 50 inflected forms', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(50);
  });

  it.each(pairs)('the dictionary form %s finds %s', (word, form) => {
    expect(finds(word, form), `${prefixes(word).join(' | ')} ⊄ ${fold(form)}`).toBe(true);
  });

  it.each(pairs.filter(([, form]) => !oneWay.has(form)))('%s is found by its form %s', (word, form) => {
    expect(finds(form, word), `${prefixes(form).join(' | ')} ⊄ ${fold(word)}`).toBe(true);
  });

  it('an inflected form finds the other inflected forms of its word', () => {
    const misses: string[] = [];
    for (const forms of Object.values(families)) {
      for (const a of forms) for (const b of forms) if (!oneWay.has(a) && !finds(a, b)) misses.push(`${a} → ${b} (${prefixes(a).join(' | ')})`);
    }
    expect(misses).toEqual([]);
  });

  it('gives the stem and its alternant, the dictionary form and the inflected stem', () => {
    expect(prefixes('səfirlik')).toEqual(['sefirlik', 'sefirliy']);
    expect(prefixes('səfirliyində')).toEqual(['sefirliy', 'sefirlik']);
    expect(prefixes('anmaq')).toEqual(['anmaq', 'anmag']);
    expect(prefixes('bayrağı')).toEqual(['bayrag', 'bayraq']);
    expect(prefixes('fotosərgisi')).toEqual(['fotosergi']);
    expect(prefixes('keçirilib')).toEqual(['kecir']);
    expect(prefixes('yaradılıb')).toEqual(['yarad', 'yarat']);
    expect(prefixes('ağzı')).toEqual(['agz', 'agiz']);
    expect(prefixes('Qazaxıstandakı')).toEqual(['qazaxistan']);
  });

  it('never makes a 1–2 letter prefix, and leaves short words, numbers and other scripts alone', () => {
    for (const word of ['evdə', 'evlər', 'ilə', 'anı', 'ata', 'ev', 'et', 'də', 'ildə', 'sözü', 'olmaq', 'almaq', 'etmək', 'su', 'o']) {
      const all = prefixes(word);
      expect(all.every((p) => p.length >= 3 || p === fold(word)), `${word}: ${all.join(' | ')}`).toBe(true);
    }
    expect(prefixes('evdə')).toEqual(['evde']);
    expect(prefixes('ilə')).toEqual(['ile']);
    expect(prefixes('ev')).toEqual(['ev']);
    expect(prefixes('et')).toEqual(['et']);
    expect(prefixes('dəniz')).toEqual(['deniz']); // not "də" + 2nd person plural "-niz"
    expect(prefixes('respublika')).toEqual(['respublika']);
    expect(azerbaijaniPrefixes('20')).toEqual(['20']);
    expect(azerbaijaniPrefixes('36ci')).toEqual(['36ci']);
    expect(azerbaijaniPrefixes('посольство')).toEqual(['посольство']);
    for (const [word, forms] of Object.entries(families)) {
      for (const w of [word, ...forms]) expect(prefixes(w).every((p) => p.length >= 3), w).toBe(true);
    }
  });

  it('does not take the end of a word for an ending when that would find unrelated words', () => {
    const unrelated: [query: string, word: string][] = [
      ['olmaq', 'olan'], // a 2-letter verb stem is not used alone
      ['almaq', 'Almaniya'],
      ['anmaq', 'ana'],
      ['etmək', 'ətraf'],
      ['etmək', 'ədəbiyyat'],
      ['etmək', 'ədəd'],
      ['qayda', 'qayıtmaq'], // "qay" + "da" would leave 3 letters
      ['istifadə', 'istifa'], // "-də" cannot follow a back vowel
      ['məsələ', 'meşə'], // "-lə" needs a 5-letter stem
      ['dollar', 'dolu'],
      ['qanun', 'qan'],
      ['məktub', 'məktəb'], // "-ub" cannot follow ə
      ['tədbir', 'tədris'], // "-ir" needs a 5-letter stem
      ['sərgi', 'Sergey'], // a single vowel needs a 5-letter stem
      ['kürsü', 'kurs'],
      ['siyasi', 'siyahı'],
      ['dəqiqə', 'dəqiq'], // the k/q would have alternated
      ['ehtimalı', 'ehtiyac'],
      ['beyin', 'beynəlxalq'], // vowel dropping only for the listed nouns
      ['insanın', 'inşaat'],
      ['qadının', 'qadağa'],
      ['köməyə', 'komediya'],
      ['çevriləcək', 'çevrə'],
    ];
    for (const [query, word] of unrelated) expect(finds(query, word), `${query} → ${prefixes(query).join(' | ')} finds ${word}`).toBe(false);
  });
});
