namespace HebeiCredit.Auditing.Sites;

/// <summary>The Chinese names of <see cref="UnitLevel"/> as the registry file spells them.</summary>
public static class UnitLevelNames
{
    private static readonly Dictionary<string, UnitLevel> ByName = new()
    {
        ["设区市"] = UnitLevel.City,
        ["县级市"] = UnitLevel.CountyCity,
        ["新区"] = UnitLevel.NewArea,
    };

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static bool TryParse(string? name, out UnitLevel level) => ByName.TryGetValue(name ?? "", out level);

    public static string ToChinese(this UnitLevel level) => ByName.First(pair => pair.Value == level).Key;
}
