using System.Buffers;
using System.Globalization;
using System.Text;
using HebeiCredit.Auditing.Dates;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Records;

/// <summary>
/// Reads the cells of one row and collects a PUB-INVALID-* finding for each one that cannot be used, naming the
/// file, row and field. Subjects are "{file}#{row}#{field}", so a re-run of the same file updates the same findings.
/// </summary>
internal sealed class RowCheck(SourceRow row, HeaderMatch header, string file, UploadKind kind, string unit, DateOnly today)
{
    private static readonly SearchValues<char> PlainAmountCharacters = SearchValues.Create("0123456789.-+");

    private readonly DateTimeOffset _observedAt = PublicationText.ObservedAt(today);

    // Created on the first finding: nearly every row has none, and every row of every upload passes here.
    private List<Finding>? _findings;
    private List<string>? _invalidFields;

    public IReadOnlyList<Finding> Findings => (IReadOnlyList<Finding>?)_findings ?? [];

    public IReadOnlyList<string> InvalidFields => (IReadOnlyList<string>?)_invalidFields ?? [];

    public UploadKind Kind => kind;

    public bool Has(PublicationField field) => header.Has(field);

    public string? Text(PublicationField field)
    {
        if (!header.Columns.TryGetValue(field, out var index) || index >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[index]?.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public bool IsBlank
    {
        get
        {
            var cells = row.Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                if (!IsBlankCell(cells[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public string? Required(PublicationField field)
    {
        var text = Text(field);
        if (text is null)
        {
            InvalidField(field, null, RecordMessages.Empty);
        }

        return text;
    }

    /// <param name="required">An empty cell is a finding.</param>
    /// <param name="notAfterToday">A date after <c>today</c> is a finding (a decision or a report cannot lie ahead).</param>
    /// <param name="openEndedAllowed">长期 / 2099-12-31 is read as <see cref="PublicationRecord.OpenEnded"/>; else a finding.</param>
    public DateOnly? Date(PublicationField field, bool required, bool notAfterToday, bool openEndedAllowed)
    {
        var text = required ? Required(field) : Text(field);
        if (text is null)
        {
            return null;
        }

        var parsed = ChineseDateParser.Parse(text);
        switch (parsed.Kind)
        {
            case DateParseKind.Invalid:
                InvalidField(field, text, parsed.Error!);
                return null;
            case DateParseKind.OpenEnded when openEndedAllowed:
                return PublicationRecord.OpenEnded;
            case DateParseKind.Empty when !required:
                return null;
            case DateParseKind.OpenEnded or DateParseKind.Empty:
                InvalidField(field, text, RecordMessages.NotADate(text));
                return null;
        }

        if (notAfterToday && parsed.Value > today)
        {
            InvalidField(field, text, RecordMessages.Future(parsed.Value, today));
            return null;
        }

        return parsed.Value;
    }

    /// <summary>An amount in 万元: "1.5", "1,000", "０．５", "2万元"; negative or unreadable amounts are findings.</summary>
    public decimal? Amount(PublicationField field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        // The common case, a plain decimal such as "0.35": NFKC and the clean-up below would leave it as it is.
        if (!text.AsSpan().ContainsAnyExcept(PlainAmountCharacters))
        {
            return Parsed(field, text, text);
        }

        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (!char.IsWhiteSpace(c) && c != ',')
            {
                plain.Append(c);
            }
        }

        var number = plain.ToString();
        number = number.EndsWith("万元", StringComparison.Ordinal) ? number[..^2]
            : number.EndsWith('万') ? number[..^1]
            : number;
        return Parsed(field, text, number);
    }

    public void InvalidField(PublicationField field, string? value, string message) =>
        Add(RuleIds.PubInvalidField, field, value, message, "有误", PublicationClauses.Field(header.NameOf(field)), string.Empty);

    public void InvalidCode(PublicationField field, string value, string message, PolicyClause clause) =>
        Add(RuleIds.PubInvalidCode, field, value, message, "校验不通过", clause, RecordMessages.StillAudited);

    private void Add(string ruleId, PublicationField field, string? value, string message, string verdict, PolicyClause clause, string tail)
    {
        var name = header.NameOf(field);
        _invalidFields ??= [];
        if (!_invalidFields.Contains(name))
        {
            _invalidFields.Add(name);
        }

        (_findings ??= []).Add(new Finding(
            ruleId,
            unit,
            $"{file}#{row.Row}#{name}",
            $"“{file}”第{row.Row}行“{name}”{verdict}",
            $"{UploadKindNames.Chinese(kind)}“{file}”第{row.Row}行“{name}”：{message}。{tail}",
            clause,
            [new Evidence($"“{file}”第{row.Row}行“{name}”：{value ?? "（空）"}", File: file, Row: row.Row, Field: name)],
            _observedAt));
    }

    private decimal? Parsed(PublicationField field, string text, string number)
    {
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            InvalidField(field, text, RecordMessages.Amount(text));
            return null;
        }

        if (amount < 0)
        {
            InvalidField(field, text, RecordMessages.NegativeAmount(text));
            return null;
        }

        return amount;
    }

    /// <summary>Only whitespace and byte-order marks (a BOM pasted into a cell is not content).</summary>
    private static bool IsBlankCell(string? cell)
    {
        foreach (var c in cell.AsSpan())
        {
            if (c != '\uFEFF' && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
