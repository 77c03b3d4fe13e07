/**
 * Pins whose touch targets would overlap gather into one cluster, so a tap can never land on a
 * neighbour: the reader picks from the cluster's list instead. Pure, so it is tested without a
 * browser; a grid of cells as wide as a target keeps it near linear in the number of pins.
 */

export interface PlacedPoint {
  id: string;
  x: number;
  y: number;
}

export interface Cluster {
  /** The members' ids, in the order they were given. */
  ids: string[];
  /** The members' centre, where the cluster's control stands. */
  x: number;
  y: number;
}

/** How close pins must be to gather. */
export interface Closeness {
  /** Closer than this, points are one cluster whatever its size (a chain of them included). */
  together: number;
  /** Closer than this, points gather too, as long as the cluster stays within `span`. */
  near: number;
  /** The widest (or tallest) a cluster may grow by gathering `near` points. */
  span: number;
}

/**
 * Groups close points, nearest pairs first. Points `together` always gather, so a target never has
 * to be smaller than that; points merely `near` gather only while the cluster stays compact, so a
 * phone's crowded continent becomes a few small lists rather than one long chain across it.
 * Points alone form clusters of one.
 */
export function clusterPoints(
  points: readonly PlacedPoint[],
  { together, near, span }: Closeness,
): Cluster[] {
  const parent = points.map((_, i) => i);
  const box = points.map((point) => ({
    left: point.x,
    right: point.x,
    top: point.y,
    bottom: point.y,
  }));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const reach = Math.max(together, near);
  const cells = cellIndex(points, reach);
  const join = (a: number, b: number) => {
    parent[b] = a;
    box[a] = {
      left: Math.min(box[a]!.left, box[b]!.left),
      right: Math.max(box[a]!.right, box[b]!.right),
      top: Math.min(box[a]!.top, box[b]!.top),
      bottom: Math.max(box[a]!.bottom, box[b]!.bottom),
    };
  };
  // Pairs `together` join whatever the order, and sorted by distance they would all come first:
  // they join at once, and only the merely near pairs, whose joining depends on what came before,
  // are sorted. A crowd of thousands under a mouse (where `near` is `together`) sorts nothing.
  const nearPairs: Array<{ i: number; j: number; distance: number }> = [];
  points.forEach((point, i) => {
    cells.around(point, (j) => {
      if (j <= i) return;
      const other = points[j]!;
      const distance = Math.hypot(other.x - point.x, other.y - point.y);
      if (distance >= reach) return;
      if (distance < together) {
        const a = find(i);
        const b = find(j);
        if (a !== b) join(a, b);
      } else {
        nearPairs.push({ i, j, distance });
      }
    });
  });
  nearPairs.sort((a, b) => a.distance - b.distance);
  for (const { i, j } of nearPairs) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const width = Math.max(box[a]!.right, box[b]!.right) - Math.min(box[a]!.left, box[b]!.left);
    const height = Math.max(box[a]!.bottom, box[b]!.bottom) - Math.min(box[a]!.top, box[b]!.top);
    if (Math.max(width, height) <= span) join(a, b);
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].map((members) => ({
    ids: members.map((i) => points[i]!.id),
    x: members.reduce((sum, i) => sum + points[i]!.x, 0) / members.length,
    y: members.reduce((sum, i) => sum + points[i]!.y, 0) / members.length,
  }));
}

/**
 * For each point, the distance to its nearest neighbour outside its own group (points of one
 * cluster share a group), or `limit` when none is nearer: how big a target can be without
 * covering the next one.
 */
export function nearestDistances(
  points: readonly PlacedPoint[],
  limit: number,
  groupOf: (point: PlacedPoint) => string | number = (point) => point.id,
): number[] {
  // Each cell holds its points by group, so a point skips its own group's at once: in a crowd of
  // thousands that is one cluster, nothing is compared with its own kind.
  const cells = new Map<number, Map<string | number, number[]>>();
  const groups = points.map(groupOf);
  points.forEach((point, i) => {
    const key = cellKey(cellOf(point.x, limit), cellOf(point.y, limit));
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = new Map()));
    const members = cell.get(groups[i]!);
    if (members) members.push(i);
    else cell.set(groups[i]!, [i]);
  });
  return points.map((point, i) => {
    let nearest = limit;
    const [cx, cy] = [cellOf(point.x, limit), cellOf(point.y, limit)];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const cell = cells.get(cellKey(cx + dx, cy + dy));
        if (!cell) continue;
        for (const [group, members] of cell) {
          if (group === groups[i]) continue;
          for (const j of members) {
            const other = points[j]!;
            nearest = Math.min(nearest, Math.hypot(other.x - point.x, other.y - point.y));
          }
        }
      }
    }
    return nearest;
  });
}

/**
 * Cells are numbered, not named: a string key per lookup was most of the cost at 10,000 pins. The
 * offset keeps every cell of a map zoomed to its deepest (a world 2^15 px wide, pins off the box
 * included) positive and apart.
 */
const CELL_OFFSET = 2 ** 20;
const cellKey = (cx: number, cy: number) => (cx + CELL_OFFSET) * 2 * CELL_OFFSET + cy + CELL_OFFSET;
const cellOf = (value: number, size: number) => Math.floor(value / size);

/** The points in square cells `size` wide, to visit a point's own and its eight neighbouring cells. */
export function cellIndex(points: readonly { x: number; y: number }[], size: number) {
  const cells = new Map<number, number[]>();
  points.forEach((point, i) => {
    const key = cellKey(cellOf(point.x, size), cellOf(point.y, size));
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  return {
    /** Calls `visit` with the index of every point within one cell of `at`. */
    around(at: { x: number; y: number }, visit: (index: number) => void): void {
      const [cx, cy] = [cellOf(at.x, size), cellOf(at.y, size)];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of cells.get(cellKey(cx + dx, cy + dy)) ?? []) visit(j);
        }
      }
    },
  };
}
