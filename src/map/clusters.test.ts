import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/random.mjs';
import { clusterPoints, nearestDistances, type Closeness, type PlacedPoint } from './clusters.ts';

/** The rule as first written: every close pair, nearest first, joined when the rule allows. */
function clusterByEveryPair(points: readonly PlacedPoint[], { together, near, span }: Closeness) {
  const group = points.map((_, i) => i);
  const membersOf = (g: number) => points.filter((_, i) => group[i] === g);
  const pairs = points.flatMap((a, i) =>
    points
      .map((b, j) => ({ i, j, distance: Math.hypot(a.x - b.x, a.y - b.y) }))
      .filter(({ j, distance }) => j > i && distance < Math.max(together, near)),
  );
  for (const { i, j, distance } of pairs.sort((a, b) => a.distance - b.distance)) {
    const [a, b] = [group[i]!, group[j]!];
    if (a === b) continue;
    const joined = [...membersOf(a), ...membersOf(b)];
    const extent = (values: number[]) => Math.max(...values) - Math.min(...values);
    const compact =
      Math.max(extent(joined.map((p) => p.x)), extent(joined.map((p) => p.y))) <= span;
    if (distance < together || (distance < near && compact)) {
      group.forEach((g, k) => {
        if (g === b) group[k] = a;
      });
    }
  }
  return [...new Set(group)].map((g) => membersOf(g).map((point) => point.id));
}

describe('clusters of stacked pins', () => {
  const stacked = { together: 24, near: 24, span: 0 };

  it('gathers points closer than a target into one, chains included, and leaves the rest alone', () => {
    const clusters = clusterPoints(
      [
        { id: 'singapore', x: 100, y: 100 },
        { id: 'johor', x: 100.5, y: 99 },
        { id: 'hong-kong', x: 200, y: 50 },
        { id: 'shenzhen', x: 199, y: 48 },
        { id: 'guangzhou', x: 190, y: 30 },
        { id: 'tokyo', x: 400, y: 20 },
      ],
      stacked,
    );
    expect(clusters.map((cluster) => cluster.ids)).toEqual([
      ['singapore', 'johor'],
      ['hong-kong', 'shenzhen', 'guangzhou'],
      ['tokyo'],
    ]);
    expect(clusters[0]).toMatchObject({ x: 100.25, y: 99.5 });
  });

  it('splits a cluster once the map is zoomed in far enough', () => {
    const at = (scale: number) =>
      clusterPoints(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 10 * scale, y: 0 },
        ],
        stacked,
      ).length;
    expect(at(1)).toBe(1);
    expect(at(4)).toBe(2);
  });

  it('gathers merely near points only into compact clusters, nearest first, never chaining across a continent', () => {
    // Ten pins in a row, 30 px apart: all near their neighbours, none together.
    const row = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, x: i * 30, y: 0 }));
    const clusters = clusterPoints(row, { together: 24, near: 44, span: 88 });
    expect(clusters.length).toBeGreaterThan(1);
    for (const cluster of clusters) {
      const xs = cluster.ids.map((id) => row.find((point) => point.id === id)!.x);
      expect(Math.max(...xs) - Math.min(...xs)).toBeLessThanOrEqual(88);
    }
    // Points closer than `together` gather whatever the span.
    const tight = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, x: i * 20, y: 0 }));
    expect(clusterPoints(tight, { together: 24, near: 44, span: 88 })).toHaveLength(1);
  });

  it('gathers exactly as joining every close pair nearest first would, crowds and chains included', () => {
    const random = seededRandom(20);
    for (const closeness of [
      { together: 12, near: 12, span: 0 },
      { together: 24, near: 44, span: 88 },
    ]) {
      for (let round = 0; round < 20; round++) {
        // Dense enough for chains, crowds and lone pins in one box.
        const points = Array.from({ length: 120 }, (_, i) => ({
          id: `p${i}`,
          x: random() * 400 - 50,
          y: random() * 300 - 50,
        }));
        expect(clusterPoints(points, closeness).map((cluster) => cluster.ids)).toEqual(
          clusterByEveryPair(points, closeness),
        );
      }
    }
  });

  it('measures how far each point is from its nearest neighbour, up to a limit', () => {
    expect(
      nearestDistances(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 6, y: 8 },
          { id: 'c', x: 300, y: 0 },
        ],
        24,
      ),
    ).toEqual([10, 10, 24]);
  });
});
