using HebeiCredit.Infrastructure.Repair;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace HebeiCredit.Functions.Repair;

public sealed class AuditRepairUpload(RepairUploadService repairs, ILogger<AuditRepairUpload> logger)
{
    public const string Path = StorageNames.InboxContainer + "/" + RepairUploadService.Folder + "/{name}";

    /// <summary>National repair results, fed by the inbox's Event Grid subscription like AuditUpload.</summary>
    [Function(nameof(AuditRepairUpload))]
    public async Task Run(
        [BlobTrigger(Path, Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionSetting)] Stream blob,
        string name, CancellationToken cancellationToken)
    {
        var result = await repairs.HandleAsync(name, blob, cancellationToken);
        logger.LogInformation("Repair upload {Name}: {Disposition} {Location}", name, result.Disposition, result.Location);
    }
}
