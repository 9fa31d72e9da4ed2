using HebeiCredit.Infrastructure.Overview;
using HebeiCredit.Infrastructure.Tests.Notices;

namespace HebeiCredit.Infrastructure.Tests.Overview;

/// <summary>The overview's index.html as a phone shows it: Chromium renders it at 390 px wide and the screenshot is kept.</summary>
public sealed class OverviewRenderingTests
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "rendering-overview");

    [Fact]
    public async Task Render_Chromium_ScreenshotsThePhoneView()
    {
        Directory.CreateDirectory(Folder);
        var model = NoticeSamples.Model();
        var built = new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.FromHours(8));
        var files = new[] { "notice.docx", "notice.xlsx", "notice.html", "notice.json" }
            .Select(name => new OverviewFile(model.Period.Id, name, null, 48_000, built))
            .Append(new OverviewFile("2026-10", "notice.docx", null, 45_000, built.AddMonths(-1)))
            .ToList();
        var html = Path.Combine(Folder, "index.html");
        var png = Path.Combine(Folder, "overview-phone.png");
        await File.WriteAllTextAsync(html, OverviewPage.Render(
            files, new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<Auditing.Notices.NoticeUnit>> { [model.Period.Id] = model.Units }, built));
        var profile = Path.Combine(Path.GetTempPath(), $"overview-render-{Guid.NewGuid():N}");
        try
        {
            await ExternalTool.RunAsync(
                "chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile}", $"--screenshot={png}", "--window-size=390,1400", new Uri(html).AbsoluteUri],
                TimeSpan.FromMinutes(2),
                new Dictionary<string, string> { ["FONTCONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "Notices", "gongwen-fonts.conf") });
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes.Take(8));
        Assert.True(bytes.Length > 10_000, $"{png} is only {bytes.Length} bytes: a blank render?");
    }
}
