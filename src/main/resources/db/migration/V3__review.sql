-- NextCall history, schema 3: what the review of past calls needs.
--
-- nextcall_fold() and nextcall_search_key() are Java functions the adapter registers on every
-- connection (Connections.open): the case folding of searches is Prospect.fold in Java, and the same
-- code fills these columns, so a search in SQL finds exactly what the Java predicate finds.

-- One row per e-mail address (folded to lower case): the prospect as of their latest call. Calls keep
-- their own copies of name, company and zone on purpose: a call records who the prospect was then (a
-- later change of company must not rewrite old calls, nor the CSV the rep already sent to the CRM), and
-- the review list reads one table without a join. This table is the address book for looking someone
-- up; the adapter updates it in the same transaction as the call.
CREATE TABLE prospects (
    email        TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL DEFAULT '',
    company      TEXT NOT NULL DEFAULT '',
    zone         TEXT NOT NULL,
    last_call_at TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO prospects (email, name, company, zone, last_call_at)
SELECT email, prospect_name, prospect_company, prospect_zone, started_at FROM (
    SELECT nextcall_fold(prospect_email) AS email, prospect_name, prospect_company, prospect_zone, started_at,
           row_number() OVER (PARTITION BY nextcall_fold(prospect_email) ORDER BY started_at DESC, id DESC) AS n
    FROM calls WHERE prospect_email <> '')
WHERE n = 1;

-- Name, e-mail and company folded and joined (Prospect.searchKey). A search is a substring search
-- ("acme" finds "Big ACME Ltd"), which no B-tree index can serve, lower(...) indexes included; the
-- review lists newest first through calls_by_started and stops after one page, so a search that
-- matches often is fast, and one that matches rarely reads this one column of every call.
ALTER TABLE calls ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
UPDATE calls SET search_key = nextcall_search_key(prospect_name, prospect_email, prospect_company);

-- Why the call has no next step, as the rep said in the review (NoNextStepReason by name); NULL when
-- they said nothing. On the call rather than in a table of its own: there is at most one, and the
-- "without next step" filter reads it for every call it scans.
ALTER TABLE calls ADD COLUMN no_step_reason TEXT;
ALTER TABLE calls ADD COLUMN no_step_text TEXT NOT NULL DEFAULT '';
ALTER TABLE calls ADD COLUMN no_step_at TEXT;

-- No index on outcome, on purpose: the review pages newest first, and walking calls_by_started while
-- filtering stops after one page, because every outcome is common. With an outcome index SQLite's
-- planner picks it for "without next step" (outcome IN …) and then sorts every match before it can
-- return the first page (HistoryListTest checks the plan).

-- Follow-up actions of a call, in the rep's order. Replaced as a whole when the rep edits them.
CREATE TABLE follow_ups (
    call_id  TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    PRIMARY KEY (call_id, position)
) WITHOUT ROWID;

-- Which suggested lines the panel showed in which call, for the prompt engine's local learning.
-- Showing a line again in the same call keeps the first time.
CREATE TABLE shown_lines (
    call_id   TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    phrase_id TEXT NOT NULL,
    shown_at  TEXT NOT NULL,
    PRIMARY KEY (call_id, phrase_id)
) WITHOUT ROWID;
