-- Every ingest searches this index; with the default fast update, new entries wait in an unsorted
-- pending list that every search reads whole until a vacuum merges it (bench/ingest).
ALTER INDEX "NewsItem_titleTokens_idx" SET (fastupdate = off);
