-- Which pages of a PDF were read by OCR (engine, languages, dpi, and per page the words kept and
-- tesseract's mean confidence): a reader must know that this text is machine-read. NULL when no
-- page was.
ALTER TABLE documents ADD COLUMN ocr jsonb;
