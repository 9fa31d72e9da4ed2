namespace HebeiCredit.Auditing.Dates;

/// <summary>
/// The outcome of reading one date; bad input is an ordinary result, not an exception. <see cref="Value"/> is
/// meaningful only when <see cref="Kind"/> is <see cref="DateParseKind.Date"/>.
/// </summary>
public readonly record struct DateParseResult(DateParseKind Kind, DateOnly Value, TimeOnly? Time, string? Error)
{
    public bool IsDate => Kind == DateParseKind.Date;

    internal static DateParseResult Date(DateOnly value, TimeOnly? time) => new(DateParseKind.Date, value, time, null);

    internal static DateParseResult OpenEnded { get; } = new(DateParseKind.OpenEnded, default, null, null);

    internal static DateParseResult Empty { get; } = new(DateParseKind.Empty, default, null, null);

    internal static DateParseResult Invalid(string error) => new(DateParseKind.Invalid, default, null, error);
}
