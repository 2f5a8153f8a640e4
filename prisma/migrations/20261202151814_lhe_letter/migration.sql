-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "lheResponsibleName" VARCHAR(200),
ADD COLUMN     "lheResponsibleNip" VARCHAR(18),
ADD COLUMN     "lheResponsibleTitle" VARCHAR(200),
ADD COLUMN     "tpiBasisDate" DATE,
ADD COLUMN     "tpiBasisNumber" VARCHAR(200),
ADD COLUMN     "tpiBasisTitle" VARCHAR(300);

-- CreateTable
CREATE TABLE "LheRecord" (
    "assessmentId" UUID NOT NULL,
    "number" VARCHAR(200),
    "letterDate" DATE,
    "signedFileName" VARCHAR(255),
    "signedSize" INTEGER,
    "signedSha256" VARCHAR(64),
    "signedById" UUID,
    "signedAt" TIMESTAMPTZ(3),
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LheRecord_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateTable
CREATE TABLE "LheRecommendation" (
    "assessmentId" UUID NOT NULL,
    "sectionKey" VARCHAR(8) NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LheRecommendation_pkey" PRIMARY KEY ("assessmentId","sectionKey")
);

-- AddForeignKey
ALTER TABLE "LheRecord" ADD CONSTRAINT "LheRecord_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LheRecommendation" ADD CONSTRAINT "LheRecommendation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

