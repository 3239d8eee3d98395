/**
 * The article's places on the offline map: countries as their shaded outlines, towns and districts as pins.
 * A country or pin selects its entity in the list.
 */
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import { countryCode, type OutlineFile } from '../../core/geo';
import { inLanguage, t } from '../../ui/i18n';
import { MiniMap, type MapPlace } from '../../ui/MiniMap';
import { Section } from './Section';
import outlineFile from '../../../assets/maps/outlines.json';

const MAP_WIDTH = 368;
const MAP_HEIGHT = 220;

interface Props {
  cards: EntityCard[];
  lang: Lang;
  selectedId: string | null;
  onSelect(entityId: string): void;
}

/** The cards the map can show, in the list's order (which is the order the arrow keys walk). */
export function mapPlaces(cards: readonly EntityCard[], lang: Lang): MapPlace[] {
  return cards
    .filter((card) => card.type === 'place' && card.coordinates)
    .map((card) => ({
      id: card.id,
      name: inLanguage(card.labels, lang) ?? card.id,
      ...card.coordinates!,
      // A country is drawn as its outline, not as a pin on its capital (the world pack's point for it).
      iso2: countryCode(card.facts),
    }));
}

export function PlacesMap({ cards, lang, selectedId, onSelect }: Props) {
  const places = mapPlaces(cards, lang);
  if (places.length === 0) return null;
  return (
    // Open at first: the map is itself a glance at where the article happens.
    <Section id="map" heading={t('mapHeading')} count={places.length} openByDefault>
      <div class="map" data-part="map">
        <MiniMap
          outlines={(outlineFile as unknown as OutlineFile).countries}
          places={places}
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          label={t('mapLabel')}
          describedBy="map-keys"
          selectedId={selectedId}
          onSelect={onSelect}
          lang={lang}
        />
      </div>
      <p id="map-keys" class="muted map__keys">
        {t('mapKeys')}
      </p>
    </Section>
  );
}
