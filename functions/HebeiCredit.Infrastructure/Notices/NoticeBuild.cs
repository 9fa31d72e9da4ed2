using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>What <see cref="NoticeService.BuildAsync(NoticePeriod, CancellationToken)"/> made: the model and the files written to notices/{period}/.</summary>
public sealed record NoticeBuild(NoticeModel Model, IReadOnlyList<NoticeFile> Files)
{
    public IReadOnlyList<string> BlobNames => Files.Select(f => f.BlobName).ToList();
}
