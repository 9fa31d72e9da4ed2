namespace HebeiCredit.Auditing.Dates;

/// <summary>How a source writes slashed dates whose year comes last.</summary>
public enum DateSourceFormat
{
    /// <summary>Year first (2021/6/15, 2021年6月15日); 06/15/2021 is rejected rather than guessed.</summary>
    Chinese,

    /// <summary>The source is known to write MM/DD/YYYY (e.g. an export from US-locale Excel); year-first forms still parse.</summary>
    UnitedStates,
}
