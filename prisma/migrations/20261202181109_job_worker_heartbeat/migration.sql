-- CreateTable
CREATE TABLE "JobWorkerHeartbeat" (
    "id" UUID NOT NULL,
    "workerIds" TEXT[],
    "host" VARCHAR(255) NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "beatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobWorkerHeartbeat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobWorkerHeartbeat_beatAt_idx" ON "JobWorkerHeartbeat"("beatAt");

