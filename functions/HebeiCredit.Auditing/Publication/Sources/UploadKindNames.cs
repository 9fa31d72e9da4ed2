namespace HebeiCredit.Auditing.Publication.Sources;

/// <summary>The Chinese name a user reads and the path segment of the inbox for each <see cref="UploadKind"/>.</summary>
public static class UploadKindNames
{
    public static string Chinese(UploadKind kind) => kind switch
    {
        UploadKind.Ledgers => "报送台账",
        UploadKind.Platform => "省平台报送记录",
        UploadKind.Published => "网站公示记录",
        UploadKind.Sources => "独立来源",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string PathSegment(UploadKind kind) => kind switch
    {
        UploadKind.Ledgers => "ledgers",
        UploadKind.Platform => "platform",
        UploadKind.Published => "published",
        UploadKind.Sources => "sources",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Reads the path segment of inbox/{kind}/…; exact lower-case names only.</summary>
    public static bool TryParsePathSegment(string? segment, out UploadKind kind)
    {
        foreach (var candidate in Enum.GetValues<UploadKind>())
        {
            if (string.Equals(PathSegment(candidate), segment, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
