namespace Chronicle.Storage.Postgres;

/// <summary>
/// Version 3 of the PostgreSQL schema: the read side's tables and indexes. Rows stored before it are filled in from
/// their JSON, with the same rules as <see cref="Queries.EventDay"/> (a date that does not parse falls back to the
/// article's date rather than failing the migration).
/// </summary>
internal static class PostgresSchemaV3
{
    /// <summary>
    /// Full text is indexed in the <c>simple</c> configuration (lower case, no stemming, no stop words), as FTS5's
    /// default tokenizer does, from the first 500,000 characters of title and text (a <c>tsvector</c> is at most 1 MB).
    /// </summary>
    public const string Sql = """
        ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS
            (to_tsvector('simple', left(coalesce(title, '') || ' ' || text, 500000))) STORED;
        CREATE INDEX documents_fts ON documents USING gin (fts);
        CREATE TABLE event_actors (
            event_id text NOT NULL REFERENCES events(id),
            ordinal integer NOT NULL,
            role text NOT NULL,
            actor_key text NOT NULL,
            entity_id text,
            canonical text NOT NULL,
            country text,
            PRIMARY KEY (event_id, ordinal)
        );
        INSERT INTO event_actors (event_id, ordinal, role, actor_key, entity_id, canonical, country)
            SELECT e.id, a.n - 1, a.value ->> 'role', coalesce(a.value ->> 'entity_id', lower(a.value ->> 'canonical')),
                   a.value ->> 'entity_id', a.value ->> 'canonical', a.value ->> 'country'
            FROM events e, jsonb_array_elements(e.json::jsonb -> 'actors') WITH ORDINALITY AS a(value, n);
        CREATE INDEX event_actors_key ON event_actors(actor_key);
        CREATE INDEX event_actors_canonical ON event_actors(lower(canonical));
        CREATE FUNCTION pg_temp.event_day(v text, published date) RETURNS date LANGUAGE plpgsql AS $$
        BEGIN
            IF v ~ '^\d{4}-\d{2}-\d{2}' THEN RETURN to_date(substr(v, 1, 10), 'YYYY-MM-DD');
            ELSIF v ~ '^\d{4}-W\d{2}' THEN RETURN to_date(substr(v, 1, 4) || substr(v, 7, 2), 'IYYYIW');
            ELSIF v ~ '^\d{4}-\d{2}' THEN RETURN to_date(substr(v, 1, 7) || '-01', 'YYYY-MM-DD');
            ELSIF v ~ '^\d{4}($|[^0-9])' THEN RETURN to_date(substr(v, 1, 4) || '-01-01', 'YYYY-MM-DD');
            END IF;
            RETURN published;
        EXCEPTION WHEN others THEN
            RETURN published;
        END $$;
        ALTER TABLE events ADD COLUMN day date;
        UPDATE events e SET day = pg_temp.event_day(e.date_value, d.published) FROM documents d WHERE d.id = e.document_id;
        DROP FUNCTION pg_temp.event_day(text, date);
        CREATE INDEX events_day ON events(day);
        CREATE INDEX events_type_day ON events(type, day);
        CREATE INDEX events_cluster ON events(cluster_id);
        CREATE INDEX events_country ON events(country);
        """;
}
