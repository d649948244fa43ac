using Forecast.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Forecast.Contracts.Tests;

public sealed class SerializationTests
{
    private readonly Serializer _serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    [Fact]
    public void A_jurisdiction_view_round_trips_with_every_field()
    {
        var view = new JurisdictionView("dandong", "liaoning", "city", "丹东市", "Dandong", ["zhenxing"], 106, 34);

        var copy = _serializer.Deserialize<JurisdictionView>(_serializer.SerializeToArray(view))!;

        Assert.Equal(view.Id, copy.Id);
        Assert.Equal(view.ParentId, copy.ParentId);
        Assert.Equal(view.Level, copy.Level);
        Assert.Equal(view.NameZh, copy.NameZh);
        Assert.Equal(view.NameEn, copy.NameEn);
        Assert.Equal(view.Children, copy.Children);
        Assert.Equal(view.Pairs, copy.Pairs);
        Assert.Equal(view.Qualitative, copy.Qualitative);
    }

    [Fact]
    public void The_root_has_no_parent_after_a_round_trip()
    {
        var root = new JurisdictionView("china", null, "country", "中国", "China", ["liaoning", "jiangsu"], 0, 0);

        Assert.Null(_serializer.Deserialize<JurisdictionView>(_serializer.SerializeToArray(root))!.ParentId);
    }
}
