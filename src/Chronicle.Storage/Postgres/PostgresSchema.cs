namespace Chronicle.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as numbered migrations, recorded in a <c>schema_version</c> table. Version 1 has the tables
/// of the SQLite schema's version 1 with PostgreSQL's types; version 2 adds the work queue that workers share;
/// version 3 brings what SQLite's versions 2 and 3 add for the API (event actors, each event's first day, indexes),
/// with a <c>tsvector</c> column and a GIN index in place of FTS5.
/// </summary>
internal static class PostgresSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "documents, their sources, and events", """
            CREATE TABLE documents (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                source text NOT NULL,
                title text,
                published date,
                text text NOT NULL,
                pipeline text NOT NULL,
                analysis text NOT NULL,
                ingested_at timestamptz NOT NULL
            );
            CREATE TABLE document_sources (
                document_id text NOT NULL REFERENCES documents(id),
                source text NOT NULL,
                first_seen timestamptz NOT NULL,
                PRIMARY KEY (document_id, source)
            );
            CREATE TABLE events (
                id text PRIMARY KEY,
                document_id text NOT NULL REFERENCES documents(id),
                ordinal integer NOT NULL,
                type text NOT NULL,
                mode text,
                date_value text,
                country text,
                lat double precision,
                lon double precision,
                modality text NOT NULL,
                confidence double precision NOT NULL,
                cluster_id text,
                json text NOT NULL
            );
            CREATE INDEX events_document ON events(document_id);
            CREATE INDEX events_type_date ON events(type, date_value);
            CREATE INDEX documents_published ON documents(published);
            """),
        new(2, "the work queue: articles waiting for a worker, claimed under a lease, done or failed", """
            CREATE TABLE queue (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id text NOT NULL UNIQUE,
                source text NOT NULL,
                more_sources text[] NOT NULL DEFAULT '{}',
                title text,
                published date,
                text text,
                metadata text,
                state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'claimed', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                claim uuid,
                claimed_by text,
                lease_until timestamptz,
                enqueued_at timestamptz NOT NULL,
                finished_at timestamptz,
                error text
            );
            CREATE INDEX queue_open ON queue (seq) WHERE state IN ('pending', 'claimed');
            CREATE INDEX queue_claim ON queue (claim) WHERE state = 'claimed';
            """),
        new(3, "full-text search over documents, event actors, and each event's first day for filters, timelines and clusters", PostgresSchemaV3.Sql),
    ];
}
