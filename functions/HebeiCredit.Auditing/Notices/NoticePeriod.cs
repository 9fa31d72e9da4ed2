using System.Globalization;
using System.Text.RegularExpressions;

namespace HebeiCredit.Auditing.Notices;

/// <summary>
/// What a notice covers: findings as they stand at the end of <see cref="CutOff"/> (a China Standard Time date).
/// A monthly period ("2026-11") cuts off on the 20th, so the notice can be issued before the 25th, when monthly
/// reporting to the provincial office is due (DOMAIN.md); an ad-hoc period has its own id and cut-off.
/// </summary>
/// <param name="Id">"2026-11", or an ad-hoc id of lower-case letters, digits and '-' (it names the blob folder).</param>
public sealed partial record NoticePeriod(string Id, DateOnly CutOff, bool Monthly)
{
    public const int MonthlyCutOffDay = 20;

    public static NoticePeriod OfMonth(int year, int month) =>
        new($"{year:D4}-{month:D2}", new DateOnly(year, month, MonthlyCutOffDay), Monthly: true);

    public static NoticePeriod AdHoc(string id, DateOnly cutOff)
    {
        if (!AdHocId().IsMatch(id) || MonthLike().IsMatch(id))
        {
            throw new ArgumentException($"专项通报编号“{id}”无效：只能用小写字母、数字和“-”，不超过40个字符，且不能与月份（如 2026-11）相同。", nameof(id));
        }

        return new NoticePeriod(id, cutOff, Monthly: false);
    }

    /// <summary>"2026-11" is that month; anything else needs <paramref name="cutOff"/> and is ad hoc.</summary>
    public static NoticePeriod Parse(string text, DateOnly? cutOff = null)
    {
        if (MonthId().IsMatch(text))
        {
            var month = DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var monthly = OfMonth(month.Year, month.Month);
            return cutOff is { } day ? monthly with { CutOff = day } : monthly;
        }

        return cutOff is { } adHocCutOff
            ? AdHoc(text, adHocCutOff)
            : throw new ArgumentException($"通报期次“{text}”无效：月度通报写作“2026-11”；专项通报须同时给出截止日期。", nameof(text));
    }

    /// <summary>The end of the cut-off day, China Standard Time: findings first seen after it belong to a later period.</summary>
    public DateTimeOffset End => new DateTimeOffset(CutOff.ToDateTime(TimeOnly.MinValue), Time.ChinaTime.Offset).AddDays(1);

    /// <summary>How the notice names the period: 2026年11月, or 专项（id）.</summary>
    public string Title => Monthly
        ? $"{CutOff.Year}年{CutOff.Month}月"
        : $"专项（{Id}）";

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthId();

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex MonthLike();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex AdHocId();
}
