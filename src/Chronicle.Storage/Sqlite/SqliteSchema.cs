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
    ];
}
