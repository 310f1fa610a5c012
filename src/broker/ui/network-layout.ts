/** Places pacticipants in columns for the network diagram: consumers left of their providers. */

/** A directed edge: the consumer depends on the provider. */
export interface NetworkEdge {
  readonly consumer: string;
  readonly provider: string;
}

/** A node's box, in SVG user units. */
export interface PlacedNode {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Taller for nodes with many edges, so that each edge has its own anchor and label row. */
  readonly height: number;
}

/** Node box size and spacing of {@link layoutNetwork}. */
export const nodeBox = {
  width: 190,
  minHeight: 40,
  perEdge: 16,
  columnGap: 150,
  rowGap: 30,
  margin: 20,
} as const;

/**
 * Columns by longest consumer chain (a cycle stops growing after as many rounds as there are
 * nodes), rows by name; returns the nodes and the drawing's size.
 *
 * @example
 * layoutNetwork(['web', 'orders'], [{ consumer: 'web', provider: 'orders' }]).nodes; // web in column 0
 */
export function layoutNetwork(
  names: readonly string[],
  edges: readonly NetworkEdge[],
): { nodes: PlacedNode[]; width: number; height: number } {
  const depth = depthsOf(names, edges);
  const columns = Map.groupBy([...names].sort(), (name) => depth.get(name) ?? 0);
  const { width, minHeight, perEdge, columnGap, rowGap, margin } = nodeBox;
  const heightOf = (name: string) => {
    const out = edges.filter((edge) => edge.consumer === name).length;
    const into = edges.filter((edge) => edge.provider === name).length;
    return Math.max(minHeight, perEdge * (Math.max(out, into) + 1));
  };
  const nodes: PlacedNode[] = [];
  let bottom = 0;
  let columnCount = 0;
  for (const [column, members] of columns) {
    columnCount = Math.max(columnCount, column + 1);
    let y = margin;
    for (const name of members) {
      const height = heightOf(name);
      nodes.push({ name, x: margin + column * (width + columnGap), y, height });
      y += height + rowGap;
    }
    bottom = Math.max(bottom, y - rowGap);
  }
  return {
    nodes,
    width: margin * 2 + columnCount * width + Math.max(0, columnCount - 1) * columnGap,
    height: bottom + margin,
  };
}

function depthsOf(names: readonly string[], edges: readonly NetworkEdge[]): Map<string, number> {
  const depth = new Map(names.map((name) => [name, 0]));
  for (let round = 0; round < names.length; round += 1) {
    let changed = false;
    for (const { consumer, provider } of edges) {
      const wanted = (depth.get(consumer) ?? 0) + 1;
      if (consumer !== provider && wanted > (depth.get(provider) ?? 0) && wanted < names.length) {
        depth.set(provider, wanted);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return depth;
}

/**
 * Where an edge leaves its consumer and reaches its provider: anchors spread down the boxes' sides
 * in the order of the other end, so that edges do not share an end point.
 *
 * @example
 * const { from, to } = anchorsOf(edge, edges, placed);
 */
export function anchorsOf(
  edge: NetworkEdge,
  edges: readonly NetworkEdge[],
  placed: ReadonlyMap<string, PlacedNode>,
): { from: { x: number; y: number }; to: { x: number; y: number } } | undefined {
  const source = placed.get(edge.consumer);
  const target = placed.get(edge.provider);
  if (source === undefined || target === undefined) return undefined;
  const yOf = (name: string) => placed.get(name)?.y ?? 0;
  const outgoing = edges
    .filter((item) => item.consumer === edge.consumer)
    .sort((a, b) => yOf(a.provider) - yOf(b.provider));
  const incoming = edges
    .filter((item) => item.provider === edge.provider)
    .sort((a, b) => yOf(a.consumer) - yOf(b.consumer));
  const slot = (node: PlacedNode, index: number, count: number) =>
    node.y + (node.height * (index + 1)) / (count + 1);
  const forward = target.x > source.x;
  return {
    from: { x: source.x + nodeBox.width, y: slot(source, outgoing.indexOf(edge), outgoing.length) },
    to: {
      x: forward ? target.x : target.x + nodeBox.width,
      y: slot(target, incoming.indexOf(edge), incoming.length),
    },
  };
}
