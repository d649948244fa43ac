-- Forecast: ADO.NET grain storage on PostgreSQL for Orleans 10.4.
-- Written from the provider's documented schema (dotnet/orleans PostgreSQL-Persistence.sql). Orleans 10 writes
-- only PayloadBinary: the bytes of the configured IGrainStorageSerializer, here UTF-8 JSON without CLR type names
-- (ForecastGrainStateSerializer), so `convert_from(PayloadBinary, 'UTF8')` shows the state to an operator.
-- Differences, on purpose: idempotent (IF NOT EXISTS, CREATE OR REPLACE, queries upserted by key); a unique index
-- on the grain's natural key, so two activations racing to insert cannot both succeed; no XML/JSON columns the
-- provider no longer writes.
--
-- Optimistic concurrency: Version is the grain state's ETag. A write names the version it read; a write against
-- any other version changes nothing and returns that same version, which Orleans reports as an
-- InconsistentStateException.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId varchar(150) NOT NULL,
    PayloadBinary bytea NULL,
    ModifiedOn timestamp without time zone NOT NULL,
    Version integer NULL
);

CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage USING btree (GrainIdHash, GrainTypeHash);

-- NULLS NOT DISTINCT needs PostgreSQL 15; a grain without key extension has a NULL extension string.
CREATE UNIQUE INDEX IF NOT EXISTS UX_OrleansStorage_Grain ON OrleansStorage
    (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString, GrainTypeHash, GrainIdHash) NULLS NOT DISTINCT;

CREATE OR REPLACE FUNCTION forecast_write_to_storage(
    grain_id_hash_arg integer,
    grain_id_n0_arg bigint,
    grain_id_n1_arg bigint,
    grain_type_hash_arg integer,
    grain_type_string_arg varchar,
    grain_id_extension_string_arg varchar,
    service_id_arg varchar,
    grain_state_version_arg integer,
    payload_binary_arg bytea)
  RETURNS TABLE(NewGrainStateVersion integer) AS
$func$
DECLARE
    new_version integer := grain_state_version_arg;
    rows_affected integer := 0;
BEGIN
    IF grain_state_version_arg IS NOT NULL THEN
        -- The grain read a version: update only that version.
        UPDATE OrleansStorage
        SET PayloadBinary = payload_binary_arg,
            ModifiedOn = (now() AT TIME ZONE 'utc'),
            Version = Version + 1
        WHERE GrainIdHash = grain_id_hash_arg
            AND GrainTypeHash = grain_type_hash_arg
            AND GrainIdN0 = grain_id_n0_arg
            AND GrainIdN1 = grain_id_n1_arg
            AND GrainTypeString = grain_type_string_arg
            AND GrainIdExtensionString IS NOT DISTINCT FROM grain_id_extension_string_arg
            AND ServiceId = service_id_arg
            AND Version = grain_state_version_arg;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected > 0 THEN
            new_version := grain_state_version_arg + 1;
        END IF;
    ELSE
        -- The grain read nothing: insert, unless another activation got there first.
        INSERT INTO OrleansStorage
            (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId,
             PayloadBinary, ModifiedOn, Version)
        VALUES
            (grain_id_hash_arg, grain_id_n0_arg, grain_id_n1_arg, grain_type_hash_arg, grain_type_string_arg,
             grain_id_extension_string_arg, service_id_arg, payload_binary_arg, (now() AT TIME ZONE 'utc'), 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected > 0 THEN
            new_version := 1;
        END IF;
    END IF;

    RETURN QUERY SELECT new_version;
END
$func$ LANGUAGE plpgsql;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    SELECT NewGrainStateVersion FROM forecast_write_to_storage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
        @ServiceId, @GrainStateVersion, @PayloadBinary);
'),
('ReadFromStorageKey', '
    SELECT PayloadBinary, (now() AT TIME ZONE ''utc''), Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL;
'),
-- Clearing keeps the row (and its version) with no payload, so a stale writer still conflicts.
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = (now() AT TIME ZONE ''utc''), Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version AS NewGrainStateVersion;
'),
-- Used instead of ClearStorageKey when a provider is set to delete state on clear.
('DeleteStorageKey', '
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND @GrainIdHash IS NOT NULL
        AND GrainTypeHash = @GrainTypeHash AND @GrainTypeHash IS NOT NULL
        AND GrainIdN0 = @GrainIdN0 AND @GrainIdN0 IS NOT NULL
        AND GrainIdN1 = @GrainIdN1 AND @GrainIdN1 IS NOT NULL
        AND GrainTypeString = @GrainTypeString AND @GrainTypeString IS NOT NULL
        AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
        AND ServiceId = @ServiceId AND @ServiceId IS NOT NULL
        AND Version = @GrainStateVersion AND @GrainStateVersion IS NOT NULL
    RETURNING Version + 1 AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
