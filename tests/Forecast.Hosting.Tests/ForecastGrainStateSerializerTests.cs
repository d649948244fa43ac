using System.Text;

namespace Forecast.Hosting.Tests;

public sealed class ForecastGrainStateSerializerTests
{
    private readonly ForecastGrainStateSerializer _serializer = new();

    [Fact]
    public void State_is_written_as_plain_json_with_enum_names_and_no_type_names()
    {
        var json = Encoding.UTF8.GetString(_serializer.Serialize(new Sample { Kind = SampleKind.Revised, Values = [1.5] }).ToArray());

        Assert.Equal("""{"kind":"Revised","values":[1.5],"gap":null}""", json);
    }

    [Fact]
    public void Nan_and_infinities_round_trip()
    {
        var read = _serializer.Deserialize<Sample>(_serializer.Serialize(new Sample { Values = [double.NaN, double.PositiveInfinity], Gap = double.NegativeInfinity }));

        Assert.True(double.IsNaN(read.Values[0]));
        Assert.Equal(double.PositiveInfinity, read.Values[1]);
        Assert.Equal(double.NegativeInfinity, read.Gap);
    }

    [Fact]
    public void Another_class_with_the_same_shape_reads_the_bytes()
    {
        var read = _serializer.Deserialize<Renamed>(_serializer.Serialize(new Sample { Kind = SampleKind.Revised, Values = [2, 3] }));

        Assert.Equal(RenamedKind.Revised, read.Kind);
        Assert.Equal([2.0, 3.0], read.Values);
    }

    [Fact]
    public void Json_null_is_an_error_not_a_silent_empty_state()
    {
        Assert.Throws<System.Text.Json.JsonException>(() => _serializer.Deserialize<Sample>(new BinaryData("null"u8.ToArray())));
    }

    public enum SampleKind { Reported, Revised }

    public enum RenamedKind { Revised, Reported }

    public sealed class Sample
    {
        public SampleKind Kind { get; set; }

        public List<double> Values { get; set; } = [];

        public double? Gap { get; set; }
    }

    public sealed class Renamed
    {
        public RenamedKind Kind { get; set; }

        public List<double> Values { get; set; } = [];
    }
}
