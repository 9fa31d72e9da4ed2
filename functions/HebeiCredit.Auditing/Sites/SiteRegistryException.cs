namespace HebeiCredit.Auditing.Sites;

/// <summary>A registry file that cannot be used; <see cref="Errors"/> names each entry and field at fault, in Chinese.</summary>
public sealed class SiteRegistryException(string source, IReadOnlyList<string> errors)
    : Exception($"站点登记表 {source} 有 {errors.Count} 处错误：\n" + string.Join("\n", errors))
{
    public string File { get; } = source;

    public IReadOnlyList<string> Errors { get; } = errors;
}
