/** An API value (flat-tyre, life-safety, ...) as an ICU select key (flat_tyre): keys take no hyphens. */
export const selectKey = (value: string) => value.replace(/-/g, '_');
