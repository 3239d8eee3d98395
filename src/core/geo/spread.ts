/** Keeping markers apart: places a few kilometres from each other would otherwise be one dot. */

/** A marker position in pixels. */
export interface Spot {
  x: number;
  y: number;
}

/**
 * Moves markers closer than `minDistance` pixels apart onto a small circle around their common centre, in
 * their original order clockwise from the top, so each stays hoverable and clickable. Markers that already
 * stand apart do not move. A cluster is every marker linked to another by a chain of close pairs (Yarmouk,
 * Tadamoun and Hajar al-Aswad on a map of Syria). Returns new spots in the input's order.
 */
export function spreadMarkers<T extends Spot>(markers: readonly T[], minDistance: number): T[] {
  const parent = markers.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < markers.length; i++) {
    for (let j = i + 1; j < markers.length; j++) {
      const a = markers[i]!;
      const b = markers[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < minDistance) parent[root(j)] = root(i);
    }
  }
  const clusters = new Map<number, number[]>();
  markers.forEach((_, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), i]));
  const out = markers.map((marker) => ({ ...marker }));
  for (const members of clusters.values()) {
    const n = members.length;
    if (n < 2) continue;
    const cx = members.reduce((sum, i) => sum + markers[i]!.x, 0) / n;
    const cy = members.reduce((sum, i) => sum + markers[i]!.y, 0) / n;
    // Neighbours on a regular polygon are 2·r·sin(π/n) apart: choose r so that this is minDistance.
    const radius = minDistance / (2 * Math.sin(Math.PI / n));
    members.forEach((index, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
      out[index]!.x = cx + radius * Math.cos(angle);
      out[index]!.y = cy + radius * Math.sin(angle);
    });
  }
  return out;
}
