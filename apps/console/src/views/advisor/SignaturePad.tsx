// The customer's signature, drawn with a finger, pen or mouse on a <canvas> (pointer events). After
// each stroke the drawing is handed on as a PNG (white background, so it prints); "Clear" starts over.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useI18n } from '../../i18n/I18n';

const WIDTH = 480;
const HEIGHT = 160;

export function SignaturePad(props: { onChange: (png: Blob | null) => void; testId?: string }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [signed, setSigned] = useState(false);

  function blank() {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.strokeStyle = '#123';
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
  }
  useEffect(blank, []);

  /** The pointer's position in canvas pixels (the canvas may be scaled by CSS). */
  function pointOf(e: PointerEvent<HTMLCanvasElement>) {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * WIDTH) / r.width, y: ((e.clientY - r.top) * HEIGHT) / r.height };
  }

  function down(e: PointerEvent<HTMLCanvasElement>) {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = pointOf(e);
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    ctx.lineTo(p.x + 0.1, p.y + 0.1);
    ctx.stroke();
  }
  function move(e: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    const p = pointOf(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }
  function up(e: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    drawing.current = false;
    setSigned(true);
    e.currentTarget.toBlob((png) => props.onChange(png), 'image/png');
  }
  function clear() {
    blank();
    setSigned(false);
    props.onChange(null);
  }

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t('reception.signature.canvas')}
        data-testid={props.testId ?? 'signature-pad'}
        style={{
          border: '1px solid #889',
          borderRadius: 4,
          touchAction: 'none',
          maxWidth: '100%',
          background: '#fff',
        }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div>
        <span className="muted" data-testid="signature-state">
          {signed ? t('reception.signature.signed') : t('reception.signature.unsigned')}
        </span>{' '}
        <button type="button" onClick={clear} disabled={!signed}>
          {t('reception.signature.clear')}
        </button>
      </div>
    </div>
  );
}
