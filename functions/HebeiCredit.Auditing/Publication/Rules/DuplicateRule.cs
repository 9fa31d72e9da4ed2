using HebeiCredit.Auditing.Findings;
using HebeiCredit.Auditing.Publication.Audit;
using HebeiCredit.Auditing.Publication.Headers;
using HebeiCredit.Auditing.Publication.Records;
using HebeiCredit.Auditing.Publication.Sources;

namespace HebeiCredit.Auditing.Publication.Rules;

/// <summary>
/// PUB-DUPLICATE (重复报送 / 重复公示): one decision received by the platform, or shown on the website, more than
/// once. One finding per decision, listing every row.
/// </summary>
internal sealed class DuplicateRule : IPublicationRule
{
    public string Id => RuleIds.PubDuplicate;

    public IEnumerable<Finding> Evaluate(PublicationAuditContext context)
    {
        foreach (var judged in context.Decisions)
        {
            var platform = judged.Decision.From(UploadKind.Platform).ToList();
            var published = judged.Decision.From(UploadKind.Published).ToList();
            var twiceReported = platform.Count > 1;
            var twicePublished = published.Count > 1;
            if (!twiceReported && !twicePublished)
            {
                continue;
            }

            var parts = new List<string>();
            var rows = new List<PublicationRecord>();
            if (twiceReported)
            {
                parts.Add(Part(platform));
                rows.AddRange(platform);
            }

            if (twicePublished)
            {
                parts.Add(Part(published));
                rows.AddRange(published);
            }

            var what = (twiceReported, twicePublished) switch
            {
                (true, true) => "重复报送和重复公示",
                (true, false) => "重复报送",
                _ => "重复公示",
            };
            yield return DecisionText.Finding(context, Id, judged,
                $"“{judged.Decision.Document}”{what}",
                $"“{judged.Decision.Document}”{string.Join("；", parts)}，同一决定{what}。",
                PublicationClauses.Duplicate,
                rows.Select(r => PublicationText.Evidence(r, PublicationField.DocumentNumber, r.Document?.Original)).ToList());
        }
    }

    // 在省平台报送记录中出现2次（“a.csv”第3行、“b.csv”第7行）
    private static string Part(IReadOnlyList<PublicationRecord> rows) =>
        $"在{UploadKindNames.Chinese(rows[0].Source)}中出现{rows.Count}次（{string.Join("、", rows.Select(r => $"“{r.File}”第{r.Row}行"))}）";
}
