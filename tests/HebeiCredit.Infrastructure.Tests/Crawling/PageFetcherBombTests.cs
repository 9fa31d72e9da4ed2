using System.Diagnostics;
using System.IO.Compression;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Tests.Crawling;

/// <summary>The fetcher against a decompression bomb: it measures what the process allocated, so it runs alone.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class PageFetcherBombTests
{
    [Fact]
    public async Task FetchAsync_GzipBomb_RefusedAsTooLargeQuickly()
    {
        var bomb = GzipOfZeros(256 * 1024 * 1024);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(bomb, context.RequestAborted);
        });
        var fetcher = TestFetcher.Create(o => o.MaxResponseBytes = 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var (outcome, body) = await fetcher.FetchAsync(server.Site(), server.Url(), CancellationToken.None);

        // Process-wide (the fetch moves between threads), hence the collection; inflating the bomb would take 256 MiB and more.
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(bomb.Length < 512 * 1024, $"bomb is {bomb.Length} bytes");
        Assert.Equal(FetchErrorKind.TooLarge, outcome.ErrorKind);
        Assert.True(body.Bytes.Length <= 1024 * 1024);
        Assert.True(allocated < 100 * 1024 * 1024, $"allocated {allocated} bytes");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    private static byte[] GzipOfZeros(int length)
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < length; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }

        return packed.ToArray();
    }
}
