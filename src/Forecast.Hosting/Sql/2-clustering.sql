-- Forecast: ADO.NET clustering (membership) on PostgreSQL for Orleans 10.4.
-- Written from the provider's documented schema (dotnet/orleans PostgreSQL-Clustering.sql and its AtomicWrites
-- migration). Differences, on purpose:
--   * idempotent: IF NOT EXISTS, CREATE OR REPLACE, and queries upserted by key, so `db init` can run again and
--     brings an older query text up to this version;
--   * conditional writes signal "no row" with RAISE, not ASSERT, because ASSERT is a no-op when the server sets
--     plpgsql.check_asserts = off, and then a lost race would be reported as a success.
-- Status values are Orleans' SiloStatus: 3 = Active, 6 = Dead.

-- One row per cluster (DeploymentId = ClusterId): the membership table's version, bumped by every membership write.
CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port, generation).
CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Heartbeat: never fails from Orleans' point of view; never moves the time backwards.
CREATE OR REPLACE FUNCTION forecast_update_i_am_alive_time(
    deployment_id_arg OrleansMembershipTable.DeploymentId%TYPE,
    address_arg OrleansMembershipTable.Address%TYPE,
    port_arg OrleansMembershipTable.Port%TYPE,
    generation_arg OrleansMembershipTable.Generation%TYPE,
    i_am_alive_time_arg OrleansMembershipTable.IAmAliveTime%TYPE)
  RETURNS void AS
$func$
BEGIN
    UPDATE OrleansMembershipTable AS m
    SET IAmAliveTime = GREATEST(m.IAmAliveTime, i_am_alive_time_arg)
    WHERE m.DeploymentId = deployment_id_arg AND deployment_id_arg IS NOT NULL
        AND m.Address = address_arg AND address_arg IS NOT NULL
        AND m.Port = port_arg AND port_arg IS NOT NULL
        AND m.Generation = generation_arg AND generation_arg IS NOT NULL;
END
$func$ LANGUAGE plpgsql;

-- 1 when this call created the cluster's version row, 0 when it was there already.
CREATE OR REPLACE FUNCTION forecast_insert_membership_version(
    deployment_id_arg OrleansMembershipVersionTable.DeploymentId%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    rows_affected integer := 0;
BEGIN
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    SELECT deployment_id_arg
    WHERE deployment_id_arg IS NOT NULL
    ON CONFLICT (DeploymentId) DO NOTHING;

    GET DIAGNOSTICS rows_affected = ROW_COUNT;
    RETURN QUERY SELECT rows_affected;
END
$func$ LANGUAGE plpgsql;

-- Adds a silo row only if the caller saw the current table version; both writes or neither.
CREATE OR REPLACE FUNCTION forecast_insert_membership(
    deployment_id_arg OrleansMembershipTable.DeploymentId%TYPE,
    address_arg OrleansMembershipTable.Address%TYPE,
    port_arg OrleansMembershipTable.Port%TYPE,
    generation_arg OrleansMembershipTable.Generation%TYPE,
    silo_name_arg OrleansMembershipTable.SiloName%TYPE,
    host_name_arg OrleansMembershipTable.HostName%TYPE,
    status_arg OrleansMembershipTable.Status%TYPE,
    proxy_port_arg OrleansMembershipTable.ProxyPort%TYPE,
    start_time_arg OrleansMembershipTable.StartTime%TYPE,
    i_am_alive_time_arg OrleansMembershipTable.IAmAliveTime%TYPE,
    version_arg OrleansMembershipVersionTable.Version%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    rows_affected integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = deployment_id_arg AND deployment_id_arg IS NOT NULL
            AND Version = version_arg AND version_arg IS NOT NULL AND Version < 2147483647;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected = 0 THEN
            RAISE EXCEPTION 'stale membership version' USING ERRCODE = 'P0001';
        END IF;

        INSERT INTO OrleansMembershipTable
            (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
        VALUES
            (deployment_id_arg, address_arg, port_arg, generation_arg, silo_name_arg, host_name_arg, status_arg,
             proxy_port_arg, start_time_arg, i_am_alive_time_arg)
        ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected = 0 THEN
            RAISE EXCEPTION 'silo row exists' USING ERRCODE = 'P0001';
        END IF;
    EXCEPTION
        -- The block's writes are rolled back; Orleans reads 0 as "lost the race, read again".
        WHEN raise_exception THEN
            rows_affected := 0;
    END;
    RETURN QUERY SELECT rows_affected;
END
$func$ LANGUAGE plpgsql;

-- Changes a silo's status and suspicions only if the caller saw the current table version.
CREATE OR REPLACE FUNCTION forecast_update_membership(
    deployment_id_arg OrleansMembershipTable.DeploymentId%TYPE,
    address_arg OrleansMembershipTable.Address%TYPE,
    port_arg OrleansMembershipTable.Port%TYPE,
    generation_arg OrleansMembershipTable.Generation%TYPE,
    status_arg OrleansMembershipTable.Status%TYPE,
    suspect_times_arg OrleansMembershipTable.SuspectTimes%TYPE,
    i_am_alive_time_arg OrleansMembershipTable.IAmAliveTime%TYPE,
    version_arg OrleansMembershipVersionTable.Version%TYPE)
  RETURNS TABLE(row_count integer) AS
$func$
DECLARE
    rows_affected integer := 0;
BEGIN
    BEGIN
        UPDATE OrleansMembershipVersionTable
        SET Timestamp = now(), Version = Version + 1
        WHERE DeploymentId = deployment_id_arg AND deployment_id_arg IS NOT NULL
            AND Version = version_arg AND version_arg IS NOT NULL AND Version < 2147483647;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected = 0 THEN
            RAISE EXCEPTION 'stale membership version' USING ERRCODE = 'P0001';
        END IF;

        UPDATE OrleansMembershipTable AS m
        SET Status = status_arg,
            SuspectTimes = suspect_times_arg,
            IAmAliveTime = GREATEST(m.IAmAliveTime, i_am_alive_time_arg)
        WHERE m.DeploymentId = deployment_id_arg
            AND m.Address = address_arg AND address_arg IS NOT NULL
            AND m.Port = port_arg AND port_arg IS NOT NULL
            AND m.Generation = generation_arg AND generation_arg IS NOT NULL;
        GET DIAGNOSTICS rows_affected = ROW_COUNT;
        IF rows_affected = 0 THEN
            RAISE EXCEPTION 'no such silo row' USING ERRCODE = 'P0001';
        END IF;
    EXCEPTION
        WHEN raise_exception THEN
            rows_affected := 0;
    END;
    RETURN QUERY SELECT rows_affected;
END
$func$ LANGUAGE plpgsql;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpdateIAmAlivetimeKey', '
    SELECT forecast_update_i_am_alive_time(@DeploymentId, @Address, @Port, @Generation, @IAmAliveTime);
'),
('InsertMembershipVersionKey', '
    SELECT row_count FROM forecast_insert_membership_version(@DeploymentId);
'),
('InsertMembershipKey', '
    SELECT row_count FROM forecast_insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
        @StartTime, @IAmAliveTime, @Version);
'),
('UpdateMembershipKey', '
    SELECT row_count FROM forecast_update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
'),
('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    -- The version row comes back even when the silo has no row yet.
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
        AND m.Address = @Address AND @Address IS NOT NULL
        AND m.Port = @Port AND @Port IS NOT NULL
        AND m.Generation = @Generation AND @Generation IS NOT NULL
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT OUTER JOIN OrleansMembershipTable m ON v.DeploymentId = m.DeploymentId
    WHERE v.DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL;
'),
('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND Status = @Status AND @Status IS NOT NULL
        AND ProxyPort > 0;
'),
-- Orleans 10.4 will not start a silo without this one: it prunes rows of silos long dead.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND @DeploymentId IS NOT NULL
        AND IAmAliveTime < @IAmAliveTime
        AND StartTime < @IAmAliveTime
        AND COALESCE(SuspectTimes, '''') = ''''
        AND Status = 6;
'),
-- Prunes one dead silo's row, only if it is still exactly as the caller read it.
('CleanupDefunctSiloEntryKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Status = 6
        AND Address = @Address AND Port = @Port AND Generation = @Generation
        AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
        AND COALESCE(SuspectTimes, '''') = COALESCE(@SuspectTimes, '''');
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
