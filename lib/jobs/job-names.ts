// Every job the queue knows, with its payload. A handler for each is in task-list.ts.
export type JobPayloads = {
  "proposal-package.build": { packageId: string };
  /** Daily (cron-items.ts); the queue adds its own `_cron` timestamp to the payload. */
  "proposal-package.prune": Record<string, unknown>;
};

export type JobName = keyof JobPayloads;
