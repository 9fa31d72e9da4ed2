using HebeiCredit.Infrastructure.Notices;

namespace HebeiCredit.Infrastructure.Tests.Notices;

/// <summary>
/// Renders the sample notice once per run (LibreOffice is slow to start): the .docx to PDF and its first page to PNG,
/// the .html to a desktop and a phone screenshot in headless Chromium. The files stay under the test output folder,
/// rendering/, for a person to look at.
/// </summary>
public sealed class NoticeRenderingFixture : IAsyncLifetime
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "rendering");

    public string Docx => Path.Combine(Folder, "notice.docx");

    public string Pdf => Path.Combine(Folder, "notice.pdf");

    public string FirstPagePng => Path.Combine(Folder, "notice-docx-page1.png");

    public string DesktopPng => Path.Combine(Folder, "notice-html-desktop.png");

    public string PhonePng => Path.Combine(Folder, "notice-html-phone.png");

    public string PdfText { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        Directory.CreateDirectory(Folder);
        var model = NoticeSamples.Model();
        await File.WriteAllBytesAsync(Docx, NoticeDocument.Write(model));
        var html = Path.Combine(Folder, "notice.html");
        await File.WriteAllTextAsync(html, NoticePage.Write(model));

        // Own profiles, so parallel runs by other engineers never share a LibreOffice or Chromium instance.
        var profile = Path.Combine(Path.GetTempPath(), $"notice-render-{Guid.NewGuid():N}");
        var fonts = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "Notices", "gongwen-fonts.conf") };
        try
        {
            await ExternalTool.RunAsync("soffice", [$"-env:UserInstallation=file://{profile}/lo", "--headless", "--convert-to", "pdf", "--outdir", Folder, Docx], TimeSpan.FromMinutes(3), fonts);
            await ExternalTool.RunAsync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", Pdf, FirstPagePng[..^4]], TimeSpan.FromMinutes(1));
            PdfText = await ExternalTool.RunAsync("pdftotext", ["-layout", Pdf, "-"], TimeSpan.FromMinutes(1));
            foreach (var (png, size) in new[] { (DesktopPng, "1100,3000"), (PhonePng, "390,2400") })
            {
                await ExternalTool.RunAsync(
                    "chromium",
                    ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={profile}/chromium", $"--screenshot={png}", $"--window-size={size}", new Uri(html).AbsoluteUri],
                    TimeSpan.FromMinutes(2),
                    fonts);
            }
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
