-- CreateEnum
CREATE TYPE "InstansiKind" AS ENUM ('PEMDA_PROVINSI', 'PEMDA_KABUPATEN', 'PEMDA_KOTA', 'KL');

-- CreateEnum
CREATE TYPE "TimeZoneCode" AS ENUM ('WIB', 'WITA', 'WIT');

-- CreateEnum
CREATE TYPE "ServiceCategory" AS ENUM ('RSUD', 'DUKCAPIL', 'SAMSAT', 'PTSP', 'PENDIDIKAN', 'KETENAGAKERJAAN', 'LAINNYA');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('AA', 'A', 'BB', 'B', 'CC', 'C', 'D');

-- CreateEnum
CREATE TYPE "ZiTarget" AS ENUM ('WBK', 'WBBM');

-- CreateEnum
CREATE TYPE "PredicateSource" AS ENUM ('TPN', 'MANDIRI');

-- CreateEnum
CREATE TYPE "InstansiConditionKey" AS ENUM ('OPINI_BPK', 'SAKIP', 'INDEKS_RB', 'SPIP');

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "coreService" BOOLEAN,
ADD COLUMN     "serviceCategory" "ServiceCategory" NOT NULL DEFAULT 'LAINNYA',
ADD COLUMN     "significantImpact" BOOLEAN,
ADD COLUMN     "ziSinceWbbm" DATE,
ADD COLUMN     "ziSinceWbk" DATE;

-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "proposalDeadline" DATE;

-- CreateTable
CREATE TABLE "Instansi" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" VARCHAR(200) NOT NULL,
    "kind" "InstansiKind" NOT NULL,
    "regionName" VARCHAR(200) NOT NULL,
    "headTitle" VARCHAR(200) NOT NULL,
    "timeZone" "TimeZoneCode" NOT NULL DEFAULT 'WIB',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Instansi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstansiCondition" (
    "id" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "key" "InstansiConditionKey" NOT NULL,
    "value" VARCHAR(8) NOT NULL,
    "documentName" VARCHAR(300) NOT NULL,
    "documentDate" DATE NOT NULL,
    "sourceUrl" TEXT,
    "fileName" VARCHAR(255),
    "mimeType" VARCHAR(127),
    "size" INTEGER,
    "sha256" VARCHAR(64),
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InstansiCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitYearFact" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "sakipInternal" "Grade",
    "followUpPercent" DECIMAL(5,2),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UnitYearFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitPredicate" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "predicate" "ZiTarget" NOT NULL,
    "source" "PredicateSource" NOT NULL,
    "decreeNumber" VARCHAR(200) NOT NULL,
    "decreeDate" DATE NOT NULL,
    "revocationNumber" VARCHAR(200),
    "revokedOn" DATE,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitPredicate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstansiCondition_periodId_key_key" ON "InstansiCondition"("periodId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "UnitYearFact_unitId_year_key" ON "UnitYearFact"("unitId", "year");

-- CreateIndex
CREATE INDEX "UnitPredicate_unitId_idx" ON "UnitPredicate"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitPredicate_unitId_year_predicate_key" ON "UnitPredicate"("unitId", "year", "predicate");

-- AddForeignKey
ALTER TABLE "InstansiCondition" ADD CONSTRAINT "InstansiCondition_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitYearFact" ADD CONSTRAINT "UnitYearFact_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitPredicate" ADD CONSTRAINT "UnitPredicate_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

