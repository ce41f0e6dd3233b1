// GB/T 4754 行业 and GB/T 2260 行政区划 look-ups (pure: no node or electron imports).
// The renderer imports region.ts lazily (its table is the larger one); see README.md.
export * from './industry';
export * from './region';
