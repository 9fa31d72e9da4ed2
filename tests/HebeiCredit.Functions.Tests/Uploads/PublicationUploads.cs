using Azure.Storage.Blobs.Models;
using HebeiCredit.Functions.Uploads;
using HebeiCredit.Infrastructure.Publication;
using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using HebeiCredit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HebeiCredit.Functions.Tests.Uploads;

/// <summary>The production 双公示 registrations over Azurite, and an upload run through the AuditUpload function class.</summary>
internal static class PublicationUploads
{
    /// <param name="wrap">Wraps the production processor, to make it fail.</param>
    public static async Task<ServiceProvider> ServicesAsync(Func<IUploadProcessor, IUploadProcessor>? wrap = null)
    {
        await Azurite.ConnectAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [StorageNames.ConnectionSetting] = Azurite.ConnectionString })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddPublicationAudit(configuration);
        if (wrap is not null)
        {
            services.WrapUploadProcessor(wrap);
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Puts the file in inbox/{kind}/{unit}/ and runs AuditUpload on it; says whether it ended in rejected/.</summary>
    public static async Task<UploadDisposition> UploadAsync(ServiceProvider services, string kind, string unit, string file, byte[] bytes)
    {
        var store = services.GetRequiredService<UploadStore>();
        await store.Inbox.CreateIfNotExistsAsync();
        var blob = store.Inbox.GetBlobClient($"{kind}/{unit}/{file}");
        await blob.UploadAsync(BinaryData.FromBytes(bytes), overwrite: true);
        await using var stream = await blob.OpenReadAsync();
        await new AuditUpload(services.GetRequiredService<UploadService>(), NullLogger<AuditUpload>.Instance)
            .Run(stream, kind, unit, file, CancellationToken.None);
        return store.Rejected.GetBlobs(BlobTraits.None, BlobStates.None, $"{kind}/{unit}/", CancellationToken.None).Any(b => b.Name.EndsWith(file))
            ? UploadDisposition.Rejected
            : UploadDisposition.Archived;
    }
}
