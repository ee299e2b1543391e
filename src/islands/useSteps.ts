import { useEffect, useState } from 'preact/hooks';

/**
 * A count that rises from 0 to `last`, one step per frame, once `start` is true (0 before). An
 * effect runs after the browser has painted, so each step's work (and the layout it causes) is
 * its own short task: an island with much to show fills in over a few frames instead of blocking
 * the page in one long task.
 */
export function useSteps(start: boolean, last: number): number {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (start && step < last) setStep((n) => Math.min(last, n + 1));
  }, [start, step, last]);
  return start ? step : 0;
}
