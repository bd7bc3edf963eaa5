import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef, useState } from 'react';
import { api, query } from '../api';
import { Load } from '../components';
import { href, useLoad } from '../hooks';
import { Graph, GraphNode } from '../types';

cytoscape.use(dagre);

const COLORS: Record<string, string> = {
  asset: '#7c3aed',
  fixture: '#9333ea',
  dataset: '#0369a1',
  run: '#b45309',
  job: '#4b5563',
  artifact: '#047857',
};

/** Where a node's own page is; artifacts and jobs have none, so the graph re-centres on them. */
export function pageOf(id: string): string {
  const [kind, ...rest] = id.split(':');
  const key = rest.join(':');
  if (kind === 'dataset') return href('datasets', key);
  if (kind === 'run') return href('runs', key);
  if (kind === 'asset' || kind === 'fixture') return href('instruments', kind, key);
  return href('lineage', id);
}

function labelOf(node: GraphNode): string {
  const name = ['title', 'name', 'command', 'path'].map((k) => node[k]).find((v) => typeof v === 'string') as
    string | undefined;
  const [kind, ...rest] = node.id.split(':');
  const key = rest.join(':');
  return `${kind}\n${name ? name.slice(0, 28) : key.length > 14 ? `${key.slice(0, 12)}…` : key}`;
}

function GraphCanvas({ graph, start }: { graph: Graph; start: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: { id: n.id, label: labelOf(n), kind: n.kind, start: n.id === start ? 'yes' : 'no' },
        })),
        ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.kind } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'font-size': 10,
            'text-valign': 'center',
            color: '#fff',
            width: 110,
            height: 40,
            shape: 'round-rectangle',
            'background-color': (n: cytoscape.NodeSingular) => COLORS[n.data('kind') as string] ?? '#334155',
          },
        },
        { selector: 'node[start = "yes"]', style: { 'border-width': 3, 'border-color': '#f59e0b' } },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-size': 9,
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            width: 1.5,
            'line-color': '#94a3b8',
            'target-arrow-color': '#94a3b8',
            'text-background-color': '#fff',
            'text-background-opacity': 1,
          },
        },
      ],
      layout: { name: 'dagre', rankDir: 'LR', nodeSep: 20, rankSep: 60 } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
    });
    cy.on('tap', 'node', (event) => {
      window.location.hash = pageOf(event.target.id() as string);
    });
    // What was drawn, for assistive tech summaries and for tests reading the picture's content.
    container.current.dataset.nodeIds = cy
      .nodes()
      .map((n) => n.id())
      .join(' ');
    return () => cy.destroy();
  }, [graph, start]);
  return (
    <div ref={container} className="graph" role="img" aria-label={`lineage graph of ${graph.nodes.length} nodes`} />
  );
}

export function LineageView({ node }: { node?: string }) {
  const [input, setInput] = useState(node ?? '');
  const [direction, setDirection] = useState<'upstream' | 'downstream' | 'both'>('both');
  const [depth, setDepth] = useState(5);
  useEffect(() => setInput(node ?? ''), [node]);
  const graph = useLoad(
    () => (node ? api.get<Graph>(`/v1/lineage/graph${query({ node, direction, depth })}`) : Promise.resolve(undefined)),
    [node, direction, depth],
  );
  return (
    <section aria-labelledby="lineage-h">
      <h2 id="lineage-h">Lineage</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.hash = href('lineage', input.trim());
        }}
      >
        <label>
          Node{' '}
          <input
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder="dataset:<id>, artifact:sha256:<hex>, job:<uid>…"
            size={44}
          />
        </label>
        <label>
          Direction{' '}
          <select value={direction} onChange={(e) => setDirection(e.target.value as typeof direction)}>
            <option value="upstream">up (where it came from)</option>
            <option value="downstream">down (what came of it)</option>
            <option value="both">both</option>
          </select>
        </label>
        <label>
          Depth{' '}
          <input
            type="number"
            min={1}
            max={50}
            value={depth}
            onChange={(e) => setDepth(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
          />
        </label>
        <button type="submit">Draw</button>
      </form>
      {!node ? (
        <p className="muted">
          Give a node to start from, or open one from a dataset, run, instrument or artifact page.
        </p>
      ) : (
        <Load loaded={graph}>
          {(g) =>
            g ? (
              <>
                {g.truncated ? <p className="muted">The walk stopped at the server’s node limit.</p> : null}
                <GraphCanvas graph={g} start={node} />
                <h3>Nodes</h3>
                <ul className="node-list">
                  {g.nodes.map((n) => (
                    <li key={n.id}>
                      <a href={pageOf(n.id)}>{n.id}</a> <span className="muted">{n.kind}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null
          }
        </Load>
      )}
    </section>
  );
}
