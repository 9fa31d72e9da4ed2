using System.Text;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;

namespace HebeiCredit.Auditing.Tests.Policies;

public sealed class DeadlinePolicyTests
{
    private static readonly DateOnly Decided = new(2025, 6, 3);

    [Fact]
    public void Default_OrdinaryDecision_Has7WorkingDaysFromOrder51()
    {
        var rule = DeadlinePolicy.Default.For(DecisionKind.Penalty, "石家庄市生态环境局", Decided);

        Assert.Equal(7, rule.WorkingDays);
        Assert.StartsWith("国办发〔2015〕51号", rule.Document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DecisionKind.Penalty, "石家庄市市场监督管理局", 20)]
    [InlineData(DecisionKind.Penalty, "辛集市市场监管局", 20)]
    [InlineData(DecisionKind.Licensing, "石家庄市市场监督管理局", 7)]
    [InlineData(DecisionKind.Penalty, null, 7)]
    public void Default_MarketRegulationPenalty_Has20WorkingDays(DecisionKind kind, string? authority, int days) =>
        Assert.Equal(days, DeadlinePolicy.Default.For(kind, authority, Decided).WorkingDays);

    [Fact]
    public void Default_MarketRegulationPenaltyBeforeItsOrderTookEffect_Has7() =>
        Assert.Equal(7, DeadlinePolicy.Default.For(DecisionKind.Penalty, "石家庄市市场监督管理局", new DateOnly(2021, 8, 31)).WorkingDays);

    [Fact]
    public void Load_Override_ReplacesThePeriods()
    {
        const string json = """
            { "version": "测试 v2",
              "default": { "name": "默认", "workingDays": 5, "document": "某文件", "clause": "某条" },
              "rules": [ { "name": "税务", "kind": "Licensing", "authorityMarkers": ["税务"], "workingDays": 3, "document": "另一文件", "clause": "另一条" } ] }
            """;

        var policy = DeadlinePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("测试 v2", policy.Version);
        Assert.Equal(5, policy.For(DecisionKind.Penalty, "国家税务总局石家庄市税务局", Decided).WorkingDays);
        Assert.Equal(3, policy.For(DecisionKind.Licensing, "国家税务总局石家庄市税务局", Decided).WorkingDays);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "version": "v", "rules": [] }""")]
    [InlineData("""{ "version": "v", "default": { "name": "d", "workingDays": 0, "document": "x", "clause": "y" } }""")]
    public void Load_InvalidData_ThrowsInvalidDataException(string json) =>
        Assert.Throws<InvalidDataException>(() => DeadlinePolicy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
}
