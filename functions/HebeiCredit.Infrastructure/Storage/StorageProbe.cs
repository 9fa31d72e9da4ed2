using Azure;
using Azure.Storage.Blobs;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Checks, once, that the storage account answers, so the CLI can say so before any work starts.</summary>
public static class StorageProbe
{
    public static async Task EnsureReachableAsync(StorageClients clients, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // A refused connection fails at once; the timeout only bounds an endpoint that hangs, and a busy Azurite
        // (a test run's parallel assemblies on 2 cores) has been seen to need more than 5 s for this one request.
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
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
