using System.Text.Json;

namespace HebeiCredit.Auditing.Policies;

/// <summary>
/// The publication periods of penalty information as versioned data with their sources (publication-periods.json,
/// embedded). A deployment adds or replaces versions (by id) with a file of the same shape, see <see cref="WithOverride"/>.
/// </summary>
/// <remarks>
/// Which version applies to a record: the periods of a penalty are those of the rules in force when it was decided,
/// so the version is chosen by the 处罚决定日期 (a record decided under 527号 keeps 527号's 1-year maximum when audited
/// after 58号令). Among the versions in force then, one scoped to the deciding authority (总局令第45号 for 市场监管)
/// wins over a general one, as the special rule; among equals the latest wins. A decision older than every version
/// falls under the earliest general one; a record with no decision date under the general version in force today.
/// The sync window after a national repair is that of the general version in force on the repair decision date.
/// </remarks>
public sealed record PublicationPeriodPolicy(IReadOnlyList<PeriodVersion> Versions)
{
    private const string ResourceName = "HebeiCredit.Auditing.Policies.publication-periods.json";
    private const string EmbeddedName = "publication-periods.json（内置）";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<PublicationPeriodPolicy> Embedded = new(() =>
    {
        using var stream = typeof(PublicationPeriodPolicy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        return Load(stream, EmbeddedName);
    });

    /// <summary>The embedded policy (publication-periods.json).</summary>
    public static PublicationPeriodPolicy Default => Embedded.Value;

    /// <summary>The version whose periods apply to a penalty decided on <paramref name="decisionDate"/> by <paramref name="authority"/>.</summary>
    public PeriodVersion VersionFor(DateOnly decisionDate, string? authority)
    {
        var inForce = Versions.Where(v => v.EffectiveFrom <= decisionDate && v.CoversAuthority(authority)).ToList();
        if (inForce.Count == 0)
        {
            return Versions.Where(v => !v.IsScoped).MinBy(v => v.EffectiveFrom)!;
        }

        return inForce.OrderByDescending(v => v.IsScoped).ThenByDescending(v => v.EffectiveFrom).First();
    }

    /// <summary>The general version in force on <paramref name="date"/> (or the earliest one before them all).</summary>
    public PeriodVersion GeneralVersionAt(DateOnly date)
    {
        var general = Versions.Where(v => !v.IsScoped).OrderBy(v => v.EffectiveFrom).ToList();
        return general.LastOrDefault(v => v.EffectiveFrom <= date) ?? general[0];
    }

    /// <summary>
    /// This policy with the versions of an override file: a version with a known id replaces it, a new id is added.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not valid policy data; the message (Chinese) names the file, version and field.</exception>
    public PublicationPeriodPolicy WithOverride(Stream json, string fileName)
    {
        var overlay = Read(json, fileName);
        var merged = Versions.Where(v => overlay.All(o => !string.Equals(o.Id, v.Id, StringComparison.Ordinal))).Concat(overlay).ToList();
        Validate(merged, fileName);
        return new PublicationPeriodPolicy(merged.OrderBy(v => v.EffectiveFrom).ToList());
    }

    /// <exception cref="InvalidDataException">Not valid policy data; the message (Chinese) names the file, version and field.</exception>
    public static PublicationPeriodPolicy Load(Stream json, string fileName)
    {
        var versions = Read(json, fileName);
        Validate(versions, fileName);
        return new PublicationPeriodPolicy(versions.OrderBy(v => v.EffectiveFrom).ToList());
    }

    private static List<PeriodVersion> Read(Stream json, string fileName)
    {
        PublicationPeriodPolicy? policy;
        try
        {
            policy = JsonSerializer.Deserialize<PublicationPeriodPolicy>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"公示期限政策文件“{fileName}”不是有效的JSON（第{(ex.LineNumber ?? 0) + 1}行）：{ex.Message}", ex);
        }

        if (policy?.Versions is not { Count: > 0 } versions || versions.Any(v => v is null))
        {
            throw new InvalidDataException($"公示期限政策文件“{fileName}”缺少“versions”，或其中有空的版本。");
        }

        return versions.ToList();
    }

    private static void Validate(IReadOnlyList<PeriodVersion> versions, string fileName)
    {
        var problems = versions.SelectMany((v, i) => PeriodVersionCheck.Problems(v, i + 1)).ToList();
        problems.AddRange(versions.Where(v => !string.IsNullOrWhiteSpace(v.Id)).GroupBy(v => v.Id).Where(g => g.Count() > 1)
            .Select(g => $"版本“{g.Key}”重复出现{g.Count()}次"));
        if (!versions.Any(v => v.AuthorityMarkers is not { Count: > 0 }))
        {
            problems.Add("至少需要一个不限处罚机关（无“authorityMarkers”）的通用版本");
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException($"公示期限政策文件“{fileName}”有 {problems.Count} 处错误：" + string.Join("；", problems) + "。");
        }
    }
}
