using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Calendar;

/// <summary>The embedded calendar plus the configured overlays: the 2027 notice arrives without a code change.</summary>
public sealed class WorkingCalendarLoader(IOptions<CalendarOptions> options, StorageClients storage)
{
    public async Task<WorkingCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        var overlays = new List<Stream>();
        try
        {
            var blob = storage.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer).GetBlobClient(options.Value.Blob);
            if (await blob.ExistsAsync(cancellationToken))
            {
                overlays.Add((await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToStream());
            }

            if (options.Value.Path is { Length: > 0 } path)
            {
                overlays.Add(File.OpenRead(path));
            }

            return WorkingCalendar.Load([.. overlays]);
        }
        finally
        {
            foreach (var overlay in overlays)
            {
                await overlay.DisposeAsync();
            }
        }
    }
}
