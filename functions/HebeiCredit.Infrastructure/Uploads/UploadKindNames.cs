using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>The path names of <see cref="UploadKind"/>: inbox/ledgers/…, inbox/platform/…, and so on.</summary>
public static class UploadKindNames
{
    public static readonly IReadOnlyList<string> All = Enum.GetValues<UploadKind>().Select(Name).ToList();

    public static string Name(UploadKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out UploadKind kind)
    {
        foreach (var candidate in Enum.GetValues<UploadKind>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
