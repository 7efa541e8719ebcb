-- Uploaded files are mostly PDFs, which do not compress: store their bytes out of line without
-- trying (Postgres otherwise spends 100-250 ms per 3 MB file on a compression that fails).
ALTER TABLE document_sources ALTER COLUMN bytes SET STORAGE EXTERNAL;
