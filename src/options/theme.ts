/** The UI language as one of the pack languages (for titles of packs and the glossary language default). */
export function uiLanguage(language: string): 'nl' | 'en' | 'fr' | 'de' {
  const code = language.slice(0, 2).toLowerCase();
  return code === 'nl' || code === 'fr' || code === 'de' ? code : 'en';
}
