using HebeiCredit.Infrastructure.Calendar;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Testing;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Tests.Calendar;

public sealed class WorkingCalendarLoaderTests
{
    // Invented data for the test only; not the State Council's notices.
    private static string Year(int year) => $$"""
        { "years": [ { "year": {{year}}, "notices": [ {
          "number": "测试〔{{year - 1}}〕1号", "title": "测试用{{year}}年安排", "date": "{{year - 1}}-11-01",
          "holidays": [ { "name": "元旦", "from": "{{year}}-01-01", "to": "{{year}}-01-03" } ],
          "workingDays": [] } ] } ] }
        """;

    [Fact]
    public async Task LoadAsync_OverlaysInConfigContainerAndOnDisk_AddTheirYears()
    {
        var clients = await Azurite.ConnectAsync();
        var blobName = $"holidays-{Guid.NewGuid():N}.json";
        var config = clients.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer);
        await config.CreateIfNotExistsAsync();
        await config.UploadBlobAsync(blobName, BinaryData.FromString(Year(2027)));
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, Year(2028));
        var loader = new WorkingCalendarLoader(Options.Create(new CalendarOptions { Blob = blobName, Path = file }), clients);

        var calendar = await loader.LoadAsync(CancellationToken.None);

        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028], calendar.CoveredYears);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2028, 1, 4)));
        await config.DeleteBlobAsync(blobName);
    }

    [Fact]
    public async Task LoadAsync_NoOverlay_IsTheEmbeddedCalendar()
    {
        var clients = await Azurite.ConnectAsync();
        var loader = new WorkingCalendarLoader(Options.Create(new CalendarOptions { Blob = $"absent-{Guid.NewGuid():N}.json" }), clients);

        var calendar = await loader.LoadAsync(CancellationToken.None);

        Assert.Equal(2026, calendar.LastYear);
    }
}
