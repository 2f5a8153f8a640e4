"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A row of tabs wider than the screen: keeps the active tab (aria-current) in view, and fades the
 * edge where more tabs hide, so that a phone shows there is more to scroll to.
 */
export function TabScroller({ children, label }: { children: ReactNode; label: string }) {
  const ref = useRef<HTMLElement>(null);
  const [edges, setEdges] = useState({ start: false, end: false });
  useEffect(() => {
    const nav = ref.current;
    if (!nav) return;
    const active = nav.querySelector<HTMLElement>("[aria-current=page]");
    if (active) nav.scrollLeft = active.offsetLeft - (nav.clientWidth - active.offsetWidth) / 2;
    const update = () => setEdges({ start: nav.scrollLeft > 4, end: nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 4 });
    update();
    nav.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update);
    return () => {
      nav.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, []);
  const mask = edges.start && edges.end ? "[mask-image:linear-gradient(to_right,transparent,black_2rem,black_calc(100%-2rem),transparent)]" : edges.end ? "[mask-image:linear-gradient(to_right,black_calc(100%-2rem),transparent)]" : edges.start ? "[mask-image:linear-gradient(to_right,transparent,black_2rem)]" : "";
  return (
    <nav ref={ref} aria-label={label} className={`mb-4 overflow-x-auto pb-1 ${mask}`} data-overflow-end={edges.end}>
      {children}
    </nav>
  );
}
