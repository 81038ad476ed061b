-- NextCall history, schema 1.
--
-- Instants are UTC text of fixed width with nine fraction digits ('2025-03-04T09:30:00.000000000Z'):
-- text order is time order, nothing is lost from java.time.Instant, and the file reads well in the
-- sqlite3 shell. Enum values are stored by name. They have no CHECK constraint on purpose: SQLite
-- cannot change a CHECK without rebuilding the table, and the adapter refuses unknown names on read.

CREATE TABLE calls (
    id               TEXT PRIMARY KEY NOT NULL,
    started_at       TEXT NOT NULL,
    planned_end      TEXT NOT NULL,
    ended_at         TEXT,
    source_kind      TEXT NOT NULL,
    source_event_id  TEXT NOT NULL DEFAULT '',
    prospect_name    TEXT NOT NULL DEFAULT '',
    prospect_email   TEXT NOT NULL DEFAULT '',
    prospect_company TEXT NOT NULL DEFAULT '',
    prospect_zone    TEXT NOT NULL,
    outcome          TEXT NOT NULL,
    notes            TEXT NOT NULL DEFAULT '',
    CHECK (planned_end > started_at)
);

-- The history lists newest first; the id breaks ties so the order is total and the index serves it whole.
CREATE INDEX calls_by_started ON calls (started_at DESC, id DESC);

CREATE TABLE next_steps (
    event_id    TEXT PRIMARY KEY NOT NULL,
    call_id     TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    -- Order of creation. Not the rowid (VACUUM may renumber rowids of a table with a TEXT key) and not
    -- a timestamp (two steps saved in the same instant would tie). Upserts keep it.
    created_seq INTEGER NOT NULL UNIQUE,
    calendar    TEXT NOT NULL,
    start_at    TEXT NOT NULL,
    end_at      TEXT NOT NULL,
    -- JSON array of {"name": …, "email": …}, in the order given. Attendees are part of the value of a
    -- next step (always replaced together), so a child table would only add joins.
    attendees   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees) AND json_type(attendees) = 'array'),
    status      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    CHECK (end_at > start_at)
);

-- Serves "next steps of a call, oldest first" and "latest next step of a call".
CREATE INDEX next_steps_by_call ON next_steps (call_id, created_seq);
CREATE INDEX next_steps_by_status ON next_steps (status, created_seq);

-- The booking journal's trail: one row per status a next step has been in, appended, never updated.
CREATE TABLE next_step_events (
    seq      INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES next_steps (event_id) ON DELETE CASCADE,
    status   TEXT NOT NULL,
    reason   TEXT NOT NULL DEFAULT '',
    at       TEXT NOT NULL
);

CREATE INDEX next_step_events_by_event ON next_step_events (event_id, seq);
