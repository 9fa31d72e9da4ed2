using Azure.Core;
using Azure.Core.Pipeline;

namespace HebeiCredit.Infrastructure.Tests.Storage;

/// <summary>Names the blob requests a storage client sends (container creation apart), to show which calls reach the service.</summary>
internal sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly List<string> requests = [];

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var query = message.Request.Uri.Query;
        var listing = query.Contains("comp=list", StringComparison.Ordinal);
        if (query.Contains("restype=container", StringComparison.Ordinal) && !listing)
        {
            return;
        }

        lock (requests)
        {
            requests.Add(listing ? "list" : $"{message.Request.Method}");
        }
    }

    public void Clear()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }
}
