using HebeiCredit.Auditing.Sites;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Sites;

/// <summary>Reads and validates the site registry from its configured place.</summary>
public sealed class SiteRegistryLoader(IOptions<SiteRegistryOptions> options, StorageClients storage)
{
    public async Task<SiteRegistry> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.Path))
        {
            return await LoadFileAsync(settings.Path, cancellationToken);
        }

        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer).GetBlobClient(settings.Blob);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            throw new SiteRegistryException($"{StorageNames.ConfigContainer}/{settings.Blob}", ["文件不存在：请先上传站点登记表（见 README“站点登记表”）"]);
        }

        var content = await blob.DownloadContentAsync(cancellationToken);
        return SiteRegistry.Parse(content.Value.Content.ToString(), $"{StorageNames.ConfigContainer}/{settings.Blob}");
    }

    public static async Task<SiteRegistry> LoadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new SiteRegistryException(path, ["文件不存在"]);
        }

        return SiteRegistry.Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
    }
}
