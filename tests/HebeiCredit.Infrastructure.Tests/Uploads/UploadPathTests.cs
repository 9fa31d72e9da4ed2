using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads;

namespace HebeiCredit.Infrastructure.Tests.Uploads;

public sealed class UploadPathTests
{
    [Theory]
    [InlineData("inbox/ledgers/1301/台账.csv", UploadKind.Ledgers, "1301")]
    [InlineData("platform/130682/平台.xlsx", UploadKind.Platform, "130682")]
    [InlineData("inbox/published/1311/a.txt", UploadKind.Published, "1311")]
    [InlineData("inbox/sources/1300/a.csv", UploadKind.Sources, "1300")]
    public void Parse_ValidPath_GivesKindUnitAndFile(string path, UploadKind kind, string unit)
    {
        var parsed = UploadPath.Parse(path);

        Assert.True(parsed.IsValid, parsed.Error);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(unit, parsed.UnitText);
    }

    [Fact]
    public void Parse_UnknownKind_SaysWhichKindsThereAre()
    {
        var parsed = UploadPath.Parse("inbox/repairs/1301/修复.csv");

        Assert.Equal("上传路径“inbox/repairs/1301/修复.csv”中的类别“repairs”无效：应为 ledgers、platform、published、sources 之一。", parsed.Error);
        Assert.Equal("repairs/1301/2026-03-02/修复.csv", parsed.Destination(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    [InlineData("1401")]
    [InlineData("13011")]
    [InlineData("shijiazhuang")]
    public void Parse_BadUnitCode_SaysWhatAUnitCodeIs(string unit)
    {
        var parsed = UploadPath.Parse($"inbox/ledgers/{unit}/a.csv");

        Assert.Equal($"上传路径“inbox/ledgers/{unit}/a.csv”中的单位代码“{unit}”无效：应为以“13”开头的4位或6位行政区划代码，如“1301”。", parsed.Error);
    }

    [Fact]
    public void Parse_TooFewSegments_IsInvalidAndStillHasADestination()
    {
        var parsed = UploadPath.Parse("inbox/台账.csv");

        Assert.Equal("上传路径“inbox/台账.csv”不符合“inbox/类别/单位代码/文件名”的格式。", parsed.Error);
        Assert.Equal("unsorted/2026-03-02/台账.csv", parsed.Destination(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void Destination_ValidPath_IsKindUnitDateFile() =>
        Assert.Equal("ledgers/1301/2026-03-02/台账.csv", UploadPath.Parse("inbox/ledgers/1301/台账.csv").Destination(new DateOnly(2026, 3, 2)));
}
