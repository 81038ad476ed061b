-- A prospect's zone is remembered: the panel looks up the zone of their latest call by e-mail
-- address, which people type in any case.
CREATE INDEX calls_by_prospect_email ON calls (prospect_email COLLATE NOCASE, started_at DESC);
