using System.Text;
using System.Text.Json;
using Forecast.Grains;
using Forecast.Grains.Storage;
using Forecast.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Storage;

namespace Forecast.Cluster.Tests
{
    /// <summary>
    /// The ADO.NET grain storage "forecast" as a silo configured by UseForecastCluster sees it, on the test
    /// PostgreSQL, through Orleans' own IGrainStorage (the same calls a grain's persistent state makes).
    /// </summary>
    [Collection(ClusterCollection.Name)]
    public sealed class GrainStateStorageTests(ClusterFixture cluster) : IAsyncLifetime
    {
        private const string StateName = "observations";
        private IHost _silo = null!;
        private IGrainStorage _storage = null!;

        public async Task InitializeAsync()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.UseOrleans(silo => silo.UseForecastCluster(new ForecastClusterOptions
            {
                Mode = ClusterMode.Postgres,
                ConnectionString = cluster.ConnectionString,
                ClusterId = "storage-test",
                ServiceId = "storage-test",
                AdvertisedAddress = "127.0.0.1",
                SiloPort = FreePort.Next(),
                GatewayPort = FreePort.Next(),
            }));
            _silo = builder.Build();
            await _silo.StartAsync();
            _storage = _silo.Services.GetRequiredKeyedService<IGrainStorage>(ForecastStorage.Name);
        }

        public async Task DisposeAsync()
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        [Fact]
        public async Task State_round_trips_through_postgres_as_json_without_type_names()
        {
            var grain = NewGrainId();
            var written = new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample());

            await _storage.WriteStateAsync(StateName, grain, written);
            var read = new GrainState<V1.ObservationLog>();
            await _storage.ReadStateAsync(StateName, grain, read);

            Assert.Equal(written.State!.Describe(), read.State!.Describe());
            Assert.Equal(written.ETag, read.ETag);
            var json = await StoredJsonAsync(grain);
            Assert.StartsWith("{", json, StringComparison.Ordinal);
            Assert.Contains("\"recordedBy\":\"county statistics bureau\"", json, StringComparison.Ordinal);
            Assert.Contains("\"kind\":\"Revised\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("ObservationLog", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Forecast.", json, StringComparison.Ordinal);
            Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_renamed_state_class_in_another_namespace_reads_what_the_old_one_wrote()
        {
            var grain = NewGrainId();
            var written = new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample());
            await _storage.WriteStateAsync(StateName, grain, written);

            var read = new GrainState<V2.RecordedValues>();
            await _storage.ReadStateAsync(StateName, grain, read);

            Assert.True(read.RecordExists);
            Assert.Equal(written.State!.Describe(), read.State!.Describe());
        }

        [Fact]
        public async Task A_write_from_a_stale_version_is_rejected_and_the_newer_state_kept()
        {
            var grain = NewGrainId();
            await _storage.WriteStateAsync(StateName, grain, new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample()));
            var first = new GrainState<V1.ObservationLog>();
            var second = new GrainState<V1.ObservationLog>();
            await _storage.ReadStateAsync(StateName, grain, first);
            await _storage.ReadStateAsync(StateName, grain, second);

            first.State!.Values.Add(new V1.Observation(2025, 12.5, "bulletin 2025", "first", V1.ObservationKind.Reported));
            await _storage.WriteStateAsync(StateName, grain, first);
            second.State!.Values.Add(new V1.Observation(2025, 99, "stale copy", "second", V1.ObservationKind.Reported));

            await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grain, second));
            var stored = new GrainState<V1.ObservationLog>();
            await _storage.ReadStateAsync(StateName, grain, stored);
            Assert.Equal(first.State!.Describe(), stored.State!.Describe());
        }

        [Fact]
        public async Task Two_activations_creating_the_same_state_cannot_both_succeed()
        {
            var grain = NewGrainId();
            var one = new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample());
            var other = new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample());

            await _storage.WriteStateAsync(StateName, grain, one);

            await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grain, other));
        }

        [Fact]
        public async Task States_read_together_in_one_query_equal_each_read_alone()
        {
            var stored = NewGrainId();
            var cleared = NewGrainId();
            var never = NewGrainId();
            var other = GrainId.Create("indicator", $"test/{Guid.NewGuid():N}");
            await _storage.WriteStateAsync(StateName, stored, new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample()));
            var clearing = new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample());
            await _storage.WriteStateAsync(StateName, cleared, clearing);
            await _storage.ClearStateAsync(StateName, cleared, clearing);
            await _storage.WriteStateAsync("another-state", other, new GrainState<V1.ObservationLog>(V1.ObservationLog.Sample()));
            var query = _silo.Services.GetRequiredKeyedService<IGrainStateQuery>(ForecastStorage.Name);

            var together = await query.ReadMany<V1.ObservationLog>(StateName, [stored, cleared, never, other]);

            Assert.Equal([stored], together.Keys);
            var alone = new GrainState<V1.ObservationLog>();
            await _storage.ReadStateAsync(StateName, stored, alone);
            Assert.Equal(await StoredJsonAsync(stored), JsonSerializer.Serialize(together[stored], ForecastGrainStateSerializer.JsonOptions));
            Assert.Equal(alone.State!.Describe(), together[stored].Describe());
        }

        private static GrainId NewGrainId() => GrainId.Create("indicator", $"test/{Guid.NewGuid():N}");

        private async Task<string> StoredJsonAsync(GrainId grain)
        {
            await using var connection = new NpgsqlConnection(cluster.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT PayloadBinary FROM OrleansStorage WHERE ServiceId = 'storage-test' AND GrainIdExtensionString = @key", connection);
            command.Parameters.AddWithValue("key", grain.Key.ToString()!);
            return Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync())!);
        }
    }
}

namespace Forecast.Cluster.Tests.V1
{
    public enum ObservationKind { Reported, Revised }

    public sealed record Observation(int Year, double Value, string Source, string RecordedBy, ObservationKind Kind);

    /// <summary>A state class as a grain might have written it.</summary>
    public sealed class ObservationLog
    {
        public List<Observation> Values { get; set; } = [];

        public double? Target { get; set; }

        public static ObservationLog Sample() => new()
        {
            Target = double.NaN,
            Values =
            [
                new Observation(2023, 10.25, "2023 bulletin", "county statistics bureau", ObservationKind.Revised),
                new Observation(2024, 11, "2024 bulletin", "planner", ObservationKind.Reported),
            ],
        };

        public string Describe() => $"{Target}|{string.Join(";", Values.Select(v => $"{v.Year},{v.Value:R},{v.Source},{v.RecordedBy},{v.Kind}"))}";
    }
}

namespace Forecast.Cluster.Tests.V2
{
    public enum Provenance { Reported, Revised }

    public sealed record RecordedValue(int Year, double Value, string Source, string RecordedBy, Provenance Kind);

    /// <summary>The same shape under new class, record and enum names, in a new namespace, as after a refactoring.</summary>
    public sealed class RecordedValues
    {
        public List<RecordedValue> Values { get; set; } = [];

        public double? Target { get; set; }

        public string Describe() => $"{Target}|{string.Join(";", Values.Select(v => $"{v.Year},{v.Value:R},{v.Source},{v.RecordedBy},{v.Kind}"))}";
    }
}
