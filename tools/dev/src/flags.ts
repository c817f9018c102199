// `npm run dev -- [--speed <sim s per real s>] [--days <n>] [--seed <n>] [--no-sim]` (pure).

export interface DevFlags {
  /** Simulated seconds per real second. */
  speed: number;
  days: number;
  seed: number;
  sim: boolean;
}

/** 7 simulated days in about 5 minutes (the platform on 2 cores keeps up with the Monday peak). */
export const DEFAULT_SPEED = 2_000;

export function parseFlags(argv: readonly string[]): DevFlags {
  const flags: DevFlags = { speed: DEFAULT_SPEED, days: 7, seed: 1, sim: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      const n = Number(v);
      if (v === undefined || !Number.isFinite(n) || n <= 0)
        throw new Error(`${name} needs a positive number (got ${v ?? 'nothing'})`);
      return n;
    };
    if (name === '--no-sim') flags.sim = false;
    else if (name === '--speed') flags.speed = value();
    else if (name === '--days') flags.days = Math.ceil(value());
    else if (name === '--seed') flags.seed = Math.floor(value());
    else throw new Error(`unknown option ${arg}; options: --speed <n>, --days <n>, --seed <n>, --no-sim`);
  }
  if (flags.days > 28) throw new Error('--days: at most 28');
  return flags;
}
