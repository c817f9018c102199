// The offline map of the rescue desk: an SVG canvas with a simple grid (no tiles), the service
// centres as squares and the rescue calls as circles, placed by their coordinates through a linear
// projection of the box. The list beside it is the keyboard path; clicking a call selects it too.
import { type Rescue, type ServiceCentre } from '../../api/types';
import { useI18n } from '../../i18n/I18n';
import { selectKey } from './labels';
import { projectionOf, type GeoPoint } from './geo';

const BOX = { width: 560, height: 420, padding: 36 };
const GRID = 6;

const TONE: Record<Rescue['status'], string> = {
  REQUESTED: '#a32020',
  DISPATCHED: '#b7791f',
  ON_SITE: '#2b6cb0',
  RESOLVED: '#2f855a',
  TOWED_IN: '#2f855a',
  CANCELLED: '#718096',
};

export function RescueMap(props: {
  rescues: readonly Rescue[];
  centres: readonly ServiceCentre[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  suggestedCentreId?: string;
}) {
  const { t, number } = useI18n();
  const points: GeoPoint[] = [
    ...props.centres.flatMap((c) => (c.location ? [c.location] : [])),
    ...props.rescues.flatMap((r) => (r.location ? [r.location] : [])),
  ];
  const { project, bounds } = projectionOf(points, BOX);
  const lines = Array.from({ length: GRID + 1 }, (_, i) => i / GRID);
  const w = BOX.width - 2 * BOX.padding;
  const h = BOX.height - 2 * BOX.padding;
  const fmt = (v: number) => number(v, { maximumFractionDigits: 2 });
  return (
    <svg
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      width="100%"
      role="img"
      aria-labelledby="rescue-map-title"
      data-testid="rescue-map"
      style={{ maxWidth: BOX.width, background: '#f7f9fb', border: '1px solid #dde2e9' }}
    >
      <title id="rescue-map-title">
        {t('rescue.map.title', { centres: props.centres.length, calls: props.rescues.length })}
      </title>
      {lines.map((f) => (
        <g key={f} stroke="#dde2e9" strokeWidth={1}>
          <line x1={BOX.padding + f * w} y1={BOX.padding} x2={BOX.padding + f * w} y2={BOX.padding + h} />
          <line x1={BOX.padding} y1={BOX.padding + f * h} x2={BOX.padding + w} y2={BOX.padding + f * h} />
        </g>
      ))}
      <g fontSize={10} fill="#5a6475">
        <text x={BOX.padding} y={BOX.height - 10}>
          {fmt(bounds.minLon)}°
        </text>
        <text x={BOX.width - BOX.padding} y={BOX.height - 10} textAnchor="end">
          {fmt(bounds.maxLon)}°
        </text>
        <text x={4} y={BOX.padding + 4}>
          {fmt(bounds.maxLat)}°
        </text>
        <text x={4} y={BOX.padding + h}>
          {fmt(bounds.minLat)}°
        </text>
      </g>
      {props.centres.map((c) => {
        if (!c.location) return null;
        const { x, y } = project(c.location);
        const suggested = c.id === props.suggestedCentreId;
        return (
          <g key={c.id} data-testid={`map-centre-${c.id}`}>
            <rect
              x={x - 6}
              y={y - 6}
              width={12}
              height={12}
              fill={c.type === 'partner-workshop' ? '#805ad5' : '#1a365d'}
              stroke={suggested ? '#d69e2e' : 'none'}
              strokeWidth={suggested ? 3 : 0}
            />
            {/* Labels of centres in the right half go to the left of the square, inside the box. */}
            <text
              x={x > BOX.width / 2 ? x - 9 : x + 9}
              y={y + 4}
              fontSize={11}
              fill="#1a202c"
              textAnchor={x > BOX.width / 2 ? 'end' : 'start'}
            >
              {c.name}
            </text>
          </g>
        );
      })}
      {props.rescues.map((r) => {
        if (!r.location) return null;
        const { x, y } = project(r.location);
        const selected = r.id === props.selected;
        return (
          <circle
            key={r.id}
            cx={x}
            cy={y}
            r={selected ? 9 : 6}
            fill={TONE[r.status]}
            stroke={selected ? '#000' : '#fff'}
            strokeWidth={2}
            onClick={() => props.onSelect(r.id)}
            style={{ cursor: 'pointer' }}
            data-testid={`map-rescue-${r.id}`}
          >
            <title>
              {t('rescue.map.call', {
                problem: t('rescue.problem', { problem: selectKey(r.problem) }),
                status: t('rescue.status', { status: r.status }),
              })}
            </title>
          </circle>
        );
      })}
    </svg>
  );
}
