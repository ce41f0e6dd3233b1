import { useEffect, useState } from 'react';
import type * as RegionTable from '@shared/classifications/region';

// The GB/T 2260 table is the larger of the two classifications: the partner screens load it on
// first use instead of with the app (a separate chunk in the build).

export type RegionModule = typeof RegionTable;

let loaded: RegionModule | null = null;
let loading: Promise<RegionModule> | null = null;

export function loadRegions(): Promise<RegionModule> {
  loading ??= import('@shared/classifications/region').then((m) => (loaded = m));
  return loading;
}

/** The region look-ups, or null until the chunk has loaded. */
export function useRegions(): RegionModule | null {
  const [regions, setRegions] = useState<RegionModule | null>(loaded);
  useEffect(() => {
    if (regions) return;
    let live = true;
    void loadRegions().then((m) => {
      if (live) setRegions(m);
    });
    return () => {
      live = false;
    };
  }, [regions]);
  return regions;
}
