using HebeiCredit.Auditing.Policies;
using HebeiCredit.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace HebeiCredit.Infrastructure.Policies;

/// <summary>
/// The embedded publication-period policy plus the configured overrides: a new version (or a corrected one) arrives
/// without a code change. An invalid override throws <see cref="InvalidDataException"/> with a Chinese message naming
/// the file, version and field; the audit does not run on a policy it cannot trust.
/// </summary>
public sealed class PublicationPeriodPolicyLoader(IOptions<PublicationPeriodOptions> options, StorageClients storage)
{
    public async Task<PublicationPeriodPolicy> LoadAsync(CancellationToken cancellationToken)
    {
        var policy = PublicationPeriodPolicy.Default;
        var blob = storage.Blobs.GetBlobContainerClient(StorageNames.ConfigContainer).GetBlobClient(options.Value.Blob);
        if (await blob.ExistsAsync(cancellationToken))
        {
            using var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToStream();
            policy = policy.WithOverride(content, $"{StorageNames.ConfigContainer}/{options.Value.Blob}");
        }

        if (options.Value.Path is { Length: > 0 } path)
        {
            await using var file = File.OpenRead(path);
            policy = policy.WithOverride(file, Path.GetFileName(path));
        }

        return policy;
    }
}
