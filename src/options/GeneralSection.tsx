/** The settings that are one choice each: on/off, marking style, mentions, demonyms, language, theme, types. */
import { ENTITY_TYPES, LANGUAGES } from '../core/kb/schema';
import { t } from '../platform/browser';
import type { Settings } from '../settings';
import { typeLabel } from '../ui/i18n';
import type { SectionProps } from './Options';

interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A group of radio buttons under a legend. */
function Radios<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
}) {
  return (
    <fieldset class="field">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

export function GeneralSection({ settings, save }: SectionProps) {
  return (
    <>
      <section class="section" aria-labelledby="general-heading">
        <h2 id="general-heading">{t('optGeneralHeading')}</h2>
        <label class="switch">
          <input
            id="opt-enabled"
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            onChange={(event) => save({ enabled: event.currentTarget.checked })}
          />
          <span>{t('annotationsSwitch')}</span>
        </label>
        <Radios<Settings['highlightStyle']>
          name="highlightStyle"
          legend={t('optHighlightStyle')}
          value={settings.highlightStyle}
          choices={[
            { value: 'underline', label: t('optStyleUnderline') },
            { value: 'background', label: t('optStyleBackground') },
            { value: 'hover-only', label: t('optStyleHoverOnly') },
          ]}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <Radios<Settings['mentions']>
          name="mentions"
          legend={t('optMentions')}
          value={settings.mentions}
          choices={[
            { value: 'first', label: t('optMentionsFirst') },
            { value: 'every', label: t('optMentionsEvery') },
          ]}
          onChange={(mentions) => save({ mentions })}
        />
        <label class="choice">
          <input
            id="opt-demonyms"
            type="checkbox"
            checked={settings.showDemonyms}
            onChange={(event) => save({ showDemonyms: event.currentTarget.checked })}
          />
          {t('optDemonyms')}
        </label>
        <div class="field">
          <label for="opt-language">{t('optExplanationLanguage')}</label>
          <select
            id="opt-language"
            value={settings.explanationLanguage}
            onChange={(event) =>
              save({ explanationLanguage: event.currentTarget.value as Settings['explanationLanguage'] })
            }
          >
            <option value="interface">{t('optLangInterface')}</option>
            <option value="article">{t('optLangArticle')}</option>
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {t(`langName_${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <Radios<Settings['theme']>
          name="theme"
          legend={t('optTheme')}
          value={settings.theme}
          choices={[
            { value: 'system', label: t('optThemeSystem') },
            { value: 'light', label: t('optThemeLight') },
            { value: 'dark', label: t('optThemeDark') },
          ]}
          onChange={(theme) => save({ theme })}
        />
      </section>
      <section class="section" aria-labelledby="types-heading">
        <h2 id="types-heading">{t('optTypesHeading')}</h2>
        <div class="types">
          {ENTITY_TYPES.map((type) => (
            <label class="choice" key={type}>
              <input
                type="checkbox"
                name="entityTypes"
                value={type}
                checked={settings.entityTypes[type]}
                onChange={(event) =>
                  save({ entityTypes: { ...settings.entityTypes, [type]: event.currentTarget.checked } })
                }
              />
              {typeLabel(type)}
            </label>
          ))}
        </div>
      </section>
    </>
  );
}
