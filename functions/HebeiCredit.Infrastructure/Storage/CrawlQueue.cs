using System.Text.Json;
using Azure.Storage.Queues;
using HebeiCredit.Auditing.Sites;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>Queue crawl-site: one message per site, so Azure can scale the crawl out.</summary>
public sealed class CrawlQueue
{
    private readonly QueueClient queue;
    private readonly CreateOnce create;

    /// <param name="queueName">Another queue than crawl-site, for tests that must not share it.</param>
    public CrawlQueue(StorageClients clients, string queueName = StorageNames.CrawlQueue)
    {
        queue = clients.Queues.GetQueueClient(queueName);
        create = new CreateOnce(ct => queue.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task EnqueueAsync(CrawlRequest request, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        await queue.SendMessageAsync(JsonSerializer.Serialize(request, StorageJson.Options), cancellationToken);
    }

    public static CrawlRequest Parse(string message) =>
        JsonSerializer.Deserialize<CrawlRequest>(message, StorageJson.Options)
        ?? throw new JsonException("crawl-site message is empty");

    public async Task<IReadOnlyList<CrawlRequest>> PeekAsync(int max, CancellationToken cancellationToken)
    {
        await create.EnsureAsync(cancellationToken);
        var messages = await queue.PeekMessagesAsync(max, cancellationToken);
        return messages.Value.Select(m => Parse(m.Body.ToString())).ToList();
    }
}
