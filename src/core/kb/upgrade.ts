/**
 * Version 1 packs (readers' glossaries made before statements) upgraded to version 2 on load, losing nothing:
 *  - every fact becomes a `note` statement: its key as the statement's label and its value as text, in English (the
 *    language version 1 asked facts to be written in), with its dates;
 *  - coordinates become a `coordinates` statement;
 *  - every name keeps matching in articles of every language, as version 1 matched them: the pack is marked
 *    `anyLanguage`, and its names, and the places errors point to, stay as the reader wrote them.
 */
import type { Entity, Pack, PackV1, Statement } from './schema';

type EntityV1 = PackV1['entities'][number];

function factStatement(fact: EntityV1['facts'][number]): Statement {
  const statement: Statement = {
    property: 'note',
    label: { en: fact.key },
    value: { text: { en: fact.value } },
    asOf: fact.asOf,
  };
  if (fact.from) statement.start = fact.from;
  if (fact.to) statement.end = fact.to;
  return statement;
}

export function upgradeEntity(entity: EntityV1): Entity {
  const { facts, coordinates, ...rest } = entity;
  const statements = facts.map(factStatement);
  if (coordinates) statements.push({ property: 'coordinates', value: { coordinates } });
  return { ...rest, statements, adjective: {} };
}

/** A valid version 1 pack as the version 2 pack it means. */
export function upgradePack(pack: PackV1): Pack {
  return { ...pack, version: 2, anyLanguage: true, classes: [], entities: pack.entities.map(upgradeEntity) };
}
