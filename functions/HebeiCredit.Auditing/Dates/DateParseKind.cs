namespace HebeiCredit.Auditing.Dates;

public enum DateParseKind
{
    /// <summary>The text is not a date this parser accepts; <see cref="DateParseResult.Error"/> says why.</summary>
    Invalid,

    /// <summary>A real date in <see cref="DateParseResult.Value"/>.</summary>
    Date,

    /// <summary>No limit: the 2099-12-31 sentinel, or 长期 / 长期有效 / 永久.</summary>
    OpenEnded,

    /// <summary>No date: blank text, the 1900-01-01 sentinel, or Excel serial 0.</summary>
    Empty,
}
