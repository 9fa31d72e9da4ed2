using System.Globalization;

namespace HebeiCredit.Simulation.Portals;

/// <summary>The ways real portals print an article's date in a list.</summary>
public enum DateStyle
{
    Iso,
    BracketedMonthDay,
    Chinese,
    PublishedLabel,
}

public static class DateStyleFormat
{
    public static string Format(this DateStyle style, DateOnly date) => style switch
    {
        DateStyle.BracketedMonthDay => date.ToString("[MM-dd]", CultureInfo.InvariantCulture),
        DateStyle.Chinese => $"{date.Year}年{date.Month}月{date.Day}日",
        DateStyle.PublishedLabel => $"发布时间：{date:yyyy-MM-dd}",
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
