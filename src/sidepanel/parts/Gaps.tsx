/** Names the extension could not explain, so the reader knows what is missing. */
import { t } from '../../ui/i18n';

export function Gaps({ gaps }: { gaps: string[] }) {
  if (gaps.length === 0) return null;
  return (
    <section class="panel__section" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading" class="section__heading">
        {t('gapsHeading')}
      </h2>
      <p class="muted section__intro">{t('gapsIntro')}</p>
      <ul class="gaps" data-part="gaps">
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    </section>
  );
}
