using Azure.Core;
using Azure.Core.Pipeline;

namespace HebeiCredit.Infrastructure.Tests.Storage;

/// <summary>
/// Names the table requests a client sends ("query", "batch", or the method), and runs <see cref="BeforeFirstBatch"/>
/// just before the first transaction goes out: the moment another writer can change a row the store has read.
/// </summary>
internal sealed class TableRequests : HttpPipelineSynchronousPolicy
{
    private readonly List<string> requests = [];
    private int batches;

    public Action? BeforeFirstBatch { get; init; }

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
        var path = message.Request.Uri.Path;
        var name = path.EndsWith("$batch", StringComparison.Ordinal) ? "batch"
            : message.Request.Method == RequestMethod.Get ? "query"
            : message.Request.Method.ToString();
        if (name == "batch" && Interlocked.Increment(ref batches) == 1)
        {
            BeforeFirstBatch?.Invoke();
        }

        lock (requests)
        {
            requests.Add(name);
        }
    }
}
