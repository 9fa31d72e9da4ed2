using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Headers;

/// <summary>The Chinese texts of a rejected header row; a city reads them, so the tests assert them word for word.</summary>
internal static class HeaderMessages
{
    public static string MissingColumns(IEnumerable<string> missing, string found, IEnumerable<string> expected) =>
        $"文件缺少必需的列：{string.Join("、", missing)}；文件中的列为：{found}；应包含：{string.Join("、", expected)}。";

    public static string KindUnknown(string found, bool mixed, UploadKind kind)
    {
        var reason = mixed
            ? "文件的列同时含有行政处罚和行政许可的专用列，无法确定记录类型"
            : "无法从列名识别记录类型（行政处罚或行政许可）";
        var required = RequiredFields.For(kind);
        string Names(DecisionKind k) => string.Join("、", required.Select(f => FieldNames.Of(f, k)));
        return $"{reason}；文件中的列为：{found}；应包含：{Names(DecisionKind.Penalty)}（行政处罚）"
            + $"或{Names(DecisionKind.Licensing)}（行政许可）。";
    }
}
