-- A lot of a product set whose goods carry no expiry date (handicrafts, ornamental plants…) is
-- ordered without one. The schema declared the column nullable in 0030 (its snapshot records it),
-- but 0030's hand-written SQL did not change it.
ALTER TABLE "stamp_batches" ALTER COLUMN "expiry_date" DROP NOT NULL;
