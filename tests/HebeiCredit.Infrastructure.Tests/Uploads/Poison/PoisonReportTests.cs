using HebeiCredit.Infrastructure.Uploads.Poison;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Poison;

public sealed class PoisonReportTests
{
    [Fact]
    public void Summary_SomeAttemptsLeftNoError_CountsThemAfterTheLastError()
    {
        var report = new PoisonReport(
            "处罚.xlsx", "platform/1305/处罚.xlsx", "md5-00", "rejected/poison/platform/1305/2026-03-20/处罚.xlsx", 4, 3,
            "System.TimeoutException", "table storage timed out", new DateTimeOffset(2026, 3, 20, 16, 0, 5, TimeSpan.Zero), DateTimeOffset.UnixEpoch);

        Assert.Equal(
            "文件“处罚.xlsx”（inbox/platform/1305/处罚.xlsx）已连续处理 4 次均未完成，不再重试，已原样移至 rejected/poison/platform/1305/2026-03-20/处罚.xlsx。\n"
            + "最后一次错误（2026-03-21 00:00:05）：System.TimeoutException：table storage timed out；另有 1 次处理中途终止，没有留下错误信息。\n"
            + "处理程序在这个文件上反复出错，文件内容并未被判定为不合格：请运维人员查明原因后，把原文件重新放入 inbox/platform/1305/处罚.xlsx 再次处理。\n",
            report.Summary());
    }
}
