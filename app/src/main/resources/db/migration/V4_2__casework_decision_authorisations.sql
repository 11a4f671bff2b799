-- A judge's AUTHORISE records what it allows: the foreign officials who may observe (by name,
-- function and identity document), the measures covered and the judge's conditions (JSON). It
-- bounds the execution plan; null for every other decision.
ALTER TABLE decisions ADD COLUMN authorisation VARCHAR;
