using Azure;
using Azure.Storage.Blobs;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Checks, quickly and once, that the storage account answers, so the CLI can say so before any work starts.</summary>
public static class StorageProbe
{
    public static async Task EnsureReachableAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await clients.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer).ExistsAsync(timeout.Token);
        }
        catch (Exception e) when (e is RequestFailedException { Status: 0 } or AggregateException or OperationCanceledException or HttpRequestException
                                  && !cancellationToken.IsCancellationRequested)
        {
            throw new StorageUnavailableException(clients.Blobs.Uri, e);
        }
    }
}
