using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace HebeiCredit.Infrastructure.Storage;

/// <summary>
/// The three service clients for one storage account, built the way the Functions host reads
/// <c>AzureWebJobsStorage</c>: a connection string locally, or the identity-based
/// <c>AzureWebJobsStorage__accountName</c> / <c>__blobServiceUri</c> / <c>__credential</c> / <c>__clientId</c> form in Azure.
/// </summary>
public sealed class StorageClients(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables)
{
    public BlobServiceClient Blobs { get; } = blobs;

    public QueueServiceClient Queues { get; } = queues;

    public TableServiceClient Tables { get; } = tables;

    public static StorageClients FromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration[StorageNames.ConnectionSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString);
        }

        var section = configuration.GetSection(StorageNames.ConnectionSetting);
        var account = section["accountName"];
        Uri Endpoint(string service) => section[$"{service}ServiceUri"] is { Length: > 0 } uri
            ? new Uri(uri)
            : account is { Length: > 0 }
                ? new Uri($"https://{account}.{service}.core.windows.net")
                : throw new InvalidOperationException(
                    $"未配置存储连接：请设置 {StorageNames.ConnectionSetting}（本地为 UseDevelopmentStorage=true）或 {StorageNames.ConnectionSetting}__accountName。");

        var credential = Credential(section);
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        return new StorageClients(
            new BlobServiceClient(Endpoint("blob"), credential),
            new QueueServiceClient(Endpoint("queue"), credential, queueOptions),
            new TableServiceClient(Endpoint("table"), credential));
    }

    public static StorageClients FromConnectionString(string connectionString) => new(
        new BlobServiceClient(connectionString),
        // The Functions queue trigger expects Base64 message bodies by default.
        new QueueServiceClient(connectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }),
        new TableServiceClient(connectionString));

    private static TokenCredential Credential(IConfigurationSection section) =>
        string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(section["clientId"] is { Length: > 0 } id ? ManagedIdentityId.FromUserAssignedClientId(id) : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential();
}
