using HebeiCredit.Infrastructure.Storage;
using HebeiCredit.Infrastructure.Uploads;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Uploads;

public sealed class AuditUpload(UploadService uploads, ILogger<AuditUpload> logger)
{
    public const string Path = StorageNames.InboxContainer + "/{kind}/{unit}/{name}";

    /// <summary>Flex Consumption has no polling blob trigger: the inbox is fed by an Event Grid subscription (infra/).</summary>
    [Function(nameof(AuditUpload))]
    public async Task Run(
        [BlobTrigger(Path, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionSetting)] Stream blob,
        string kind, string unit, string name, CancellationToken cancellationToken)
    {
        var result = await uploads.HandleAsync($"{StorageNames.InboxContainer}/{kind}/{unit}/{name}", blob, cancellationToken);
        logger.LogInformation("Upload {Kind}/{Unit}/{Name}: {Disposition} {Location}", kind, unit, name, result.Disposition, result.Location);
    }
}
