using Azure;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Infrastructure.Uploads.Poison;
using HebeiCredit.Testing;

namespace HebeiCredit.Infrastructure.Tests.Uploads.Poison;

/// <summary>Table UploadAttempts over Azurite.</summary>
public sealed class UploadAttemptStoreTests
{
    [Fact]
    public async Task StartAsync_AfterAFailure_CountsTheAttemptAndCarriesTheLastError()
    {
        var store = new UploadAttemptStore(await Azurite.ConnectAsync(), TimeProvider.System);
        var upload = Upload();

        var first = await store.StartAsync(upload, CancellationToken.None);
        await store.FailAsync(upload, new TimeoutException("table storage timed out"), CancellationToken.None);
        var second = await store.StartAsync(upload, CancellationToken.None);
        var third = await store.StartAsync(upload, CancellationToken.None);

        Assert.Equal((1, 0, null), (first.Number, first.Failures, first.LastError));
        Assert.Equal((2, 1, "System.TimeoutException", "table storage timed out"), (second.Number, second.Failures, second.LastErrorType, second.LastError));
        Assert.Equal((3, 2), (third.Number, third.Unfinished));
        await store.ClearAsync(upload, CancellationToken.None);
    }

    [Fact]
    public async Task StartAsync_ConcurrentDeliveries_CountsEachOnce()
    {
        var store = new UploadAttemptStore(await Azurite.ConnectAsync(), TimeProvider.System);
        var upload = Upload();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.StartAsync(upload, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 8), attempts.Select(a => a.Number).Order());
        await store.ClearAsync(upload, CancellationToken.None);
    }

    [Fact]
    public async Task ClearAsync_ThenStartAsync_StartsAfresh()
    {
        var store = new UploadAttemptStore(await Azurite.ConnectAsync(), TimeProvider.System);
        var upload = Upload();
        await store.StartAsync(upload, CancellationToken.None);
        await store.FailAsync(upload, new InvalidOperationException("boom"), CancellationToken.None);

        await store.ClearAsync(upload, CancellationToken.None);
        await store.ClearAsync(upload, CancellationToken.None);
        var attempt = await store.StartAsync(upload, CancellationToken.None);

        Assert.Equal((1, 0, null), (attempt.Number, attempt.Failures, attempt.LastErrorType));
        await store.ClearAsync(upload, CancellationToken.None);
    }

    /// <summary>An upload whose name holds the characters table keys refuse ('/', '#', '?').</summary>
    private static InboxUpload Upload() =>
        new($"ledgers/1301/台账#{Guid.NewGuid():N}?.csv", new ETag("\"0x1\""), $"md5-{Guid.NewGuid():N}", new DateOnly(2026, 3, 20), 10);
}
