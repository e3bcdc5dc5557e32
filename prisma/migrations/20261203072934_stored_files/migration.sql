-- CreateEnum
CREATE TYPE "StoredFileKind" AS ENUM ('image', 'video', 'pdf', 'csv');

-- CreateEnum
CREATE TYPE "FileOwnerType" AS ENUM ('collaboration');

-- CreateEnum
CREATE TYPE "FileUploader" AS ENUM ('user', 'portal');

-- CreateTable
CREATE TABLE "DraftMedia" (
    "workspaceId" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "altText" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "DraftMedia_pkey" PRIMARY KEY ("workspaceId","draftId","fileId")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "workspaceId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "ownerType" "FileOwnerType" NOT NULL,
    "ownerId" TEXT NOT NULL,
    "kind" "StoredFileKind" NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbnailKey" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "originalName" TEXT NOT NULL,
    "uploader" "FileUploader" NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("workspaceId","id")
);

-- CreateIndex
CREATE INDEX "DraftMedia_workspaceId_fileId_idx" ON "DraftMedia"("workspaceId", "fileId");

-- CreateIndex
CREATE INDEX "StoredFile_workspaceId_ownerType_ownerId_createdAt_idx" ON "StoredFile"("workspaceId", "ownerType", "ownerId", "createdAt");

-- AddForeignKey
ALTER TABLE "DraftMedia" ADD CONSTRAINT "DraftMedia_workspaceId_draftId_fkey" FOREIGN KEY ("workspaceId", "draftId") REFERENCES "ContentDraft"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftMedia" ADD CONSTRAINT "DraftMedia_workspaceId_fileId_fkey" FOREIGN KEY ("workspaceId", "fileId") REFERENCES "StoredFile"("workspaceId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
