using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Cli.Publication;

/// <summary>What dropping a national repair results file at inbox/repairs/ does in Azure, in one process.</summary>
internal sealed class LocalRepairs(IServiceProvider services)
{
    public async Task<UploadResult> UploadAsync(string file, byte[] content, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<UploadStore>();
        await store.Inbox.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await store.Inbox.GetBlobClient($"{RepairUploadService.Folder}/{file}").UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        using var stream = new MemoryStream(content, writable: false);
        return await services.GetRequiredService<RepairUploadService>().HandleAsync(file, stream, cancellationToken);
    }
}
