namespace HebeiCredit.Auditing.Publication.Records;

public static class SubjectCategoryNames
{
    public static string Chinese(SubjectCategory category) => category switch
    {
        SubjectCategory.Organization => "法人及非法人组织",
        SubjectCategory.NaturalPerson => "自然人",
        SubjectCategory.IndividualBusiness => "个体工商户",
        _ => "未注明",
    };

    /// <summary>Reads a 行政相对人类别 cell; null when the text is not one of the known names.</summary>
    internal static SubjectCategory? Parse(string text) => text switch
    {
        "法人及非法人组织" or "法人及其他组织" or "法人" or "非法人组织" or "法人和非法人组织" => SubjectCategory.Organization,
        "自然人" => SubjectCategory.NaturalPerson,
        "个体工商户" => SubjectCategory.IndividualBusiness,
        _ => null,
    };
}
