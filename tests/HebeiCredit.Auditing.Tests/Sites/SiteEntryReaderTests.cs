using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Auditing.Tests.Sites;

public sealed class SiteEntryReaderTests
{
    private static string Registry(string extra) =>
        $$"""{ "sites": [ { "unit": "1301", "name": "石家庄市", "level": "设区市", "portal": "https://credit.example/"{{extra}} } ] }""";

    [Fact]
    public void Read_RespectRobotsAbsent_DefaultsToTrue() =>
        Assert.True(SiteRegistry.Parse(Registry(""), "sites.json").Sites[0].RespectRobots);

    [Fact]
    public void Read_RespectRobotsFalse_Read() =>
        Assert.False(SiteRegistry.Parse(Registry(""", "respectRobots": false"""), "sites.json").Sites[0].RespectRobots);

    [Fact]
    public void Read_RespectRobotsNotBoolean_ChineseError()
    {
        var error = Assert.Throws<SiteRegistryException>(() => SiteRegistry.Parse(Registry(""", "respectRobots": "否" """), "sites.json"));

        Assert.Equal(["第 1 条（石家庄市）：字段“respectRobots”的值 \"否\" 无效：应为 true（遵守 robots.txt，默认）或 false（不遵守）"], error.Errors);
    }
}
