-- Embedded H2 only (PostgreSQL already keeps large TEXT values out of the row): explained results
-- (about 85 kB for three respondents) move into H2's large-object storage. H2 reads whole rows, so
-- with the result in the row every scan for ratings, sites or submissions (impact analysis,
-- comparisons, lists) decoded every result too: 20% of a warm impact over 10,000 assessments and
-- most of a first comparison (docs/benchmarks.md §1.6). Values are unchanged, character for
-- character. Converting takes about 2 s per 1,000 stored assessments, once, at the first start.
ALTER TABLE assessment ALTER COLUMN result_json SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE assessment_result ALTER COLUMN result_json SET DATA TYPE CHARACTER LARGE OBJECT;
