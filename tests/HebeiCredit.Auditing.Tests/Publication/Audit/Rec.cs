using HebeiCredit.Auditing.Publication;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Tests.Publication.Audit;

/// <summary>Records as the row reader would give them, for the audit's tests.</summary>
internal static class Rec
{
    public const string Unit = "1301";
    public const string Environment = "石家庄市生态环境局";
    public const string Market = "石家庄市市场监督管理局";

    public static PublicationRecord Ledger(string document, string decided, int row = 2, string authority = Environment, DecisionKind kind = DecisionKind.Penalty, string file = "ledger.csv") =>
        Make(UploadKind.Ledgers, file, row, document, decided, authority, kind);

    public static PublicationRecord Platform(string document, string decided, string? reported, int row = 2, string authority = Environment, DecisionKind kind = DecisionKind.Penalty, string file = "platform.csv") =>
        Make(UploadKind.Platform, file, row, document, decided, authority, kind) with { ReportedOn = reported is null ? null : DateOnly.Parse(reported) };

    public static PublicationRecord Source(string document, string decided, int row = 2, string authority = Environment, DecisionKind kind = DecisionKind.Penalty, string file = "sources.csv") =>
        Make(UploadKind.Sources, file, row, document, decided, authority, kind);

    public static PublicationRecord Published(string document, string decided, int row = 2, string authority = Environment, string file = "published.csv") =>
        Make(UploadKind.Published, file, row, document, decided, authority, DecisionKind.Penalty);

    private static PublicationRecord Make(UploadKind source, string file, int row, string document, string decided, string? authority, DecisionKind kind) =>
        new(source, Unit, file, row, kind, "某某有限公司", SubjectCategory.Organization, "91130100MA0E2B3MXJ", null, null,
            DocumentNumber.From(document), DateOnly.Parse(decided), authority, null, null, null, null, null, null, null, null, null,
            authority, []);
}
