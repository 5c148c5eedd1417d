-- The ratings of each assessment in a compact JSON document (every criterion, standard and
-- section rating, the overall rating and any readiness verdict, without the reasons), so that
-- comparisons over thousands of assessments need not read every full result.
-- Null for assessments stored before this column existed; readers fall back to result_json.
ALTER TABLE assessment ADD COLUMN ratings_json TEXT;
