/**
 * Two peers' warm scans, alternated in one process on the same article: the figure the "n times the best peer"
 * claim rests on. Peers measured in separate processes, one after the other, each meet the machine in its own mood
 * (on this 2-core VM the same run varies up to 2×); alternating scan by scan, both meet the same moments.
 */
import type { Peer } from './peers';
import { median, time } from './timing';

export interface DuelResult {
  /** Median ms per scan of each peer, and how many scans each ran. */
  oursMs: number;
  theirsMs: number;
  rounds: number;
}

/** Warms both peers up, then scans `article` with each in turn, `rounds` times; batches of `batch` scans per turn. */
export function warmDuel(ours: Peer, theirs: Peer, article: string, rounds: number, batch = 1): DuelResult {
  for (let k = 0; k < 30; k++) {
    ours.scan(article);
    theirs.scan(article);
  }
  const turn = (peer: Peer) =>
    time(() => {
      for (let k = 0; k < batch; k++) peer.scan(article);
    })[1] / batch;
  const oursTimes: number[] = [];
  const theirsTimes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Who goes first alternates too, so neither always runs on the other's leftovers (caches, a pending GC).
    if (round % 2 === 0) {
      oursTimes.push(turn(ours));
      theirsTimes.push(turn(theirs));
    } else {
      theirsTimes.push(turn(theirs));
      oursTimes.push(turn(ours));
    }
  }
  return { oursMs: median(oursTimes), theirsMs: median(theirsTimes), rounds };
}
