using System.ComponentModel.DataAnnotations;
using HebeiCredit.Auditing.Notices;

namespace HebeiCredit.Infrastructure.Notices;

/// <summary>How notices are built, bound from the "Notices" section.</summary>
public sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>Working days from the issue date to the rectification deadline (DOMAIN.md: commonly 10).</summary>
    [Range(1, 60)]
    public int DeadlineWorkingDays { get; set; } = NoticeBuilder.DefaultDeadlineWorkingDays;

    /// <summary>The probes counted for a unit's availability: this many days up to the cut-off (the audit's rolling week).</summary>
    [Range(1, 31)]
    public int AvailabilityWindowDays { get; set; } = 7;
}
