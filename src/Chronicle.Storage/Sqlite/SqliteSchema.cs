namespace Chronicle.Storage.Sqlite;

/// <summary>The SQLite schema as numbered migrations; a database records its version in <c>PRAGMA user_version</c>.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "documents, their sources, and events", """
            CREATE TABLE documents (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                title TEXT,
                published TEXT,
                text TEXT NOT NULL,
                pipeline TEXT NOT NULL,
                analysis TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE TABLE document_sources (
                document_id TEXT NOT NULL REFERENCES documents(id),
                source TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                PRIMARY KEY (document_id, source)
            );
            CREATE TABLE events (
                id TEXT PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                ordinal INTEGER NOT NULL,
                type TEXT NOT NULL,
                mode TEXT,
                date_value TEXT,
                country TEXT,
                lat REAL,
                lon REAL,
                modality TEXT NOT NULL,
                confidence REAL NOT NULL,
                cluster_id TEXT,
                json TEXT NOT NULL
            );
            CREATE INDEX events_document ON events(document_id);
            CREATE INDEX events_type_date ON events(type, date_value);
            CREATE INDEX documents_published ON documents(published);
            """),
        new(2, "full-text search over documents, event actors, and each event's first day for filters and timelines", """
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
            INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
            END;
            CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            END;
            CREATE TABLE event_actors (
                event_id TEXT NOT NULL REFERENCES events(id),
                ordinal INTEGER NOT NULL,
                role TEXT NOT NULL,
                actor_key TEXT NOT NULL,
                entity_id TEXT,
                canonical TEXT NOT NULL,
                country TEXT,
                PRIMARY KEY (event_id, ordinal)
            );
            INSERT INTO event_actors (event_id, ordinal, role, actor_key, entity_id, canonical, country)
                SELECT e.id, a.key, json_extract(a.value, '$.role'),
                       coalesce(json_extract(a.value, '$.entity_id'), lower(json_extract(a.value, '$.canonical'))),
                       json_extract(a.value, '$.entity_id'), json_extract(a.value, '$.canonical'), json_extract(a.value, '$.country')
                FROM events e, json_each(e.json, '$.actors') a;
            CREATE INDEX event_actors_key ON event_actors(actor_key);
            ALTER TABLE events ADD COLUMN day TEXT;
            UPDATE events SET day = CASE
                WHEN date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN substr(date_value, 1, 10)
                WHEN date_value GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*' THEN date(substr(date_value, 1, 4) || '-01-04', '-6 days', 'weekday 1',
                    '+' || ((CAST(substr(date_value, 7, 2) AS INTEGER) - 1) * 7) || ' days')
                WHEN date_value GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(date_value, 1, 7) || '-01'
                WHEN date_value GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(date_value, 1, 4) || '-01-01'
                ELSE (SELECT d.published FROM documents d WHERE d.id = events.document_id) END;
            CREATE INDEX events_day ON events(day);
            CREATE INDEX events_cluster ON events(cluster_id);
            CREATE INDEX events_country ON events(country);
            """),
        new(3, "events by type and first day: the stored clusters a new report can join", """
            CREATE INDEX events_type_day ON events(type, day);
            """),
    ];
}
