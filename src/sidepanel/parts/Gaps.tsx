/** Names the extension could not explain, so the reader knows what is missing. */
import { t } from '../../ui/i18n';
import { Section } from './Section';

export function Gaps({ gaps }: { gaps: string[] }) {
  if (gaps.length === 0) return null;
  return (
    <Section id="gaps" heading={t('gapsHeading')} count={gaps.length}>
      <p class="muted section__intro">{t('gapsIntro')}</p>
      <ul class="gaps" data-part="gaps">
        {gaps.map((gap) => (
          <li key={gap}>{gap}</li>
        ))}
      </ul>
    </Section>
  );
}
