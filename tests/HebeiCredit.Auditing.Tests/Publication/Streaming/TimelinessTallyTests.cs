using HebeiCredit.Auditing.Calendar;
using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Policies;
using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;
using HebeiCredit.Auditing.Publication.Streaming;
using HebeiCredit.Auditing.Tests.Publication.Audit;

namespace HebeiCredit.Auditing.Tests.Publication.Streaming;

public sealed class TimelinessTallyTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    // One unit's ledger and platform export with every case the PUB-LATE / PUB-MISSING rules tell apart planted in it.
    private static readonly PublicationRecord[] Planted =
    [
        // On time across 国庆 2025 (deadline 10-14), late by 3 working days with a variant spelling, and
        // reported twice (the earliest receipt counts).
        Rec.Platform("冀石环罚〔2025〕1号", "2025-09-28", "2025-10-14", row: 2),
        Rec.Platform("冀石环罚[2025]第002号", "2025-09-28", "2025-10-17", row: 3),
        Rec.Platform("冀石环罚〔2025〕3号", "2025-09-28", "2025-10-20", row: 4),
        Rec.Platform("冀石环罚〔2025〕3号", "2025-09-28", "2025-10-13", row: 5),
        // 春节 2026: deadline 02-28 (a working Saturday); 03-03 is 2 working days late.
        Rec.Platform("冀石环罚〔2026〕4号", "2026-02-12", "2026-03-03", row: 6),
        // 市场监管 penalties have 20 working days: 2026-03-02 + 20 = 03-30, so 03-20 is on time and 04-01 2 days late.
        Rec.Platform("石市监罚〔2026〕5号", "2026-03-02", "2026-03-20", row: 7, authority: Rec.Market),
        Rec.Platform("石市监罚〔2026〕6号", "2026-03-02", "2026-04-01", row: 8, authority: Rec.Market),
        // Same number, another authority: a decision of its own, reported by the platform only; 市场监管's 20 working
        // days across 春节 end on 03-18, so on time.
        Rec.Platform("冀石环罚〔2026〕4号", "2026-02-12", "2026-03-10", row: 9, authority: Rec.Market),
        // Reported after the deadline on a non-working day only: late with 0 working days.
        Rec.Platform("冀石环罚〔2025〕7号", "2025-06-04", "2025-06-14", row: 10),
        // The ledger row for this one has no date: the platform's decision date is used.
        Rec.Platform("冀石环罚〔2026〕8号", "2026-05-06", "2026-06-01", row: 11),
        // A receipt that could not be read: reported but unjudged.
        Rec.Platform("冀石环罚〔2026〕9号", "2026-05-06", null, row: 12),
        // Authority spelled with a space: the same authority.
        Rec.Platform("冀石环罚〔2026〕10号", "2026-07-01", "2026-07-02", row: 13, authority: "石家庄市 生态环境局"),

        Rec.Ledger("冀石环罚〔2025〕1号", "2025-09-28", row: 2),
        Rec.Ledger("冀石环罚〔2025〕2号", "2025-09-28", row: 3),
        Rec.Ledger("冀石环罚〔2025〕2号", "2025-09-28", row: 4),
        Rec.Ledger("冀石环罚〔2025〕3号", "2025-09-28", row: 5),
        Rec.Ledger("冀石环罚〔2026〕4号", "2026-02-12", row: 6),
        Rec.Ledger("石市监罚〔2026〕5号", "2026-03-02", row: 7, authority: Rec.Market),
        Rec.Ledger("石市监罚〔2026〕6号", "2026-03-02", row: 8, authority: Rec.Market),
        Rec.Ledger("冀石环罚〔2025〕7号", "2025-06-04", row: 9),
        Rec.Ledger("冀石环罚〔2026〕8号", "2026-05-06", row: 10) with { DecisionDate = null },
        Rec.Ledger("冀石环罚〔2026〕9号", "2026-05-06", row: 11),
        Rec.Ledger("冀石环罚〔2026〕10号", "2026-07-01", row: 12),
        // Never reported: missing (deadline long past), missing by one day (decision 11-18, deadline 11-27), and
        // pending on the deadline day itself (decision 11-19, deadline 11-28) and before it.
        Rec.Ledger("冀石环罚〔2026〕11号", "2026-01-05", row: 13),
        Rec.Ledger("冀石环罚〔2026〕12号", "2026-11-18", row: 14),
        Rec.Ledger("冀石环罚〔2026〕13号", "2026-11-19", row: 15),
        Rec.Ledger("冀石环罚〔2026〕14号", "2026-11-27", row: 16),
        // In the ledger twice, the first time without a date, never reported: missing once.
        Rec.Ledger("冀石环罚〔2026〕15号", "2026-02-02", row: 17) with { DecisionDate = null },
        Rec.Ledger("冀石环罚〔2026〕15号", "2026-02-02", row: 18),
        // No date anywhere: unjudged. No 文书号: not matched at all.
        Rec.Ledger("冀石环罚〔2026〕16号", "2026-02-02", row: 19) with { DecisionDate = null },
        Rec.Ledger("冀石环罚〔2026〕17号", "2026-02-02", row: 20) with { Document = null },
    ];

    [Fact]
    public void Finish_PlantedLedgerAndPlatform_CountsWhatPublicationAuditFinds()
    {
        var audit = PublicationAudit.Evaluate(Rec.Unit, Planted, DeadlinePolicy.Default, WorkingCalendar.Default, Today);

        var counts = Tally(Planted);

        Assert.Equal(audit.Findings.Count(f => f.RuleId == RuleIds.PubLate), counts.Late);
        Assert.Equal(audit.Findings.Count(f => f.RuleId == RuleIds.PubMissing), counts.Missing);
        Assert.Equal(
            (audit.Total.Decisions, audit.Total.OnTime, audit.Total.Late, audit.Total.Missing, audit.Total.Pending),
            ((int)counts.Decisions, (int)counts.OnTime, (int)counts.Late, (int)counts.Missing, (int)counts.Pending));
    }

    [Fact]
    public void Finish_PlantedLedgerAndPlatform_CountsEachCase()
    {
        var counts = Tally(Planted);

        // Late: 2号 (3 working days), 4号 (2), 6号 (市场监管, 2), 7号 (0), 8号 (by the platform's date 05-06: deadline
        // 05-14 after 劳动节, 12). Unjudged: 9号 (no receipt), 16号 (no date).
        Assert.Equal(new TimelinessCounts(
            LedgerRows: 18, PlatformRows: 12, Decisions: 17, OnTime: 5, Late: 5, LateWorkingDays: 3 + 2 + 2 + 0 + 12,
            Missing: 3, Pending: 2, Unjudged: 2, WithoutDocument: 1, WithoutAuthority: 0), counts);
    }

    [Fact]
    public void Finish_LateWorkingDays_SumOfThoseInTheAuditFindings()
    {
        var audit = PublicationAudit.Evaluate(Rec.Unit, Planted, DeadlinePolicy.Default, WorkingCalendar.Default, Today);
        var fromFindings = audit.Findings.Where(f => f.RuleId == RuleIds.PubLate)
            .Sum(f => f.Summary.Contains("个工作日", StringComparison.Ordinal) ? int.Parse(f.Summary.Split("迟报")[1].Replace("个工作日", "", StringComparison.Ordinal)) : 0);

        Assert.Equal(fromFindings, Tally(Planted).LateWorkingDays);
    }

    [Fact]
    public void Finish_SameAuthorityAndDayButAnotherKind_GetsItsOwnDeadline()
    {
        // 市场监管: penalties 20 working days, licensing 7; 2026-03-02 + 7 = 03-11, + 20 = 03-30. Both received 03-20.
        var counts = Tally(
        [
            Rec.Platform("石市监罚〔2026〕1号", "2026-03-02", "2026-03-20", authority: Rec.Market),
            Rec.Platform("石市监许〔2026〕1号", "2026-03-02", "2026-03-20", authority: Rec.Market, kind: DecisionKind.Licensing),
            Rec.Ledger("石市监罚〔2026〕1号", "2026-03-02", authority: Rec.Market),
            Rec.Ledger("石市监许〔2026〕1号", "2026-03-02", authority: Rec.Market, kind: DecisionKind.Licensing),
        ]);

        Assert.Equal((1, 1, 7), (counts.OnTime, counts.Late, counts.LateWorkingDays));
    }

    [Fact]
    public void AddLedger_ProjectedRowsAndRecordsMixed_CountAsRecordsAlone()
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today);
        foreach (var record in Planted.Where(r => r.Source == UploadKind.Platform))
        {
            tally.AddPlatform(record);
        }

        var ledger = Planted.Where(r => r.Source == UploadKind.Ledgers).ToList();
        for (var i = 0; i < ledger.Count; i++)
        {
            if (i % 2 == 0)
            {
                tally.AddLedger(ledger[i]);
                continue;
            }

            var key = ledger[i].Document?.Key ?? string.Empty;
            var authority = tally.AuthorityId(ledger[i].Authority);
            tally.AddLedger(new TimelinessRow(
                key, TimelinessTally.Hash(key, authority), authority, ledger[i].DecisionDate?.DayNumber ?? TimelinessRow.NoDate, TimelinessRow.NoDate, ledger[i].Kind));
        }

        Assert.Equal(Tally(Planted), tally.Finish());
    }

    [Fact]
    public void AddLedger_RecordWithoutAuthority_IsCountedAndLeftOut()
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today);

        tally.AddLedger(Rec.Ledger("冀石环罚〔2026〕11号", "2026-01-05") with { Authority = " " });
        var counts = tally.Finish();

        Assert.Equal((1, 0, 0L), (counts.WithoutAuthority, counts.Decisions, counts.LedgerRows));
    }

    [Fact]
    public void AddPlatform_AfterALedgerRecord_Throws()
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today);
        tally.AddLedger(Rec.Ledger("冀石环罚〔2026〕11号", "2026-01-05"));

        Assert.Throws<InvalidOperationException>(() => tally.AddPlatform(Rec.Platform("冀石环罚〔2026〕11号", "2026-01-05", "2026-01-06")));
    }

    [Fact]
    public void AddLedger_RecordOfAnotherUnit_Throws()
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today);

        Assert.Throws<ArgumentException>(() => tally.AddLedger(Rec.Ledger("冀石环罚〔2026〕11号", "2026-01-05") with { Unit = "1302" }));
    }

    [Fact]
    public void Finish_ManyDecisions_GrowsAndStillMatchesEveryKey()
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today, expectedDecisions: 4);
        for (var i = 1; i <= 5000; i++)
        {
            tally.AddPlatform(Rec.Platform($"冀石环罚〔2026〕{i}号", "2026-03-02", i % 10 == 0 ? "2026-04-01" : "2026-03-05", row: i + 1));
        }

        for (var i = 1; i <= 5100; i++)
        {
            tally.AddLedger(Rec.Ledger($"冀石环罚[2026]第{i:D5}号", "2026-03-02", row: i + 1));
        }

        var counts = tally.Finish();

        Assert.Equal((5100L, 4500L, 500L, 100L), (counts.Decisions, counts.OnTime, counts.Late, counts.Missing));
    }

    private static TimelinessCounts Tally(IEnumerable<PublicationRecord> records)
    {
        var tally = new TimelinessTally(Rec.Unit, DeadlinePolicy.Default, WorkingCalendar.Default, Today, expectedDecisions: 4);
        foreach (var record in records.Where(r => r.Source == UploadKind.Platform))
        {
            tally.AddPlatform(record);
        }

        foreach (var record in records.Where(r => r.Source == UploadKind.Ledgers))
        {
            tally.AddLedger(record);
        }

        return tally.Finish();
    }
}
