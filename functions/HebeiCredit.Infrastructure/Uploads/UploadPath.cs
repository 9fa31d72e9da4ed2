using System.Text.RegularExpressions;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Infrastructure.Uploads;

/// <summary>
/// The name of an upload in the inbox container: {kind}/{unit}/{file}. A name that does not parse still has a place
/// in rejected/ (<see cref="Destination"/>), so a bad upload is rejected with its reason, never lost.
/// </summary>
public sealed partial record UploadPath(string Name, string KindText, string UnitText, string File, UploadKind? Kind, string? Error)
{
    /// <summary>Parses "inbox/ledgers/1301/台账.csv" or "ledgers/1301/台账.csv".</summary>
    public static UploadPath Parse(string blobPath)
    {
        var name = blobPath.StartsWith(Storage.StorageNames.InboxContainer + "/", StringComparison.Ordinal)
            ? blobPath[(Storage.StorageNames.InboxContainer.Length + 1)..]
            : blobPath;
        var parts = name.Split('/', 3);
        if (parts.Length < 3 || parts.Any(p => p.Length == 0))
        {
            return new UploadPath(name, "", "", name, null,
                $"上传路径“{Storage.StorageNames.InboxContainer}/{name}”不符合“{Storage.StorageNames.InboxContainer}/类别/单位代码/文件名”的格式。");
        }

        var (kindText, unit, file) = (parts[0], parts[1], parts[2]);
        var where = $"上传路径“{Storage.StorageNames.InboxContainer}/{name}”";
        if (!UploadKindNames.TryParsePathSegment(kindText, out var kind))
        {
            return new UploadPath(name, kindText, unit, file, null,
                $"{where}中的类别“{kindText}”无效：应为 {string.Join("、", Enum.GetValues<UploadKind>().Select(UploadKindNames.PathSegment))} 之一。");
        }

        if (!UnitCode().IsMatch(unit))
        {
            return new UploadPath(name, kindText, unit, file, kind,
                $"{where}中的单位代码“{unit}”无效：应为以“13”开头的4位或6位行政区划代码，如“1301”。");
        }

        return new UploadPath(name, kindText, unit, file, kind, null);
    }

    public bool IsValid => Error is null;

    /// <summary>Where the upload goes in archive/ or rejected/: {kind}/{unit}/{yyyy-MM-dd}/{file}.</summary>
    public string Destination(DateOnly delivered) => KindText.Length == 0
        ? $"unsorted/{delivered:yyyy-MM-dd}/{File}"
        : $"{KindText}/{UnitText}/{delivered:yyyy-MM-dd}/{File}";

    /// <summary>The region code of a Hebei unit (GB/T 2260), as the site registry checks it.</summary>
    [GeneratedRegex("^13([0-9]{2}|[0-9]{4})$")]
    private static partial Regex UnitCode();
}
