using HebeiCredit.Auditing.Publication.Headers;

namespace HebeiCredit.Auditing.Repair;

/// <summary>
/// The header of a repair results file matched to <see cref="RepairField"/>s: the column of each field found, or
/// why the file cannot be read (<see cref="Rejection"/>, Chinese).
/// </summary>
public sealed class RepairHeader
{
    private readonly Dictionary<RepairField, int> columns;

    private RepairHeader(Dictionary<RepairField, int> columns, string? rejection)
    {
        this.columns = columns;
        Rejection = rejection;
    }

    public string? Rejection { get; }

    public int? ColumnOf(RepairField field) => columns.TryGetValue(field, out var column) ? column : null;

    /// <summary>Matches each header to a field (the first column wins when two name the same field).</summary>
    public static RepairHeader Match(IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var aliases = RepairHeaderAliases.All.ToDictionary(a => HeaderText.Normalize(a.Alias), a => a.Field, StringComparer.Ordinal);
        var columns = new Dictionary<RepairField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (aliases.TryGetValue(HeaderText.Normalize(headers[i]), out var field))
            {
                columns.TryAdd(field, i);
            }
        }

        var missing = RepairFieldNames.Required.Where(f => !columns.ContainsKey(f)).Select(RepairFieldNames.Of).ToList();
        var rejection = missing.Count == 0
            ? null
            : $"文件缺少必需的列：{string.Join("、", missing)}；文件中的列为：{string.Join("、", headers.Select(HeaderText.Display))}；"
              + $"应包含：{string.Join("、", Enum.GetValues<RepairField>().Select(RepairFieldNames.Of))}（其中{string.Join("、", RepairFieldNames.Required.Select(RepairFieldNames.Of))}必需）。";
        return new RepairHeader(columns, rejection);
    }
}
