// Every job the queue knows, with its payload. A handler for each is in task-list.ts.
export type JobPayloads = {
  "proposal-package.build": { packageId: string };
};

export type JobName = keyof JobPayloads;
