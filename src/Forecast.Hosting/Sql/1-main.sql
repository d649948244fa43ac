-- Forecast: the table of named queries the Orleans ADO.NET providers read at start (Orleans 10.4, PostgreSQL).
-- Written for this project from the providers' documented schema (dotnet/orleans, src/AdoNet/Shared/PostgreSQL-Main.sql):
-- the providers issue only the queries stored here, by key, with named parameters (@Name) and read columns by name.
-- Every statement may run again: `forecast db init` applies this file on each call.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
