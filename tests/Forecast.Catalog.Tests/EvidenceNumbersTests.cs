namespace Forecast.Catalog.Tests;

public sealed class EvidenceNumbersTests
{
    [Theory]
    [InlineData("累计新增城镇就业5.1万人", 51000)]
    [InlineData("累计新增城镇就业5.1万人", 5.1)]
    [InlineData("完成营造林面积2.13万亩", 21300)]
    [InlineData("發放助學金8000萬元", 80_000_000)]
    [InlineData("辦理助學信用貸款1億元", 100_000_000)]
    [InlineData("空气优良天数比例达到90%左右", 90)]
    [InlineData("建强乡镇卫生院两所", 2)]
    [InlineData("新建幼儿园十二所", 12)]
    [InlineData("开展活动二十场", 20)]
    [InlineData("培训1,500人次", 1500)]
    [InlineData("全年城鎮新增就業13.0萬人。", 130_000)]
    [InlineData("城镇新增就业１３．０万人", 130_000)]
    [InlineData("建成兩所", 2)]
    [InlineData("覆盖率达到百分之九十五点五", 95.5)]
    [InlineData("新增就业一点二万人", 12_000)]
    [InlineData("The city has completed the renovation of 1,823 old residential communities", 1823)]
    public void A_stated_number_is_found(string evidence, double value) =>
        Assert.True(EvidenceNumbers.States(evidence, value), $"{evidence} should state {value}");

    [Theory]
    [InlineData("累计新增城镇就业5.1万人", 5100)]
    [InlineData("提高10元,达到129元", 119)]
    [InlineData("城镇新增就业万人", 0)]
    [InlineData("分别建成1070，1000座", 1_070_100)]
    [InlineData("重点项目", 0)]
    public void A_number_not_stated_is_not_found(string evidence, double value) =>
        Assert.False(EvidenceNumbers.States(evidence, value));
}
