using HebeiCredit.Auditing.Dates;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Repair;

/// <summary>
/// Reads a row of a national repair results file into a <see cref="RepairDecision"/>. A row needs its 文书号 and a
/// 修复决定日期 no later than <c>today</c>; otherwise it is reported (file, row, field) and left out, and the rest of the
/// file is still read.
/// </summary>
public static class RepairRowReader
{
    public static RepairRowResult Read(SourceRow row, RepairHeader header, string file, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(header);
        string? Cell(RepairField field) =>
            header.ColumnOf(field) is { } column && column < row.Cells.Count && row.Cells[column] is { } text && !string.IsNullOrWhiteSpace(text)
                ? text.Trim()
                : null;

        var problems = new List<RepairRowProblem>();
        RepairRowProblem Problem(RepairField field, string what) =>
            new(file, row.Row, RepairFieldNames.Of(field), $"文件“{file}”第{row.Row}行，字段“{RepairFieldNames.Of(field)}”：{what}");

        var document = Cell(RepairField.DocumentNumber);
        if (document is null)
        {
            problems.Add(Problem(RepairField.DocumentNumber, "为空，无法对应处罚决定。"));
        }

        DateOnly? repairedOn = null;
        var dateText = Cell(RepairField.RepairDate);
        if (dateText is null)
        {
            problems.Add(Problem(RepairField.RepairDate, "为空。"));
        }
        else
        {
            var parsed = ChineseDateParser.Parse(dateText);
            if (!parsed.IsDate)
            {
                problems.Add(Problem(RepairField.RepairDate, $"“{dateText}”不是有效日期。"));
            }
            else if (parsed.Value > today)
            {
                problems.Add(Problem(RepairField.RepairDate, $"“{dateText}”晚于今天（{PublicationText.Date(today)}）。"));
            }
            else
            {
                repairedOn = parsed.Value;
            }
        }

        if (problems.Count > 0)
        {
            return new RepairRowResult(null, problems);
        }

        return new RepairRowResult(
            new RepairDecision(
                file,
                row.Row,
                DocumentNumber.From(document!),
                Cell(RepairField.SubjectName),
                Cell(RepairField.SubjectCreditCode),
                Cell(RepairField.Authority),
                repairedOn!.Value,
                Cell(RepairField.RepairKind)),
            []);
    }
}
