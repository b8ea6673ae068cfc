export { followLanguageOnDocument } from "./direction";
export { changeLanguage, currentLanguage, directionOf, hasText, initI18n, loadNamespaces } from "./i18n";
export { LANGUAGE_NAMES, type LanguageName } from "./languageNames";
export {
  isLanguageCode,
  LANGUAGES,
  type LanguageCode,
  preferredLanguage,
  SOURCE_LANGUAGE,
} from "./languages";
export { type TranslationReview, translationReviews } from "./translationReviews";
export { translatorFor } from "./translatorFor";
export { type AppT, frenchT, type Translation, useT } from "./useT";
