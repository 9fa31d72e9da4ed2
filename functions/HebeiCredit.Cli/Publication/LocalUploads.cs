using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace HebeiCredit.Cli.Publication;

/// <summary>
/// What an evaluator's upload does in Azure, in one process: the file goes into the inbox, and the same upload
/// service the AuditUpload function calls audits it, archives or rejects it.
/// </summary>
internal sealed class LocalUploads(IServiceProvider services)
{
    public async Task<UploadResult> UploadAsync(UploadKind kind, string unit, string file, byte[] content, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<UploadStore>();
        await store.Inbox.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var name = $"{UploadKindNames.PathSegment(kind)}/{unit}/{file}";
        await store.Inbox.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true, cancellationToken);
        using var stream = new MemoryStream(content, writable: false);
        return await services.GetRequiredService<UploadService>().HandleAsync($"inbox/{name}", stream, cancellationToken);
    }
}
