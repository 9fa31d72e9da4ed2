namespace HebeiCredit.Auditing.Policies;

/// <summary>The checks a version of the publication-period policy must pass, each problem in Chinese naming the field.</summary>
internal static class PeriodVersionCheck
{
    public static IEnumerable<string> Problems(PeriodVersion version, int position)
    {
        var where = $"第 {position} 个版本（{(string.IsNullOrWhiteSpace(version.Id) ? "无id" : version.Id)}）";
        if (string.IsNullOrWhiteSpace(version.Id))
        {
            yield return $"{where}：缺少字段“id”";
        }

        if (version.EffectiveFrom == default)
        {
            yield return $"{where}：缺少字段“effectiveFrom”（施行日期，格式 yyyy-MM-dd）";
        }

        if (string.IsNullOrWhiteSpace(version.Document))
        {
            yield return $"{where}：缺少字段“document”（依据文件）";
        }

        if (version.SyncWorkingDays <= 0)
        {
            yield return $"{where}：字段“syncWorkingDays”须为正整数（修复结果同步的工作日数）";
        }

        if (string.IsNullOrWhiteSpace(version.SyncClause))
        {
            yield return $"{where}：缺少字段“syncClause”";
        }

        if (version.Classes is not { Count: > 0 })
        {
            yield return $"{where}：缺少字段“classes”（至少一个类别）";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(version.DefaultReason))
        {
            yield return $"{where}：缺少字段“defaultReason”（按默认类别处理的理由）";
        }

        if (!version.Classes.Any(c => c is not null && string.Equals(c.Name, version.DefaultClass, StringComparison.Ordinal)))
        {
            yield return $"{where}：字段“defaultClass”的值“{version.DefaultClass}”不是“classes”中的类别";
        }

        foreach (var problem in version.Classes.SelectMany(c => ClassProblems(where, c)))
        {
            yield return problem;
        }

        foreach (var (longer, i) in (version.LongerMinimums ?? []).Select((l, i) => (l, i + 1)))
        {
            if (longer is null || longer.MinMonths <= 0 || longer.Markers is not { Count: > 0 } || string.IsNullOrWhiteSpace(longer.Clause))
            {
                yield return $"{where}：“longerMinimums”第 {i} 项须有“markers”、正的“minMonths”和“clause”";
            }
        }

        foreach (var (condition, i) in (version.NoEarlyStop ?? []).Select((c, i) => (c, i + 1)))
        {
            if (condition is null || string.IsNullOrWhiteSpace(condition.Reason) || !condition.HasConstraint)
            {
                yield return $"{where}：“noEarlyStop”第 {i} 项须有“reason”和至少一个条件";
            }
        }
    }

    private static IEnumerable<string> ClassProblems(string where, PeriodClass? periodClass)
    {
        if (periodClass is null || string.IsNullOrWhiteSpace(periodClass.Name))
        {
            yield return $"{where}：“classes”中有类别缺少“name”";
            yield break;
        }

        var at = $"{where}类别“{periodClass.Name}”";
        if (string.IsNullOrWhiteSpace(periodClass.Clause))
        {
            yield return $"{at}：缺少字段“clause”";
        }

        if (periodClass.Published && (periodClass.MinMonths < 0 || periodClass.MaxMonths <= 0 || periodClass.MaxMonths < periodClass.MinMonths))
        {
            yield return $"{at}：“minMonths”“maxMonths”须满足 0 ≤ 最短 ≤ 最长，且最长大于0";
        }

        foreach (var (condition, i) in (periodClass.Conditions ?? []).Select((c, i) => (c, i + 1)))
        {
            if (condition is null || string.IsNullOrWhiteSpace(condition.Reason) || !condition.HasConstraint)
            {
                yield return $"{at}：“conditions”第 {i} 项须有“reason”和至少一个条件";
            }
        }
    }
}
